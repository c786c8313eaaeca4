import { z } from 'zod';

/**
 * The body of a change that takes none (`POST /api/linkage/scans`, `…/withdraw`): nothing, or an
 * empty object. A field sent is refused by name, as every body schema refuses a field it does not
 * know, rather than ignored: a client that believes it said something is told it did not (decision
 * 0168). Nullish, as fastify validates a request without a body as `null`.
 */
export const noBody = z.strictObject({}).nullish();
