import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { createOnce, idempotencyHeaders, sendCreated } from '../../http/idempotency.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { type Actor, authorize } from '../../policy/policy.ts';
import { presentPlacement } from './placement.presenter.ts';
import { readShelterResidents } from './placement.reads.ts';
import { placementSchema, residentsQuerySchema } from './placement.schema.ts';
import { addBeds, changeBed, registerShelter, updateShelter } from './shelter.commands.ts';
import { shelterLabels } from './shelter.labels.ts';
import { shelterPolicy } from './shelter.policy.ts';
import { presentOccupancy, presentShelter } from './shelter.presenter.ts';
import { listOccupancy, listShelters, requireShelter, type ShelterRow } from './shelter.repo.ts';
import {
  addBedsSchema,
  createShelterSchema,
  occupancyQuerySchema,
  occupancySchema,
  shelterListQuerySchema,
  shelterSchema,
  updateBedSchema,
  updateShelterSchema,
} from './shelter.schema.ts';

const tags = ['shelters'];
const shelterParams = z.strictObject({ id: z.uuid() });
const labelsSchema = z.record(
  z.string(),
  z.object({ en: z.string(), ms: z.string(), id: z.string(), vi: z.string() }),
);

/** The operator, and an agency with someone placed there, see the address. */
const seesAddress = (actor: Actor, row: ShelterRow) => row.agency_id === actor.agencyId || row.placed_here;

/** The shelter registry: shelters, their beds, occupancy, and who is placed there (for the operator). */
export function registerShelterRoutes(app: App, { db, keyring }: Services): void {
  const present = (actor: Actor, row: ShelterRow) => presentShelter(row, keyring, seesAddress(actor, row));

  app.get(
    '/api/shelters/options',
    {
      schema: {
        tags,
        summary: 'The codes of shelters and placements, with their labels in en, ms, id and vi',
        response: {
          200: z.object({
            type: labelsSchema,
            population: labelsSchema,
            service: labelsSchema,
            placementReason: labelsSchema,
            dischargeReason: labelsSchema,
            ageBand: labelsSchema,
            warning: labelsSchema,
          }),
          ...problemResponses,
        },
      },
    },
    async () => shelterLabels,
  );

  app.get(
    '/api/shelters/occupancy',
    {
      schema: {
        tags,
        summary: 'Beds, people placed and free beds of every open shelter, and by region',
        querystring: occupancyQuerySchema,
        response: { 200: occupancySchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, shelterPolicy, 'read', undefined);
      return inTenant(db, actor, async (tx) => presentOccupancy(await listOccupancy(tx, request.query)));
    },
  );

  app.get(
    '/api/shelters',
    {
      schema: {
        tags,
        summary: 'The shelter registry, by region and name',
        querystring: shelterListQuerySchema,
        response: { 200: z.object({ items: z.array(shelterSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, shelterPolicy, 'read', undefined);
      return inTenant(db, actor, async (tx) => ({
        items: (await listShelters(tx, request.query)).map((row) => present(actor, row)),
      }));
    },
  );

  app.post(
    '/api/shelters',
    {
      schema: {
        tags,
        summary: 'Register a shelter your agency runs, with its beds',
        body: createShelterSchema,
        headers: idempotencyHeaders,
        response: { 201: shelterSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, shelterPolicy, 'register', undefined);
      const outcome = await inTenant(db, actor, (tx) =>
        createOnce(tx, actor, request, {
          create: async () => {
            const row = await registerShelter({
              tx,
              actor,
              keyring,
              shelter: request.body,
              requestId: request.id,
            });
            return { id: row.id, body: present(actor, row) };
          },
          replay: async (id) => present(actor, await requireShelter(tx, id)),
        }),
      );
      return sendCreated(reply, outcome);
    },
  );

  app.get(
    '/api/shelters/:id',
    {
      schema: {
        tags,
        summary: 'A shelter, with its beds and occupancy',
        params: shelterParams,
        response: { 200: shelterSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, shelterPolicy, 'read', undefined);
      return inTenant(db, actor, async (tx) => present(actor, await requireShelter(tx, request.params.id)));
    },
  );

  app.patch(
    '/api/shelters/:id',
    {
      schema: {
        tags,
        summary: "Change a shelter's details, rules or services, or close it",
        params: shelterParams,
        body: updateShelterSchema,
        response: { 200: shelterSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const shelter = await requireShelter(tx, request.params.id);
        authorize(actor, shelterPolicy, 'manage', shelter);
        const row = await updateShelter({
          tx,
          actor,
          keyring,
          shelter,
          changes: request.body,
          requestId: request.id,
        });
        return present(actor, row);
      });
    },
  );

  app.post(
    '/api/shelters/:id/beds',
    {
      schema: {
        tags,
        summary: 'Add beds to a shelter',
        params: shelterParams,
        body: addBedsSchema,
        response: { 200: shelterSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const shelter = await requireShelter(tx, request.params.id);
        authorize(actor, shelterPolicy, 'manage', shelter);
        const row = await addBeds({
          tx,
          actor,
          keyring,
          shelter,
          labels: request.body.labels,
          requestId: request.id,
        });
        return present(actor, row);
      });
    },
  );

  app.patch(
    '/api/shelters/:id/beds/:bedId',
    {
      schema: {
        tags,
        summary: 'Take a bed out of service, or back into it',
        params: z.strictObject({ id: z.uuid(), bedId: z.uuid() }),
        body: updateBedSchema,
        response: { 200: shelterSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const shelter = await requireShelter(tx, request.params.id);
        authorize(actor, shelterPolicy, 'manage', shelter);
        const row = await changeBed({
          tx,
          actor,
          keyring,
          shelter,
          bedId: request.params.bedId,
          inService: request.body.inService,
          requestId: request.id,
        });
        return present(actor, row);
      });
    },
  );

  app.get(
    '/api/shelters/:id/placements',
    {
      schema: {
        tags,
        summary:
          "Who is placed in your agency's shelter: name, sex and age band only (reading them is audited)",
        params: shelterParams,
        querystring: residentsQuerySchema,
        response: { 200: z.object({ items: z.array(placementSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const shelter = await requireShelter(tx, request.params.id);
        authorize(actor, shelterPolicy, 'manage', shelter);
        const rows = await readShelterResidents({
          tx,
          actor,
          shelterId: shelter.id,
          currentOnly: request.query.current,
          requestId: request.id,
        });
        return { items: rows.map(presentPlacement) };
      });
    },
  );
}
