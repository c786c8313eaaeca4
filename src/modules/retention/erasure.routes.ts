import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { awaitingApprovalSchema, presentApproval } from '../approvals/index.ts';
import { requireCase } from '../cases/index.ts';
import { requirePerson } from '../persons/index.ts';
import { requestErasure } from './erasure.commands.ts';
import { erasurePolicy, personErasurePolicy } from './erasure.policy.ts';
import { requestErasureSchema } from './erasure.schema.ts';
import { requestPersonErasure } from './person-erasure.commands.ts';

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

  app.post(
    '/api/persons/:id/erasure',
    {
      schema: {
        tags,
        summary:
          "Ask for the erasure of a person's personal data across every case of theirs in the agency: waits for a supervisor's approval",
        description:
          'Every case of the person must be closed and free of an open prosecution. Refused with 409 `person_case_open`, `person_in_other_case` (a witness or family member in the case of another), `person_anonymised`, `person_without_case`, `approval_pending`, or `erasure_legal_hold`.',
        params: idParams,
        body: requestErasureSchema,
        response: { 202: awaitingApprovalSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, personErasurePolicy, 'request', undefined);
      const approval = await inTenant(db, actor, async (tx) => {
        const person = await requirePerson(tx, request.params.id);
        authorize(actor, personErasurePolicy, 'request', person);
        return requestPersonErasure({
          tx,
          actor,
          keyring,
          person,
          reason: request.body.reason,
          requestId: request.id,
        });
      });
      return reply.status(202).send({ approval: presentApproval(approval, keyring) });
    },
  );
}
