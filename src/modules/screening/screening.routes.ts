import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { createOnce, idempotencyHeaders, sendCreated } from '../../http/idempotency.ts';
import { entityTagIfMatchHeaders } from '../../http/if-match.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { noBody } from '../../shared/no-body.ts';
import { registerIdentificationDecisionRoutes } from './identification-decision.routes.ts';
import { registerInstrumentRoutes } from './instrument.routes.ts';
import {
  changeScreening,
  completeScreening,
  listScreenings,
  readScreening,
  startScreening,
} from './screening.commands.ts';
import { screeningPolicy } from './screening.policy.ts';
import { presentScreening, presentScreeningSummary } from './screening.presenter.ts';
import { requireScreening } from './screening.repo.ts';
import {
  screeningSchema,
  screeningSummarySchema,
  startScreeningSchema,
  updateScreeningSchema,
} from './screening.schema.ts';
import { checkIfMatch, screeningEtag } from './screening.version.ts';

const tags = ['screening'];
const idParams = z.strictObject({ id: z.uuid() });
const personParams = z.strictObject({ personId: z.uuid() });
const reasonHeader = z.object({
  'x-lindung-reason': z
    .string()
    .max(500)
    .optional()
    .describe('Why the record is opened; kept in the audit log'),
});

/** Screening instruments, screenings and identification decisions. */
export function registerScreeningRoutes(app: App, services: Services): void {
  const { db, keyring } = services;
  registerInstrumentRoutes(app);
  registerIdentificationDecisionRoutes(app, services);

  app.post(
    '/api/persons/:personId/screenings',
    {
      schema: {
        tags,
        summary: 'Start a draft screening of a person (profile, interpreter, place, date, observations)',
        params: personParams,
        body: startScreeningSchema,
        headers: idempotencyHeaders,
        response: { 201: screeningSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, screeningPolicy, 'conduct', undefined);
      const outcome = await inTenant(db, actor, (tx) =>
        createOnce(tx, actor, request, {
          create: async () => {
            const screening = await startScreening({
              tx,
              actor,
              keyring,
              personId: request.params.personId,
              screening: request.body,
              requestId: request.id,
            });
            return { id: screening.id, body: presentScreening(screening, keyring) };
          },
          replay: async (id) =>
            presentScreening(
              await readScreening({ tx, actor, keyring, screeningId: id, requestId: request.id }),
              keyring,
            ),
        }),
      );
      return sendCreated(reply, outcome);
    },
  );

  app.get(
    '/api/persons/:personId/screenings',
    {
      schema: {
        tags,
        summary: "A person's screenings, newest first (audited)",
        params: personParams,
        response: { 200: z.object({ items: z.array(screeningSummarySchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, screeningPolicy, 'read', undefined);
      const rows = await inTenant(db, actor, (tx) =>
        listScreenings({ tx, actor, keyring, personId: request.params.personId, requestId: request.id }),
      );
      return { items: rows.map(presentScreeningSummary) };
    },
  );

  app.get(
    '/api/screenings/:id',
    {
      schema: {
        tags,
        summary: 'Read a screening with its answers, observations and assessment (audited)',
        params: idParams,
        headers: reasonHeader,
        response: { 200: screeningSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        authorize(actor, screeningPolicy, 'read', undefined);
        const screening = await readScreening({
          tx,
          actor,
          keyring,
          screeningId: request.params.id,
          reason: request.headers['x-lindung-reason'],
          requestId: request.id,
        });
        authorize(actor, screeningPolicy, 'read', screening);
        return presentScreening(screening, keyring);
      });
    },
  );

  app.patch(
    '/api/screenings/:id',
    {
      schema: {
        tags,
        summary: "Save a draft screening's answers (merged) and details; 409 once completed",
        params: idParams,
        headers: entityTagIfMatchHeaders,
        body: updateScreeningSchema,
        response: { 200: screeningSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, screeningPolicy, 'conduct', undefined);
      return inTenant(db, actor, async (tx) => {
        const screening = await requireScreening(tx, request.params.id);
        authorize(actor, screeningPolicy, 'conduct', screening);
        await checkIfMatch(tx, screening.id, request.headers['if-match']);
        const changed = await changeScreening({
          tx,
          actor,
          keyring,
          screening,
          change: request.body,
          requestId: request.id,
        });
        reply.header('etag', screeningEtag(changed.updated_at));
        return presentScreening(changed, keyring);
      });
    },
  );

  app.post(
    '/api/screenings/:id/complete',
    {
      schema: {
        tags,
        summary: 'Complete a screening: apply the decision rule and keep the outcome with its reasons',
        params: idParams,
        body: noBody,
        response: { 200: screeningSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, screeningPolicy, 'conduct', undefined);
      return inTenant(db, actor, async (tx) => {
        const screening = await requireScreening(tx, request.params.id);
        authorize(actor, screeningPolicy, 'conduct', screening);
        const completed = await completeScreening({ tx, actor, keyring, screening, requestId: request.id });
        return presentScreening(completed, keyring);
      });
    },
  );
}
