import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { noBody } from '../../shared/no-body.ts';
import { decodeCursor, pageSchema, toPage } from '../../shared/pagination.ts';
import { changeAgency, createAgency, declareJurisdiction } from './agency.commands.ts';
import { agencyPolicy } from './agency.policy.ts';
import { presentAgency } from './agency.presenter.ts';
import { listAgencies, requireAgency } from './agency.repo.ts';
import {
  agencyJurisdictionSchema,
  agencyJurisdictionViewSchema,
  agencyListQuerySchema,
  agencySchema,
  createAgencySchema,
  updateAgencySchema,
} from './agency.schema.ts';
import { jurisdictionOf } from './agency-region.repo.ts';

const idParams = z.strictObject({ id: z.uuid() });
const tags = ['agencies'];

export function registerAgencyRoutes(app: App, { db }: Services): void {
  app.get(
    '/api/agencies',
    {
      schema: {
        tags,
        summary: 'List agencies (the directory every signed-in user can read)',
        querystring: agencyListQuerySchema,
        response: { 200: pageSchema(agencySchema), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const query = request.query;
      const after = query.cursor ? (decodeCursor(query.cursor, 2) as [string, string]) : undefined;
      authorize(actor, agencyPolicy, 'read', undefined);
      const rows = await inTenant(db, actor, (tx) => listAgencies(tx, query, after));
      return toPage(rows, query.limit, presentAgency, (row) => [row.name, row.id]);
    },
  );

  app.get(
    '/api/agencies/:id',
    {
      schema: {
        tags,
        summary: 'Read an agency',
        params: idParams,
        response: { 200: agencySchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const agency = await requireAgency(tx, request.params.id);
        authorize(actor, agencyPolicy, 'read', agency);
        return presentAgency(agency);
      });
    },
  );

  app.post(
    '/api/agencies',
    {
      schema: {
        tags,
        summary: 'Register an agency (system administrators)',
        body: createAgencySchema,
        response: { 201: agencySchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, agencyPolicy, 'create', undefined);
      const agency = await inTenant(db, actor, (tx) =>
        createAgency({ tx, actor, agency: request.body, requestId: request.id }),
      );
      return reply.status(201).send(presentAgency(agency));
    },
  );

  app.patch(
    '/api/agencies/:id',
    {
      schema: {
        tags,
        summary: "Change an agency's details",
        params: idParams,
        body: updateAgencySchema,
        response: { 200: agencySchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const change = request.body;
      return inTenant(db, actor, async (tx) => {
        const agency = await requireAgency(tx, request.params.id);
        authorize(actor, agencyPolicy, 'update', agency);
        if (change.active !== undefined || change.parentId !== undefined) {
          authorize(actor, agencyPolicy, 'restructure', agency);
        }
        return presentAgency(
          await changeAgency({ tx, actor, agencyId: agency.id, change, requestId: request.id }),
        );
      });
    },
  );

  app.delete(
    '/api/agencies/:id',
    {
      schema: {
        tags,
        summary: 'Deactivate an agency (its records are kept; its users can no longer act for it)',
        params: idParams,
        body: noBody,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await inTenant(db, actor, async (tx) => {
        const agency = await requireAgency(tx, request.params.id);
        authorize(actor, agencyPolicy, 'restructure', agency);
        await changeAgency({
          tx,
          actor,
          agencyId: agency.id,
          change: { active: false },
          requestId: request.id,
        });
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/agencies/:id/jurisdiction',
    {
      schema: {
        tags,
        summary: 'The regions an agency covers for reports from the public, and whether it is the default',
        params: idParams,
        response: { 200: agencyJurisdictionViewSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const agency = await requireAgency(tx, request.params.id);
        authorize(actor, agencyPolicy, 'read', agency);
        return jurisdictionOf(tx, agency.id);
      });
    },
  );

  app.put(
    '/api/agencies/:id/jurisdiction',
    {
      schema: {
        tags,
        summary:
          'Declare the regions an agency covers; reports from the public about them go to it (system administrators)',
        params: idParams,
        body: agencyJurisdictionSchema,
        response: { 200: agencyJurisdictionViewSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const agency = await requireAgency(tx, request.params.id);
        // A declared region beats the country's default agency: only a system administrator
        // (agency:manage) moves a state's reports from the public to an agency (decision 0039).
        authorize(actor, agencyPolicy, 'restructure', agency);
        return declareJurisdiction({ tx, actor, agency, jurisdiction: request.body, requestId: request.id });
      });
    },
  );
}
