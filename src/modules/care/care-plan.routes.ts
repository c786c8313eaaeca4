import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { createOnce, idempotencyHeaders } from '../../http/idempotency.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { agencyToday } from '../agencies/index.ts';
import { awaitingApprovalSchema, findApproval, presentApproval } from '../approvals/index.ts';
import { requireCase } from '../cases/index.ts';
import { carePolicy } from './care.policy.ts';
import { readCarePlan, readCarePlanVersions, setCarePlan } from './care-plan.commands.ts';
import { presentCarePlan } from './care-plan.presenter.ts';
import { requireCarePlanVersion } from './care-plan.repo.ts';
import { carePlanSchema, setCarePlanSchema } from './care-plan.schema.ts';

const tags = ['care'];
type PlanAnswer = z.infer<typeof carePlanSchema> | z.infer<typeof awaitingApprovalSchema>;
const caseParams = z.strictObject({ id: z.uuid() });

/** A case's care plan: one in force, every earlier version kept. */
export function registerCarePlanRoutes(app: App, { db, keyring }: Services): void {
  app.get(
    '/api/cases/:id/care-plan',
    {
      schema: {
        tags,
        summary: "A case's current care plan, flagged when its review is overdue (reading it is audited)",
        params: caseParams,
        response: { 200: carePlanSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        authorize(actor, carePolicy, 'read', await requireCase(tx, request.params.id));
        const plan = await readCarePlan({
          tx,
          actor,
          keyring,
          caseId: request.params.id,
          requestId: request.id,
        });
        return presentCarePlan(plan, keyring, await agencyToday(tx, actor.agencyId));
      });
    },
  );

  app.get(
    '/api/cases/:id/care-plan/versions',
    {
      schema: {
        tags,
        summary: "Every version of a case's care plan, newest first (reading them is audited)",
        params: caseParams,
        response: { 200: z.object({ items: z.array(carePlanSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        authorize(actor, carePolicy, 'read', await requireCase(tx, request.params.id));
        const versions = await readCarePlanVersions({
          tx,
          actor,
          keyring,
          caseId: request.params.id,
          requestId: request.id,
        });
        const today = await agencyToday(tx, actor.agencyId);
        return { items: versions.map((plan) => presentCarePlan(plan, keyring, today)) };
      });
    },
  );

  app.put(
    '/api/cases/:id/care-plan',
    {
      schema: {
        tags,
        summary: 'Set the care plan: each change makes a new version, earlier versions are kept',
        params: caseParams,
        body: setCarePlanSchema,
        headers: idempotencyHeaders,
        response: { 200: carePlanSchema, 202: awaitingApprovalSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const outcome = await inTenant(db, actor, async (tx) => {
        authorize(actor, carePolicy, 'plan', await requireCase(tx, request.params.id));
        const today = await agencyToday(tx, actor.agencyId);
        return createOnce<PlanAnswer>(tx, actor, request, {
          create: async () => {
            const set = await setCarePlan({
              tx,
              actor,
              keyring,
              caseId: request.params.id,
              plan: request.body,
              requestId: request.id,
            });
            if ('approval' in set) {
              return { id: set.approval.id, body: { approval: presentApproval(set.approval, keyring) } };
            }
            return { id: set.plan.id, body: presentCarePlan(set.plan, keyring, today) };
          },
          replay: async (id) => {
            const approval = await findApproval(tx, id);
            if (approval) return { approval: presentApproval(approval, keyring) };
            return presentCarePlan(await requireCarePlanVersion(tx, id), keyring, today);
          },
        });
      });
      return reply
        .status('approval' in outcome.body ? 202 : 200)
        .header('idempotent-replayed', String(outcome.replayed))
        .send(outcome.body);
    },
  );
}
