import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { requireCase } from '../cases/index.ts';
import {
  currentChecklist,
  findChecklist,
  type HealthChecklist,
  healthChecklists,
} from './health-checklist.ts';
import {
  readHealthScreening,
  readHealthScreenings,
  recordHealthScreening,
} from './health-screening.commands.ts';
import { healthScreeningPolicy } from './health-screening.policy.ts';
import { presentHealthScreening } from './health-screening.presenter.ts';
import {
  healthChecklistSchema,
  healthScreeningSchema,
  recordHealthScreeningSchema,
} from './health-screening.schema.ts';

const tags = ['health screening'];
const idParams = z.strictObject({ id: z.uuid() });

const presentChecklist = (checklist: HealthChecklist) => ({
  version: checklist.version,
  current: checklist.version === currentChecklist().version,
  source: checklist.source,
  symptoms: [...checklist.symptoms],
  tests: [...checklist.tests],
  results: [...checklist.results],
  separations: [...checklist.separations],
});

/** Health screenings of a case's people, and the checklist versions they are recorded against. */
export function registerHealthScreeningRoutes(app: App, { db, keyring }: Services): void {
  app.get(
    '/api/health-checklists',
    {
      schema: {
        tags,
        summary: 'Every version of the infectious-disease checklist, with labels in every language',
        response: { 200: z.object({ items: z.array(healthChecklistSchema) }), ...problemResponses },
      },
    },
    async () => ({ items: healthChecklists.map(presentChecklist) }),
  );

  app.get(
    '/api/health-checklists/:version',
    {
      schema: {
        tags,
        summary: 'One version of the checklist (a screening names the version it was recorded against)',
        params: z.strictObject({ version: z.string().max(60) }),
        response: { 200: healthChecklistSchema, ...problemResponses },
      },
    },
    async (request) => {
      const checklist = findChecklist(request.params.version);
      if (!checklist) throw new NotFoundError('health_checklist');
      return presentChecklist(checklist);
    },
  );

  app.post(
    '/api/cases/:id/health-screenings',
    {
      schema: {
        tags,
        summary:
          'Record a consented health screening against the current checklist (findings stored encrypted)',
        params: idParams,
        body: recordHealthScreeningSchema,
        response: { 201: healthScreeningSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = await inTenant(db, actor, async (tx) => {
        const found = await requireCase(tx, request.params.id);
        authorize(actor, healthScreeningPolicy, 'record', found);
        const row = await recordHealthScreening({
          tx,
          actor,
          keyring,
          found,
          screening: request.body,
          requestId: request.id,
        });
        return presentHealthScreening(row, keyring);
      });
      return reply.status(201).send(body);
    },
  );

  app.get(
    '/api/cases/:id/health-screenings',
    {
      schema: {
        tags,
        summary: "A case's health screenings, newest first (health roles only; reading them is audited)",
        params: idParams,
        response: { 200: z.object({ items: z.array(healthScreeningSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const found = await requireCase(tx, request.params.id);
        authorize(actor, healthScreeningPolicy, 'read', found);
        const rows = await readHealthScreenings({
          tx,
          actor,
          keyring,
          caseId: found.id,
          requestId: request.id,
        });
        return { items: rows.map((row) => presentHealthScreening(row, keyring)) };
      });
    },
  );

  app.get(
    '/api/health-screenings/:id',
    {
      schema: {
        tags,
        summary: 'One health screening (health roles only; reading it is audited)',
        params: idParams,
        response: { 200: healthScreeningSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const row = await readHealthScreening({
          tx,
          actor,
          keyring,
          screeningId: request.params.id,
          requestId: request.id,
        });
        authorize(actor, healthScreeningPolicy, 'read', await requireCase(tx, row.case_id));
        return presentHealthScreening(row, keyring);
      });
    },
  );
}
