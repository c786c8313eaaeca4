import { z } from 'zod';
import { recordAudit } from '../../audit/audit.ts';
import type { Tx } from '../../db/db.ts';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { decodeCursor, pageQuerySchema, pageSchema, toPage } from '../../shared/pagination.ts';
import { casePolicy, requireCase } from '../cases/index.ts';
import { dataCategorySchema } from '../consents/index.ts';

const disclosureSchema = z
  .object({
    at: z.iso.datetime(),
    agencyId: z.uuid().describe('The agency that viewed the shared data'),
    agencyName: z.string(),
    userId: z.uuid().nullable(),
    referralId: z.uuid(),
    dataCategories: z
      .array(dataCategorySchema)
      .describe(
        'The categories of which something was shown: what the consent covered at that moment, or before acceptance only identity and case_facts of it',
      ),
    stage: z
      .enum(['pending', 'accepted'])
      .nullable()
      .describe(
        'pending: before accepting, only sex, nationality, languages and the kind of exploitation were shown; null: nothing was shown',
      ),
  })
  .meta({ id: 'Disclosure' });

interface DisclosureRow {
  id: string;
  at: Date;
  agency_id: string;
  agency_name: string;
  actor_user_id: string | null;
  referral_id: string;
  data_categories: z.infer<typeof dataCategorySchema>[];
  stage: 'pending' | 'accepted' | null;
}

/**
 * The receivers' audited views of the case's referrals. The entries belong to the receivers, so the
 * database hands them over only to the agency that owns the case (`lindung_case_disclosures`).
 */
function listDisclosures(tx: Tx, caseId: string, beforeId: string | undefined, limit: number) {
  return tx.query<DisclosureRow>(
    `select d.id::text as id, d.at, d.agency_id, a.name as agency_name, d.actor_user_id, d.referral_id,
            d.data_categories, d.stage
       from lindung_case_disclosures($1, $2, $3) d join agency a on a.id = d.agency_id
      order by d.id desc`,
    [caseId, beforeId ?? null, limit + 1],
  );
}

/** Who outside the agency viewed what it shared of a case: the owning agency's answer to "who saw her file?". */
export function registerReferralDisclosureRoutes(app: App, { db }: Services): void {
  app.get(
    '/api/cases/:id/disclosures',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Views of the case’s shared data by other agencies, newest first (reading it is audited)',
        params: z.strictObject({ id: z.uuid() }),
        querystring: z.strictObject(pageQuerySchema.shape),
        response: { 200: pageSchema(disclosureSchema), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { limit, cursor } = request.query;
      const [beforeId] = cursor ? (decodeCursor(cursor, 1) as [string]) : [];
      return inTenant(db, actor, async (tx) => {
        const found = await requireCase(tx, request.params.id);
        authorize(actor, casePolicy, 'read', found);
        const rows = await listDisclosures(tx, found.id, beforeId, limit);
        await recordAudit(tx, {
          actorUserId: actor.userId,
          agencyId: actor.agencyId,
          action: 'case.read_disclosures',
          subject: { type: 'case', id: found.id },
          requestId: request.id,
          detail: { results: Math.min(rows.length, limit) },
        });
        return toPage(
          rows,
          limit,
          (row) => ({
            at: row.at.toISOString(),
            agencyId: row.agency_id,
            agencyName: row.agency_name,
            userId: row.actor_user_id,
            referralId: row.referral_id,
            dataCategories: row.data_categories,
            stage: row.stage,
          }),
          (row) => [row.id],
        );
      });
    },
  );
}
