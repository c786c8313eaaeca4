import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { createOnce, idempotencyHeaders, sendCreated } from '../../http/idempotency.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { requireCase } from '../cases/index.ts';
import { carePolicy } from './care.policy.ts';
import { readServiceDeliveries, recordServiceDelivery } from './service-delivery.commands.ts';
import { presentServiceDelivery } from './service-delivery.presenter.ts';
import { requireServiceDelivery } from './service-delivery.repo.ts';
import { recordServiceDeliverySchema, serviceDeliverySchema } from './service-delivery.schema.ts';

const tags = ['care'];
const caseParams = z.strictObject({ id: z.uuid() });

/** The services delivered on a case: an append-only record. */
export function registerServiceDeliveryRoutes(app: App, { db, keyring }: Services): void {
  app.get(
    '/api/cases/:id/services',
    {
      schema: {
        tags,
        summary: 'The services delivered on a case, most recent first (reading them is audited)',
        params: caseParams,
        response: { 200: z.object({ items: z.array(serviceDeliverySchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        authorize(actor, carePolicy, 'read', await requireCase(tx, request.params.id));
        const rows = await readServiceDeliveries({
          tx,
          actor,
          keyring,
          caseId: request.params.id,
          requestId: request.id,
        });
        return { items: rows.map((row) => presentServiceDelivery(row, keyring)) };
      });
    },
  );

  app.post(
    '/api/cases/:id/services',
    {
      schema: {
        tags,
        summary: 'Record a service delivered to the victim (kept as recorded; the description encrypted)',
        params: caseParams,
        body: recordServiceDeliverySchema,
        headers: idempotencyHeaders,
        response: { 201: serviceDeliverySchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const outcome = await inTenant(db, actor, async (tx) => {
        authorize(actor, carePolicy, 'recordService', await requireCase(tx, request.params.id));
        return createOnce(tx, actor, request, {
          create: async () => {
            const row = await recordServiceDelivery({
              tx,
              actor,
              keyring,
              caseId: request.params.id,
              delivery: request.body,
              requestId: request.id,
            });
            return { id: row.id, body: presentServiceDelivery(row, keyring) };
          },
          replay: async (id) => presentServiceDelivery(await requireServiceDelivery(tx, id), keyring),
        });
      });
      return sendCreated(reply, outcome);
    },
  );
}
