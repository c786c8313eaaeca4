import { createHash, hash, randomBytes } from 'node:crypto';

/** A random secret for a cookie or API token; only its hash is ever stored. */
export function newSecretToken(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** Hashed on every signed-in request: the one-shot `hash` makes no Hash object to throw away. */
export function hashToken(token: string): string {
  return hash('sha256', token, 'hex');
}

/**
 * The CSRF token of a session, derived from the session's own secret: a page on another site
 * cannot read the HTTP-only cookie, so it cannot produce this value for the header.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update('lindung csrf\0').update(sessionToken).digest('base64url');
}
