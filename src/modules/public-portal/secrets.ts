import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

/** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
const alphabet = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';

function randomCharacters(count: number): string {
  let text = '';
  for (let i = 0; i < count; i += 1) text += alphabet[randomInt(alphabet.length)];
  return text;
}

/** A report's tracking code, `R-XXXX-XXXX` (about 39 bits: it finds a report, the secret opens it). */
export function newTrackingCode(): string {
  return `R-${randomCharacters(4)}-${randomCharacters(4)}`;
}

/** A secret the public keeps, `XXXX-XXXX-XXXX-XXXX` (about 78 bits), shown once and stored only as a hash. */
export function newSecret(): string {
  return [0, 1, 2, 3].map(() => randomCharacters(4)).join('-');
}

/**
 * What the public types from a note, compared without case, spaces or dashes (any dash, and full-
 * width letters folded): secrets, tracking codes and case references alike.
 */
export function codeKey(typed: string): string {
  return typed
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '');
}

/** Secrets compare without case, spaces or dashes: what someone types from a note still matches. */
export const normalizeSecret = codeKey;

/**
 * A typed tracking code in its stored form, `R-XXXX-XXXX`, whatever its case, spaces or dashes;
 * anything else comes back as its bare key, which matches no report.
 */
export function trackingCodeOf(typed: string): string {
  const key = codeKey(typed);
  return /^R[0-9A-Z]{8}$/.test(key) ? `R-${key.slice(1, 5)}-${key.slice(5)}` : key;
}

/**
 * The SQL of a case reference's key, the same as `codeKey` for the references the platform makes
 * (letters, digits and dashes); migration 0113 indexes it.
 */
export const caseReferenceKeySql = "regexp_replace(upper(c.reference), '[^0-9A-Z]', '', 'g')";

/**
 * SHA-256 of the normalised secret. The secrets are random with ~78 bits, so a slow password hash
 * would add nothing against guessing and only cost time on every check.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update('lindung public secret\0').update(normalizeSecret(secret)).digest('hex');
}

/** A hash no secret has, compared against when nothing was found, so that both paths cost the same. */
const unmatchable = 'f'.repeat(64);

/**
 * Whether `secret` matches any of the stored hashes. Every candidate is compared, in constant time,
 * and with none a dummy is compared, so that a wrong secret and an unknown reference take as long.
 */
export function secretMatches(secret: string, storedHashes: readonly string[]): number {
  const given = Buffer.from(hashSecret(secret), 'hex');
  let found = -1;
  const candidates = storedHashes.length > 0 ? storedHashes : [unmatchable];
  candidates.forEach((stored, index) => {
    const equal = timingSafeEqual(given, Buffer.from(stored, 'hex'));
    if (equal && storedHashes.length > 0 && found < 0) found = index;
  });
  return found;
}
