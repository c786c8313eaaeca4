import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { createOnce, idempotencyHeaders, sendCreated } from '../../http/idempotency.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { requireCase } from '../cases/index.ts';
import { admitToShelter, dischargeFromShelter, transferBetweenShelters } from './placement.commands.ts';
import { casePlacementPolicy, placementPolicy } from './placement.policy.ts';
import { presentPlacement } from './placement.presenter.ts';
import { readCasePlacements, readPlacement } from './placement.reads.ts';
import { requirePlacement } from './placement.repo.ts';
import { admitSchema, dischargeSchema, placementSchema, transferSchema } from './placement.schema.ts';

const tags = ['shelters'];
const idParams = z.strictObject({ id: z.uuid() });

/** Admissions to shelters, discharges and transfers, and a case's placements. */
export function registerPlacementRoutes(app: App, { db }: Services): void {
  app.post(
    '/api/placements',
    {
      schema: {
        tags,
        summary:
          "Place a person of your agency's case in a shelter (warnings against its rules must be acknowledged)",
        body: admitSchema,
        headers: idempotencyHeaders,
        response: { 201: placementSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const outcome = await inTenant(db, actor, async (tx) => {
        authorize(actor, casePlacementPolicy, 'admit', await requireCase(tx, request.body.caseId));
        return createOnce(tx, actor, request, {
          create: async () => {
            const row = await admitToShelter({ tx, actor, admission: request.body, requestId: request.id });
            return { id: row.id, body: presentPlacement(row) };
          },
          replay: async (id) => presentPlacement(await requirePlacement(tx, id)),
        });
      });
      return sendCreated(reply, outcome);
    },
  );

  app.get(
    '/api/placements/:id',
    {
      schema: {
        tags,
        summary: 'A placement (reading it is audited)',
        params: idParams,
        response: { 200: placementSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        authorize(actor, placementPolicy, 'read', await requirePlacement(tx, request.params.id));
        return presentPlacement(
          await readPlacement({ tx, actor, placementId: request.params.id, requestId: request.id }),
        );
      });
    },
  );

  app.post(
    '/api/placements/:id/discharge',
    {
      schema: {
        tags,
        summary: 'Discharge a person from a shelter (the placing agency or the shelter’s)',
        params: idParams,
        body: dischargeSchema,
        response: { 200: placementSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const placement = await requirePlacement(tx, request.params.id);
        authorize(actor, placementPolicy, 'discharge', placement);
        const row = await dischargeFromShelter({
          tx,
          actor,
          placement,
          discharge: request.body,
          requestId: request.id,
        });
        return presentPlacement(row);
      });
    },
  );

  app.post(
    '/api/placements/:id/transfer',
    {
      schema: {
        tags,
        summary:
          'Move a placed person to another shelter: one discharge and one admission, recorded as a transfer',
        params: idParams,
        body: transferSchema,
        response: { 201: placementSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const row = await inTenant(db, actor, async (tx) => {
        const placement = await requirePlacement(tx, request.params.id);
        authorize(actor, placementPolicy, 'transfer', placement);
        return transferBetweenShelters({
          tx,
          actor,
          placement,
          transfer: request.body,
          requestId: request.id,
        });
      });
      return reply.status(201).send(presentPlacement(row));
    },
  );

  app.get(
    '/api/cases/:id/placements',
    {
      schema: {
        tags,
        summary: "A case's shelter placements, the latest first (reading them is audited)",
        params: idParams,
        response: { 200: z.object({ items: z.array(placementSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const found = await requireCase(tx, request.params.id);
        authorize(actor, casePlacementPolicy, 'read', found);
        const rows = await readCasePlacements({ tx, actor, caseId: found.id, requestId: request.id });
        return { items: rows.map(presentPlacement) };
      });
    },
  );
}
