import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { createOnce, idempotencyHeaders, sendCreated } from '../../http/idempotency.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { requireCase } from '../cases/index.ts';
import { carePolicy } from './care.policy.ts';
import { readNeedsAssessments, recordNeedsAssessment } from './needs-assessment.commands.ts';
import { presentNeedsAssessment } from './needs-assessment.presenter.ts';
import { requireNeedsAssessment } from './needs-assessment.repo.ts';
import { needsAssessmentSchema, recordNeedsAssessmentSchema } from './needs-assessment.schema.ts';

const tags = ['care'];
const caseParams = z.strictObject({ id: z.uuid() });

/** A case's needs assessments: recorded, never edited, the newest in force. */
export function registerNeedsAssessmentRoutes(app: App, { db, keyring }: Services): void {
  app.get(
    '/api/cases/:id/needs-assessments',
    {
      schema: {
        tags,
        summary: "A case's needs assessments, newest first (reading them is audited)",
        params: caseParams,
        response: { 200: z.object({ items: z.array(needsAssessmentSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        authorize(actor, carePolicy, 'read', await requireCase(tx, request.params.id));
        const rows = await readNeedsAssessments({
          tx,
          actor,
          keyring,
          caseId: request.params.id,
          requestId: request.id,
        });
        return { items: rows.map((row) => presentNeedsAssessment(row, keyring)) };
      });
    },
  );

  app.post(
    '/api/cases/:id/needs-assessments',
    {
      schema: {
        tags,
        summary: "Record a needs assessment (it supersedes the case's current one; notes kept encrypted)",
        params: caseParams,
        body: recordNeedsAssessmentSchema,
        headers: idempotencyHeaders,
        response: { 201: needsAssessmentSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const outcome = await inTenant(db, actor, async (tx) => {
        authorize(actor, carePolicy, 'assessNeeds', await requireCase(tx, request.params.id));
        return createOnce(tx, actor, request, {
          create: async () => {
            const row = await recordNeedsAssessment({
              tx,
              actor,
              keyring,
              caseId: request.params.id,
              assessment: request.body,
              requestId: request.id,
            });
            return { id: row.id, body: presentNeedsAssessment(row, keyring) };
          },
          replay: async (id) => presentNeedsAssessment(await requireNeedsAssessment(tx, id), keyring),
        });
      });
      return sendCreated(reply, outcome);
    },
  );
}
