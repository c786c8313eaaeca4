import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { createOnce, idempotencyHeaders, sendCreated } from '../../http/idempotency.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { listConsents, recordConsent, withdrawConsent } from './consent.commands.ts';
import { consentPolicy } from './consent.policy.ts';
import { presentConsent } from './consent.presenter.ts';
import { requireConsent } from './consent.repo.ts';
import { consentSchema, recordConsentSchema, withdrawConsentSchema } from './consent.schema.ts';

const tags = ['consents'];
const personParams = z.strictObject({ personId: z.uuid() });

export function registerConsentRoutes(app: App, { db, config }: Services): void {
  app.post(
    '/api/persons/:personId/consents',
    {
      schema: {
        tags,
        summary: 'Record a person’s consent: with whom, for what, which data, how, from and until when',
        params: personParams,
        body: recordConsentSchema,
        headers: idempotencyHeaders,
        response: { 201: consentSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, consentPolicy, 'record', undefined);
      const outcome = await inTenant(db, actor, (tx) =>
        createOnce(tx, actor, request, {
          create: async () => {
            const consent = await recordConsent({
              tx,
              actor,
              personId: request.params.personId,
              consent: request.body,
              deployment: config.jurisdiction,
              requestId: request.id,
            });
            return { id: consent.id, body: presentConsent(consent) };
          },
          replay: async (id) => presentConsent(await requireConsent(tx, id)),
        }),
      );
      return sendCreated(reply, outcome);
    },
  );

  app.get(
    '/api/persons/:personId/consents',
    {
      schema: {
        tags,
        summary: 'The consents recorded for a person, newest first (audited)',
        params: personParams,
        response: { 200: z.object({ items: z.array(consentSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, consentPolicy, 'list', undefined);
      const rows = await inTenant(db, actor, (tx) =>
        listConsents({ tx, actor, personId: request.params.personId, requestId: request.id }),
      );
      return { items: rows.map(presentConsent) };
    },
  );

  app.post(
    '/api/consents/:id/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw a consent; sharing under it ends at once',
        params: z.strictObject({ id: z.uuid() }),
        body: withdrawConsentSchema.nullish().describe('Optional: a client may send no body'),
        response: { 200: consentSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        authorize(actor, consentPolicy, 'withdraw', await requireConsent(tx, request.params.id));
        const withdrawn = await withdrawConsent({
          tx,
          actor,
          consentId: request.params.id,
          reason: request.body?.reason,
          requestId: request.id,
        });
        return presentConsent(withdrawn);
      });
    },
  );
}
