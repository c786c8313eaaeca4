import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import { auditedPersonsPage } from '../../http/persons-page.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { noBody } from '../../shared/no-body.ts';
import { pageQuerySchema, pageSchema } from '../../shared/pagination.ts';
import { erasureNoticePolicy, personErasurePolicy } from './erasure.policy.ts';
import {
  acknowledgeErasureNotice,
  type ErasureNoticeRow,
  listErasureNotices,
  requireErasureNotice,
} from './erasure-notice.ts';

const tags = ['retention and erasure'];

const noticeSchema = z
  .object({
    id: z.uuid(),
    personId: z.uuid().describe('Your own person, a likely match of the person erased elsewhere'),
    probability: z.number(),
    cause: z
      .enum(['request', 'retention'])
      .describe(
        "`request`: erased on the person's request; `retention`: a case referred to you reached the end of its retention period",
      ),
    noticedAt: z.iso.datetime(),
    handled: z
      .boolean()
      .describe(
        'Your person was erased since, or their erasure waits for approval (POST /api/persons/{id}/erasure)',
      ),
    acknowledgedAt: z.iso.datetime().nullable().describe('When your agency acknowledged the notice'),
  })
  .meta({ id: 'ErasureNotice' });

function presentNotice(row: ErasureNoticeRow): z.infer<typeof noticeSchema> {
  return {
    id: row.id,
    personId: row.person_id,
    probability: row.probability,
    cause: row.cause,
    noticedAt: row.noticed_at.toISOString(),
    handled: row.handled,
    acknowledgedAt: row.acknowledged_at?.toISOString() ?? null,
  };
}

/** Notices that a likely match of one of the agency's persons was erased by another agency (decisions 0042, 0049). */
export function registerErasureNoticeRoutes(app: App, { db }: Services): void {
  app.get(
    '/api/erasure-notices',
    {
      schema: {
        tags,
        summary:
          "Your persons of whom another agency erased a likely match (on the person's request, or a case referred to you at the end of its retention period): ask for your own person's erasure if it applies. Neither the other agency nor its person is named.",
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
        present: presentNotice,
        keyOf: (row): [string, string] => [row.noticed_at.toISOString(), row.id],
      });
    },
  );

  app.post(
    '/api/erasure-notices/:id/acknowledge',
    {
      schema: {
        tags,
        summary:
          'Acknowledge a notice once you have looked at your own person: it stays listed, marked acknowledged. Acknowledging again changes nothing.',
        params: z.strictObject({ id: z.uuid() }),
        body: noBody,
        response: { 200: noticeSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, erasureNoticePolicy, 'acknowledge', undefined);
      return inTenant(db, actor, async (tx) => {
        const notice = await requireErasureNotice(tx, request.params.id);
        authorize(actor, erasureNoticePolicy, 'acknowledge', notice);
        return presentNotice(await acknowledgeErasureNotice({ tx, actor, notice, requestId: request.id }));
      });
    },
  );
}
