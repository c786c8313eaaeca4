import { z } from 'zod';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import { auditedPersonsPage } from '../../http/persons-page.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { pageQuerySchema, pageSchema } from '../../shared/pagination.ts';
import { personErasurePolicy } from './erasure.policy.ts';
import { listErasureNotices } from './erasure-notice.ts';

const noticeSchema = z
  .object({
    id: z.uuid(),
    personId: z.uuid().describe('Your own person, a likely match of the person erased elsewhere'),
    probability: z.number(),
    noticedAt: z.iso.datetime(),
    handled: z
      .boolean()
      .describe(
        'Your person was erased since, or their erasure waits for approval (POST /api/persons/{id}/erasure)',
      ),
  })
  .meta({ id: 'ErasureNotice' });

/** Notices that a likely match of one of the agency's persons was erased by another agency on their request (decision 0042). */
export function registerErasureNoticeRoutes(app: App, { db }: Services): void {
  app.get(
    '/api/erasure-notices',
    {
      schema: {
        tags: ['retention and erasure'],
        summary:
          "Your persons of whom another agency erased a likely match on the person's request: ask for your own person's erasure if it applies. Neither the other agency nor its person is named.",
        querystring: pageQuerySchema,
        response: { 200: pageSchema(noticeSchema), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, personErasurePolicy, 'request', undefined);
      return auditedPersonsPage({
        db,
        actor,
        requestId: request.id,
        query: request.query,
        list: 'erasure_notices',
        keyLength: 2,
        rowsAfter: listErasureNotices,
        present: (row) => ({
          id: row.id,
          personId: row.person_id,
          probability: row.probability,
          noticedAt: row.noticed_at.toISOString(),
          handled: row.handled,
        }),
        keyOf: (row): [string, string] => [row.noticed_at.toISOString(), row.id],
      });
    },
  );
}
