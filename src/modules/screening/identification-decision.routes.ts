import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import {
  listIdentificationDecisions,
  recordIdentificationDecision,
} from './identification-decision.commands.ts';
import { presentIdentificationDecision } from './identification-decision.presenter.ts';
import {
  identificationDecisionSchema,
  recordIdentificationDecisionSchema,
} from './identification-decision.schema.ts';
import { identificationDecisionPolicy } from './screening.policy.ts';

const tags = ['screening'];
const personParams = z.strictObject({ personId: z.uuid() });

export function registerIdentificationDecisionRoutes(app: App, { db, keyring }: Services): void {
  app.post(
    '/api/persons/:personId/identification-decisions',
    {
      schema: {
        tags,
        summary: "Record an identification decision about a person; it supersedes the agency's previous one",
        params: personParams,
        body: recordIdentificationDecisionSchema,
        response: { 201: identificationDecisionSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, identificationDecisionPolicy, 'record', undefined);
      const decision = await inTenant(db, actor, (tx) =>
        recordIdentificationDecision({
          tx,
          actor,
          keyring,
          personId: request.params.personId,
          decision: request.body,
          requestId: request.id,
        }),
      );
      return reply.status(201).send(presentIdentificationDecision(decision, keyring));
    },
  );

  app.get(
    '/api/persons/:personId/identification-decisions',
    {
      schema: {
        tags,
        summary: 'The identification decisions about a person, newest (current) first (audited)',
        params: personParams,
        response: { 200: z.object({ items: z.array(identificationDecisionSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, identificationDecisionPolicy, 'list', undefined);
      const rows = await inTenant(db, actor, (tx) =>
        listIdentificationDecisions({
          tx,
          actor,
          keyring,
          personId: request.params.personId,
          requestId: request.id,
        }),
      );
      return { items: rows.map((row) => presentIdentificationDecision(row, keyring)) };
    },
  );
}
