import { z } from 'zod';
import type { Tx } from '../../db/db.ts';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { type Actor, authorize } from '../../policy/policy.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { noBody } from '../../shared/no-body.ts';
import { agencyToday, findAgency } from '../agencies/index.ts';
import { acknowledgeVersion, createGuideline, issueVersion } from './guideline.commands.ts';
import { guidelineLabels } from './guideline.labels.ts';
import { acknowledgementPolicy, guidelinePolicy } from './guideline.policy.ts';
import {
  listGuidelines,
  requireGuideline,
  requireVersion,
  type VersionRow,
  versionsOf,
} from './guideline.repo.ts';
import {
  createGuidelineSchema,
  guidelineSchema,
  versionInputSchema,
  type versionSchema,
} from './guideline.schema.ts';

const tags = ['guidelines'];
const idParams = z.strictObject({ id: z.uuid() });
const labelsSchema = z.record(
  z.string(),
  z.object({ en: z.string(), ms: z.string(), id: z.string(), vi: z.string() }),
);

/** The guideline's versions, latest first, each upcoming, current (the latest in effect) or superseded. */
function presentVersions(versions: readonly VersionRow[], today: string): z.infer<typeof versionSchema>[] {
  const current = versions.find((v) => v.effective_on <= today);
  return versions.map((v) => ({
    id: v.id,
    version: v.version,
    effectiveOn: v.effective_on,
    state: v.effective_on > today ? 'upcoming' : v === current ? 'current' : 'superseded',
    summary: v.summary,
    body: v.body,
    agencies: v.agencies.map((a) => ({
      ...a,
      acknowledgedAt: a.acknowledgedAt ? new Date(a.acknowledgedAt).toISOString() : null,
    })),
  }));
}

async function guidelineOfCountry(tx: Tx, actor: Actor, id: string) {
  const guideline = await requireGuideline(tx, id);
  if (
    !actor.skipPolicyChecks &&
    guideline.country !== (await findAgency(tx, actor.agencyId))?.country.trim()
  ) {
    throw new NotFoundError('guideline');
  }
  return guideline;
}

async function presentGuideline(tx: Tx, actor: Actor, id: string) {
  const guideline = await requireGuideline(tx, id);
  return {
    id: guideline.id,
    agencyId: guideline.agency_id,
    country: guideline.country,
    title: guideline.title,
    versions: presentVersions(await versionsOf(tx, guideline.id), await agencyToday(tx, actor.agencyId)),
  };
}

/** Standard operating guidelines: versions, effective dates, required and given acknowledgements. */
export function registerGuidelineRoutes(app: App, { db }: Services): void {
  app.get(
    '/api/guidelines/options',
    {
      schema: {
        tags,
        summary: 'Acknowledgement and version states, with labels in en, ms, id and vi',
        response: {
          200: z.object({ acknowledgement: labelsSchema, versionState: labelsSchema }),
          ...problemResponses,
        },
      },
    },
    async () => guidelineLabels,
  );

  app.get(
    '/api/guidelines',
    {
      schema: {
        tags,
        summary: "The guidelines of your agency's country, with their versions",
        response: { 200: z.object({ items: z.array(guidelineSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const country = (await findAgency(tx, actor.agencyId))?.country.trim();
        const rows = (await listGuidelines(tx)).filter(
          (row) => actor.skipPolicyChecks || row.country === country,
        );
        const items = [];
        for (const row of rows) items.push(await presentGuideline(tx, actor, row.id));
        return { items };
      });
    },
  );

  app.get(
    '/api/guidelines/pending',
    {
      schema: {
        tags,
        summary: 'Guideline versions your agency must acknowledge and has not',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                guidelineId: z.uuid(),
                title: z.string(),
                versionId: z.uuid(),
                version: z.number(),
                effectiveOn: z.string(),
              }),
            ),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => ({
        items: await tx.query(
          `select g.id as "guidelineId", g.title, v.id as "versionId", v.version,
                  to_char(v.effective_on, 'YYYY-MM-DD') as "effectiveOn"
             from guideline_version v join guideline g on g.id = v.guideline_id
            where $1 = any (v.required_agency_ids)
              and not exists (select 1 from guideline_acknowledgement k where k.version_id = v.id and k.agency_id = $1)
            order by v.effective_on, g.title`,
          [actor.agencyId],
        ),
      }));
    },
  );

  app.post(
    '/api/guidelines',
    {
      schema: {
        tags,
        summary: 'Issue a guideline of your country with its first version',
        body: createGuidelineSchema,
        response: { 201: guidelineSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, guidelinePolicy, 'create', undefined);
      const body = await inTenant(db, actor, async (tx) => {
        const id = await createGuideline({ tx, actor, guideline: request.body, requestId: request.id });
        return presentGuideline(tx, actor, id);
      });
      return reply.code(201).header('location', `/api/guidelines/${body.id}`).send(body);
    },
  );

  app.get(
    '/api/guidelines/:id',
    {
      schema: {
        tags,
        summary: 'A guideline, its versions and who has acknowledged each',
        params: idParams,
        response: { 200: guidelineSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const guideline = await guidelineOfCountry(tx, actor, request.params.id);
        return presentGuideline(tx, actor, guideline.id);
      });
    },
  );

  app.post(
    '/api/guidelines/:id/versions',
    {
      schema: {
        tags,
        summary: 'Issue a new version, taking effect after the latest one',
        params: idParams,
        body: versionInputSchema,
        response: { 201: guidelineSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = await inTenant(db, actor, async (tx) => {
        const guideline = await guidelineOfCountry(tx, actor, request.params.id);
        authorize(actor, guidelinePolicy, 'issue', guideline);
        const [latest] = await versionsOf(tx, guideline.id);
        await issueVersion({ tx, actor, guideline, latest, version: request.body, requestId: request.id });
        return presentGuideline(tx, actor, guideline.id);
      });
      return reply.code(201).send(body);
    },
  );

  app.post(
    '/api/guideline-versions/:id/acknowledge',
    {
      schema: {
        tags,
        summary: 'Acknowledge a version for your agency (if your agency is required to)',
        params: idParams,
        body: noBody,
        response: { 200: guidelineSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const version = await requireVersion(tx, request.params.id);
        const guideline = await guidelineOfCountry(tx, actor, version.guideline_id);
        authorize(actor, acknowledgementPolicy, 'acknowledge', version);
        await acknowledgeVersion({ tx, actor, version, requestId: request.id });
        return presentGuideline(tx, actor, guideline.id);
      });
    },
  );
}
