import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { awaitingApprovalSchema, presentApproval } from '../approvals/index.ts';
import { requireCase } from '../cases/index.ts';
import { requestErasure } from './erasure.commands.ts';
import { erasurePolicy } from './erasure.policy.ts';
import { requestErasureSchema } from './erasure.schema.ts';

const tags = ['retention and erasure'];
const idParams = z.strictObject({ id: z.uuid() });

/** The right to erasure: a case worker asks, a supervisor decides in approvals, the platform erases. */
export function registerErasureRoutes(app: App, { db, keyring }: Services): void {
  app.post(
    '/api/cases/:id/erasure',
    {
      schema: {
        tags,
        summary:
          "Ask for the erasure of a closed case's personal data (and of the persons only it concerns): waits for a supervisor's approval",
        description:
          'Refused with 409 `case_not_closed`, `case_anonymised`, `approval_pending`, or `erasure_legal_hold` while an open prosecution needs the case.',
        params: idParams,
        body: requestErasureSchema,
        response: { 202: awaitingApprovalSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, erasurePolicy, 'request', undefined);
      const approval = await inTenant(db, actor, async (tx) => {
        const found = await requireCase(tx, request.params.id);
        authorize(actor, erasurePolicy, 'request', found);
        return requestErasure({
          tx,
          actor,
          keyring,
          found,
          reason: request.body.reason,
          requestId: request.id,
        });
      });
      return reply.status(202).send({ approval: presentApproval(approval, keyring) });
    },
  );
}
