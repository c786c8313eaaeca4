import { z } from 'zod';
import { recordRead } from '../../audit/audit.ts';
import type { Tx } from '../../db/db.ts';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { createOnce, idempotencyHeaders, sendCreated } from '../../http/idempotency.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { requireCase } from '../cases/index.ts';
import { findDeadlineOfSource, plannedReminders } from '../deadlines/index.ts';
import {
  extendProtectionOrder,
  recordProtectionOrder,
  revokeProtectionOrder,
} from './protection-order.commands.ts';
import { protectionOrderPolicy } from './protection-order.policy.ts';
import { presentProtectionOrder } from './protection-order.presenter.ts';
import {
  listProtectionOrders,
  type ProtectionOrderRow,
  requireProtectionOrder,
} from './protection-order.repo.ts';
import { limitUnconfirmed } from './protection-order.rules.ts';
import {
  createProtectionOrderSchema,
  extendProtectionOrderSchema,
  protectionOrderSchema,
  revokeProtectionOrderSchema,
} from './protection-order.schema.ts';

const tags = ['protection orders'];
const idParams = z.strictObject({ id: z.uuid() });

async function present(tx: Tx, row: ProtectionOrderRow, services: Services) {
  const deadline = await findDeadlineOfSource(tx, { kind: 'protection_order_expiry', id: row.id });
  const reminders = deadline
    ? await plannedReminders(tx, deadline, services.config.deadlines.reminderDays)
    : [];
  return presentProtectionOrder(
    row,
    deadline && { ...deadline, reminders },
    services.keyring,
    limitUnconfirmed(row.jurisdiction, row.kind),
  );
}

/** Protection orders of a case: recording, extending, revoking and reading them. */
export function registerProtectionOrderRoutes(app: App, services: Services): void {
  const { db, keyring, config } = services;

  app.get(
    '/api/cases/:id/protection-orders',
    {
      schema: {
        tags,
        summary: "A case's protection orders, latest first (audited)",
        params: idParams,
        response: { 200: z.object({ items: z.array(protectionOrderSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const found = await requireCase(tx, request.params.id);
        authorize(actor, protectionOrderPolicy, 'read', found);
        const rows = await listProtectionOrders(tx, found.id);
        await recordRead(tx, {
          actor,
          subject: { type: 'case', id: found.id },
          requestId: request.id,
          detail: { read: 'protection_orders', count: rows.length },
        });
        const items = [];
        for (const row of rows) items.push(await present(tx, row, services));
        return { items };
      });
    },
  );

  app.post(
    '/api/cases/:id/protection-orders',
    {
      schema: {
        tags,
        summary: 'Record an interim order or a protection order; its expiry comes from the jurisdiction pack',
        params: idParams,
        body: createProtectionOrderSchema,
        headers: idempotencyHeaders,
        response: { 201: protectionOrderSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const outcome = await inTenant(db, actor, async (tx) => {
        const found = await requireCase(tx, request.params.id);
        authorize(actor, protectionOrderPolicy, 'record', found);
        return createOnce(tx, actor, request, {
          create: async () => {
            const row = await recordProtectionOrder({
              tx,
              actor,
              keyring,
              requestId: request.id,
              jurisdiction: config.jurisdiction,
              found,
              order: request.body,
            });
            return { id: row.id, body: await present(tx, row, services) };
          },
          replay: async (id) => present(tx, await requireProtectionOrder(tx, id), services),
        });
      });
      return sendCreated(reply, outcome);
    },
  );

  app.get(
    '/api/protection-orders/:id',
    {
      schema: {
        tags,
        summary: 'Read a protection order (audited)',
        params: idParams,
        response: { 200: protectionOrderSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const order = await requireProtectionOrder(tx, request.params.id);
        authorize(actor, protectionOrderPolicy, 'read', await requireCase(tx, order.case_id));
        await recordRead(tx, {
          actor,
          subject: { type: 'protection_order', id: order.id },
          requestId: request.id,
        });
        return present(tx, order, services);
      });
    },
  );

  app.post(
    '/api/protection-orders/:id/extend',
    {
      schema: {
        tags,
        summary:
          'Follow an order in force: an interim order becomes a protection order, a protection order is extended',
        params: idParams,
        body: extendProtectionOrderSchema,
        response: { 201: protectionOrderSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = await inTenant(db, actor, async (tx) => {
        const follows = await requireProtectionOrder(tx, request.params.id);
        const found = await requireCase(tx, follows.case_id);
        authorize(actor, protectionOrderPolicy, 'record', found);
        const row = await extendProtectionOrder({
          tx,
          actor,
          keyring,
          requestId: request.id,
          jurisdiction: config.jurisdiction,
          found,
          follows,
          extension: request.body,
        });
        return present(tx, row, services);
      });
      return reply.code(201).send(body);
    },
  );

  app.post(
    '/api/protection-orders/:id/revoke',
    {
      schema: {
        tags,
        summary: 'Revoke an order in force, with the date and reason',
        params: idParams,
        body: revokeProtectionOrderSchema,
        response: { 200: protectionOrderSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const order = await requireProtectionOrder(tx, request.params.id);
        const found = await requireCase(tx, order.case_id);
        authorize(actor, protectionOrderPolicy, 'record', found);
        const row = await revokeProtectionOrder({
          tx,
          actor,
          keyring,
          requestId: request.id,
          jurisdiction: config.jurisdiction,
          found,
          order,
          revocation: request.body,
        });
        return present(tx, row, services);
      });
    },
  );
}
