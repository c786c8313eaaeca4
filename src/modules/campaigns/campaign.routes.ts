import { z } from 'zod';
import type { Tx } from '../../db/db.ts';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { type Actor, authorize } from '../../policy/policy.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { findAgency } from '../agencies/index.ts';
import { addEvent, addMaterial, createCampaign } from './campaign.commands.ts';
import { campaignPolicy } from './campaign.policy.ts';
import { type CampaignRow, eventsOf, listCampaigns, materialsOf, requireCampaign } from './campaign.repo.ts';
import {
  campaignInputSchema,
  campaignSchema,
  eventInputSchema,
  materialInputSchema,
} from './campaign.schema.ts';

const tags = ['campaigns'];
const idParams = z.strictObject({ id: z.uuid() });

async function ofCountry(tx: Tx, actor: Actor, id: string): Promise<CampaignRow> {
  const campaign = await requireCampaign(tx, id);
  if (
    !actor.skipPolicyChecks &&
    campaign.country !== (await findAgency(tx, actor.agencyId))?.country.trim()
  ) {
    throw new NotFoundError('campaign');
  }
  return campaign;
}

async function present(tx: Tx, row: CampaignRow) {
  const events = await eventsOf(tx, row.id);
  return {
    id: row.id,
    agencyId: row.agency_id,
    title: row.title,
    audiences: row.audiences,
    languages: row.languages,
    channels: row.channels,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    activityId: row.activity_id,
    activityTitle: row.activity_title,
    events: events.map((e) => ({
      id: e.id,
      city: e.city,
      heldOn: e.held_on,
      audience: e.audience,
      partnerIds: e.partner_ids,
      attendance: e.attendance,
      reach: e.reach,
    })),
    materials: await materialsOf(tx, row.id),
    totals: {
      events: events.length,
      cities: new Set(events.map((e) => e.city.toLowerCase())).size,
      attendance: events.reduce((sum, e) => sum + e.attendance, 0),
      reach: events.reduce((sum, e) => sum + e.reach, 0),
    },
  };
}

/** Awareness campaigns: events in cities with attendance and reach, a materials library. */
export function registerCampaignRoutes(app: App, { db }: Services): void {
  app.get(
    '/api/campaigns',
    {
      schema: {
        tags,
        summary: "The awareness campaigns of your agency's country, latest first",
        response: { 200: z.object({ items: z.array(campaignSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const country = (await findAgency(tx, actor.agencyId))?.country.trim();
        const items = [];
        for (const row of await listCampaigns(tx)) {
          if (actor.skipPolicyChecks || row.country === country) items.push(await present(tx, row));
        }
        return { items };
      });
    },
  );

  app.post(
    '/api/campaigns',
    {
      schema: {
        tags,
        summary: 'Start a campaign of your country, optionally carrying out an action-plan activity',
        body: campaignInputSchema,
        response: { 201: campaignSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, campaignPolicy, 'create', undefined);
      const body = await inTenant(db, actor, async (tx) => {
        const id = await createCampaign({ tx, actor, campaign: request.body, requestId: request.id });
        return present(tx, await requireCampaign(tx, id));
      });
      return reply.code(201).header('location', `/api/campaigns/${body.id}`).send(body);
    },
  );

  app.get(
    '/api/campaigns/:id',
    {
      schema: {
        tags,
        summary: 'A campaign with its events, materials and totals of attendance and reach',
        params: idParams,
        response: { 200: campaignSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => present(tx, await ofCountry(tx, actor, request.params.id)));
    },
  );

  app.post(
    '/api/campaigns/:id/events',
    {
      schema: {
        tags,
        summary: 'Record an event of the campaign (city, date, audience, partners, attendance, reach)',
        params: idParams,
        body: eventInputSchema,
        response: { 201: campaignSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = await inTenant(db, actor, async (tx) => {
        const campaign = await ofCountry(tx, actor, request.params.id);
        authorize(actor, campaignPolicy, 'run', campaign);
        await addEvent({ tx, actor, campaign, event: request.body, requestId: request.id });
        return present(tx, campaign);
      });
      return reply.code(201).send(body);
    },
  );

  app.post(
    '/api/campaigns/:id/materials',
    {
      schema: {
        tags,
        summary: 'Add a material to the campaign’s library (poster, leaflet, video… by language)',
        params: idParams,
        body: materialInputSchema,
        response: { 201: campaignSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = await inTenant(db, actor, async (tx) => {
        const campaign = await ofCountry(tx, actor, request.params.id);
        authorize(actor, campaignPolicy, 'run', campaign);
        await addMaterial({ tx, actor, campaign, material: request.body, requestId: request.id });
        return present(tx, campaign);
      });
      return reply.code(201).send(body);
    },
  );
}
