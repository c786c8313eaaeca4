import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { createOnce, idempotencyHeaders, sendCreated } from '../../http/idempotency.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { fileCharge, recordOutcome, scheduleHearing } from './court.commands.ts';
import { chargeOfOutcome, requireCharge, requireHearing } from './court.repo.ts';
import {
  chargeSchema,
  fileChargeSchema,
  hearingSchema,
  orderRestitutionSchema,
  recordOutcomeSchema,
  recordPaymentSchema,
  restitutionOrderSchema,
  scheduleHearingSchema,
} from './court.schema.ts';
import { presentCharge, presentHearing, presentRestitutionOrder } from './investigation.presenter.ts';
import { requireInvestigation } from './investigation.repo.ts';
import { investigationPolicy } from './prosecution.policy.ts';
import { orderRestitution, recordPayment } from './restitution.commands.ts';
import { orderOfPayment, requireRestitutionOrder } from './restitution.repo.ts';

const tags = ['prosecution'];
const params = z.strictObject({ id: z.uuid() });

/** In court: charges, hearings, outcomes with sentences, restitution ordered and paid. */
export function registerCourtRoutes(app: App, { db, keyring, config }: Services): void {
  app.post(
    '/api/investigations/:id/charges',
    {
      schema: {
        tags,
        summary: 'Charge a suspect with an offence of your jurisdiction pack',
        params,
        body: fileChargeSchema,
        headers: idempotencyHeaders,
        response: { 201: chargeSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const outcome = await inTenant(db, actor, async (tx) => {
        const investigation = await requireInvestigation(tx, request.params.id);
        authorize(actor, investigationPolicy, 'record', investigation);
        return createOnce(tx, actor, request, {
          create: async () => {
            const row = await fileCharge({
              tx,
              actor,
              keyring,
              jurisdiction: config.jurisdiction,
              requestId: request.id,
              investigation,
              charge: request.body,
            });
            return { id: row.id, body: presentCharge(row) };
          },
          replay: async (id) => presentCharge(await requireCharge(tx, id)),
        });
      });
      return sendCreated(reply, outcome);
    },
  );

  app.post(
    '/api/investigations/:id/hearings',
    {
      schema: {
        tags,
        summary: 'Record a court hearing of the investigation (of one of its charges, when named)',
        params,
        body: scheduleHearingSchema,
        headers: idempotencyHeaders,
        response: { 201: hearingSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const outcome = await inTenant(db, actor, async (tx) => {
        const investigation = await requireInvestigation(tx, request.params.id);
        authorize(actor, investigationPolicy, 'record', investigation);
        return createOnce(tx, actor, request, {
          create: async () => {
            const row = await scheduleHearing({
              tx,
              actor,
              keyring,
              jurisdiction: config.jurisdiction,
              requestId: request.id,
              investigation,
              hearing: request.body,
            });
            return { id: row.id, body: presentHearing(row) };
          },
          replay: async (id) => presentHearing(await requireHearing(tx, investigation.id, id)),
        });
      });
      return sendCreated(reply, outcome);
    },
  );

  app.post(
    '/api/charges/:id/outcomes',
    {
      schema: {
        tags,
        summary:
          'Record the outcome of a charge (convicted with its sentence, acquitted, withdrawn, pending)',
        params,
        body: recordOutcomeSchema,
        headers: idempotencyHeaders,
        response: { 201: chargeSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const outcome = await inTenant(db, actor, async (tx) => {
        const charge = await requireCharge(tx, request.params.id);
        authorize(actor, investigationPolicy, 'record', charge);
        return createOnce(tx, actor, request, {
          create: async () => {
            const recorded = await recordOutcome({
              tx,
              actor,
              keyring,
              jurisdiction: config.jurisdiction,
              requestId: request.id,
              charge,
              outcome: request.body,
            });
            return { id: recorded.outcomeId, body: presentCharge(recorded.charge) };
          },
          replay: async (id) => presentCharge(await chargeOfOutcome(tx, id)),
        });
      });
      return sendCreated(reply, outcome);
    },
  );

  app.post(
    '/api/charges/:id/restitution-orders',
    {
      schema: {
        tags,
        summary:
          'Record restitution or compensation ordered on a conviction, for a victim of the investigation',
        params,
        body: orderRestitutionSchema,
        headers: idempotencyHeaders,
        response: { 201: restitutionOrderSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const outcome = await inTenant(db, actor, async (tx) => {
        const charge = await requireCharge(tx, request.params.id);
        authorize(actor, investigationPolicy, 'record', charge);
        return createOnce(tx, actor, request, {
          create: async () => {
            const row = await orderRestitution({
              tx,
              actor,
              keyring,
              jurisdiction: config.jurisdiction,
              requestId: request.id,
              charge,
              order: request.body,
            });
            return { id: row.id, body: presentRestitutionOrder(row) };
          },
          replay: async (id) => presentRestitutionOrder(await requireRestitutionOrder(tx, id)),
        });
      });
      return sendCreated(reply, outcome);
    },
  );

  app.post(
    '/api/restitution-orders/:id/payments',
    {
      schema: {
        tags,
        summary: 'Record a payment towards a restitution order (never above the amount ordered)',
        params,
        body: recordPaymentSchema,
        headers: idempotencyHeaders,
        response: { 201: restitutionOrderSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const outcome = await inTenant(db, actor, async (tx) => {
        const order = await requireRestitutionOrder(tx, request.params.id);
        authorize(
          actor,
          investigationPolicy,
          'record',
          await requireInvestigation(tx, order.investigation_id),
        );
        return createOnce(tx, actor, request, {
          create: async () => {
            const paid = await recordPayment({
              tx,
              actor,
              keyring,
              jurisdiction: config.jurisdiction,
              requestId: request.id,
              order,
              payment: request.body,
            });
            return { id: paid.paymentId, body: presentRestitutionOrder(paid.order) };
          },
          replay: async (id) => presentRestitutionOrder(await orderOfPayment(tx, id)),
        });
      });
      return sendCreated(reply, outcome);
    },
  );
}
