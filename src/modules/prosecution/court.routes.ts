import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { fileCharge, recordOutcome, scheduleHearing } from './court.commands.ts';
import { requireCharge } from './court.repo.ts';
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
import { requireRestitutionOrder } from './restitution.repo.ts';

const tags = ['prosecution'];
const params = z.strictObject({ id: z.uuid() });

/** In court: charges, hearings, outcomes with sentences, restitution ordered and paid. */
export function registerCourtRoutes(app: App, { db, keyring }: Services): void {
  app.post(
    '/api/investigations/:id/charges',
    {
      schema: {
        tags,
        summary: 'Charge a suspect with an offence of your jurisdiction pack',
        params,
        body: fileChargeSchema,
        response: { 201: chargeSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = await inTenant(db, actor, async (tx) => {
        const investigation = await requireInvestigation(tx, request.params.id);
        authorize(actor, investigationPolicy, 'record', investigation);
        const row = await fileCharge({
          tx,
          actor,
          keyring,
          requestId: request.id,
          investigation,
          charge: request.body,
        });
        return presentCharge(row);
      });
      return reply.status(201).send(body);
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
        response: { 201: hearingSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = await inTenant(db, actor, async (tx) => {
        const investigation = await requireInvestigation(tx, request.params.id);
        authorize(actor, investigationPolicy, 'record', investigation);
        const row = await scheduleHearing({
          tx,
          actor,
          keyring,
          requestId: request.id,
          investigation,
          hearing: request.body,
        });
        return presentHearing(row);
      });
      return reply.status(201).send(body);
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
        response: { 201: chargeSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = await inTenant(db, actor, async (tx) => {
        const charge = await requireCharge(tx, request.params.id);
        authorize(actor, investigationPolicy, 'record', charge);
        const row = await recordOutcome({
          tx,
          actor,
          keyring,
          requestId: request.id,
          charge,
          outcome: request.body,
        });
        return presentCharge(row);
      });
      return reply.status(201).send(body);
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
        response: { 201: restitutionOrderSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = await inTenant(db, actor, async (tx) => {
        const charge = await requireCharge(tx, request.params.id);
        authorize(actor, investigationPolicy, 'record', charge);
        const row = await orderRestitution({
          tx,
          actor,
          keyring,
          requestId: request.id,
          charge,
          order: request.body,
        });
        return presentRestitutionOrder(row);
      });
      return reply.status(201).send(body);
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
        response: { 201: restitutionOrderSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = await inTenant(db, actor, async (tx) => {
        const order = await requireRestitutionOrder(tx, request.params.id);
        authorize(
          actor,
          investigationPolicy,
          'record',
          await requireInvestigation(tx, order.investigation_id),
        );
        const row = await recordPayment({
          tx,
          actor,
          keyring,
          requestId: request.id,
          order,
          payment: request.body,
        });
        return presentRestitutionOrder(row);
      });
      return reply.status(201).send(body);
    },
  );
}
