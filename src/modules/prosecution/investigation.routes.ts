import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { createOnce, idempotencyHeaders, sendCreated } from '../../http/idempotency.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { ValidationError } from '../../shared/errors.ts';
import { decodeCursor, pageQuerySchema, pageSchema, toPage } from '../../shared/pagination.ts';
import { calendarDay } from '../../shared/period.ts';
import { investigationSchema } from './court.schema.ts';
import { addSuspect, linkVictim, openInvestigation, recordArrest } from './investigation.commands.ts';
import {
  presentArrest,
  presentInvestigation,
  presentInvestigationSummary,
  presentSuspect,
  presentVictimLink,
} from './investigation.presenter.ts';
import {
  findSuspect,
  findVictimLink,
  listInvestigations,
  requireArrest,
  requireInvestigation,
  type VictimLinkRow,
} from './investigation.repo.ts';
import {
  addSuspectSchema,
  arrestSchema,
  investigationSummarySchema,
  linkVictimSchema,
  openInvestigationSchema,
  recordArrestSchema,
  suspectSchema,
  victimLinkSchema,
} from './investigation.schema.ts';
import { readInvestigation, victimIdentity } from './investigation-read.commands.ts';
import { investigationPolicy } from './prosecution.policy.ts';

const tags = ['prosecution'];

/** The (opened on, id) a cursor of the investigation list holds; a 400 for anything else. */
function investigationCursor(cursor: string): { openedOn: string; id: string } {
  const [openedOn, id] = decodeCursor(cursor, 2);
  const parsed = z.tuple([calendarDay, z.uuid()]).safeParse([openedOn, id]);
  if (!parsed.success) {
    throw new ValidationError([
      { code: 'cursor_unknown', field: 'query.cursor', message: 'is not a cursor this list gave out' },
    ]);
  }
  return { openedOn: parsed.data[0], id: parsed.data[1] };
}
const params = z.strictObject({ id: z.uuid() });

/** Investigations: opening one, the victims' cases linked, suspects and arrests. */
export function registerInvestigationRoutes(app: App, { db, keyring, config }: Services): void {
  app.post(
    '/api/investigations',
    {
      schema: {
        tags,
        summary: 'Open an investigation of offences of your jurisdiction pack',
        body: openInvestigationSchema,
        headers: idempotencyHeaders,
        response: { 201: investigationSummarySchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const outcome = await inTenant(db, actor, async (tx) => {
        authorize(actor, investigationPolicy, 'open', { agency_id: actor.agencyId });
        return createOnce(tx, actor, request, {
          create: async () => {
            const row = await openInvestigation({
              tx,
              actor,
              keyring,
              jurisdiction: config.jurisdiction,
              requestId: request.id,
              investigation: request.body,
            });
            return { id: row.id, body: presentInvestigationSummary(row) };
          },
          replay: async (id) => presentInvestigationSummary(await requireInvestigation(tx, id)),
        });
      });
      return sendCreated(reply, outcome);
    },
  );

  app.get(
    '/api/investigations',
    {
      schema: {
        tags,
        summary: "Your agency's investigations, most recently opened first",
        querystring: pageQuerySchema.strict(),
        response: { 200: pageSchema(investigationSummarySchema), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        authorize(actor, investigationPolicy, 'list', { agency_id: actor.agencyId });
        const { limit, cursor } = request.query;
        const rows = await listInvestigations(tx, {
          limit,
          after: cursor === undefined ? undefined : investigationCursor(cursor),
        });
        return toPage(rows, limit, presentInvestigationSummary, (row) => [row.opened_on, row.id]);
      });
    },
  );

  app.get(
    '/api/investigations/:id',
    {
      schema: {
        tags,
        summary:
          'An investigation with its victims (identity only for users who may read cases), suspects, arrests, charges, hearings and restitution; the read is audited',
        params,
        response: { 200: investigationSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const investigation = await requireInvestigation(tx, request.params.id);
        authorize(actor, investigationPolicy, 'read', investigation);
        const record = await readInvestigation({
          tx,
          actor,
          keyring,
          jurisdiction: config.jurisdiction,
          requestId: request.id,
          investigation,
        });
        return presentInvestigation(record, keyring);
      });
    },
  );

  app.post(
    '/api/investigations/:id/victims',
    {
      schema: {
        tags,
        summary: "Link a victim's case: your agency's own, or one referred to it for investigation",
        params,
        body: linkVictimSchema,
        headers: idempotencyHeaders,
        response: { 201: victimLinkSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const outcome = await inTenant(db, actor, async (tx) => {
        const investigation = await requireInvestigation(tx, request.params.id);
        authorize(actor, investigationPolicy, 'linkVictim', investigation);
        const props = { tx, actor, keyring, jurisdiction: config.jurisdiction, requestId: request.id };
        const present = async (link: VictimLinkRow) =>
          presentVictimLink({ ...link, identity: await victimIdentity(props, link) });
        return createOnce(tx, actor, request, {
          create: async () => {
            const link = await linkVictim({ ...props, investigation, link: request.body });
            return { id: link.id, body: await present(link) };
          },
          replay: async (id) => {
            const link = await findVictimLink(tx, investigation.id, id);
            if (!link) throw new Error('victim link of an idempotency key not found');
            return present(link);
          },
        });
      });
      return sendCreated(reply, outcome);
    },
  );

  app.post(
    '/api/investigations/:id/suspects',
    {
      schema: {
        tags,
        summary: 'Name a person your agency recorded as a suspect',
        params,
        body: addSuspectSchema,
        headers: idempotencyHeaders,
        response: { 201: suspectSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const outcome = await inTenant(db, actor, async (tx) => {
        const investigation = await requireInvestigation(tx, request.params.id);
        authorize(actor, investigationPolicy, 'record', investigation);
        return createOnce(tx, actor, request, {
          create: async () => {
            const row = await addSuspect({
              tx,
              actor,
              keyring,
              jurisdiction: config.jurisdiction,
              requestId: request.id,
              investigation,
              personId: request.body.personId,
            });
            return { id: row.id, body: presentSuspect(row) };
          },
          replay: async (id) => {
            const row = await findSuspect(tx, investigation.id, id);
            if (!row) throw new Error('suspect of an idempotency key not found');
            return presentSuspect(row);
          },
        });
      });
      return sendCreated(reply, outcome);
    },
  );

  app.post(
    '/api/investigations/:id/arrests',
    {
      schema: {
        tags,
        summary: 'Record the arrest of a suspect (the place is stored encrypted)',
        params,
        body: recordArrestSchema,
        headers: idempotencyHeaders,
        response: { 201: arrestSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const outcome = await inTenant(db, actor, async (tx) => {
        const investigation = await requireInvestigation(tx, request.params.id);
        authorize(actor, investigationPolicy, 'record', investigation);
        return createOnce(tx, actor, request, {
          create: async () => {
            const row = await recordArrest({
              tx,
              actor,
              keyring,
              jurisdiction: config.jurisdiction,
              requestId: request.id,
              investigation,
              arrest: request.body,
            });
            return { id: row.id, body: presentArrest(row, keyring) };
          },
          replay: async (id) => presentArrest(await requireArrest(tx, id), keyring),
        });
      });
      return sendCreated(reply, outcome);
    },
  );
}
