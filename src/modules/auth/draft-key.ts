import { hkdfSync } from 'node:crypto';
import { z } from 'zod';
import type { Keyring } from '../../crypto/keyring.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { ForbiddenError } from '../../shared/errors.ts';

const draftKeySchema = z
  .object({
    key: z
      .string()
      .describe('32 random-looking bytes, base64url: wraps the key of this user’s offline drafts'),
  })
  .meta({ id: 'DraftWrappingKey' });

/**
 * The key that wraps a user's offline-draft key in the browser: HKDF-SHA-256 of the platform's
 * current encryption key, salted for this purpose and bound to the user id. The same user gets the
 * same key in every session (so drafts survive signing out and in); another user, or anyone without
 * the server's key, cannot compute it.
 */
export function draftWrappingKey(keyring: Keyring, userId: string): string {
  const derived = hkdfSync(
    'sha256',
    keyring.current.material,
    Buffer.from('lindung offline draft wrapping key'),
    Buffer.from(userId),
    32,
  );
  return Buffer.from(derived).toString('base64url');
}

/** `GET /api/me/draft-key`: only to a signed-in browser session (never to an API token), never cached. */
export function registerDraftKeyRoutes(app: App, { keyring }: Pick<Services, 'keyring'>): void {
  app.get(
    '/api/me/draft-key',
    {
      schema: {
        tags: ['auth'],
        summary: "The key that wraps the signed-in user's offline-draft key in the browser",
        response: { 200: draftKeySchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (!request.authentication?.session) {
        throw new ForbiddenError('session_required', 'Only a signed-in browser session gets a draft key.');
      }
      reply.header('cache-control', 'no-store');
      return { key: draftWrappingKey(keyring, actor.userId) };
    },
  );
}
