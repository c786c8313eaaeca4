import { z } from 'zod';
import { recordRead } from '../../audit/audit.ts';
import type { Tx } from '../../db/db.ts';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { type Actor, authorize } from '../../policy/policy.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { agencyToday } from '../agencies/index.ts';
import { changePartner, createPartner, recordMou } from './partner.commands.ts';
import { partnerLabels } from './partner.labels.ts';
import { partnerPolicy } from './partner.policy.ts';
import { listPartners, mousOf, type PartnerRow, requirePartner } from './partner.repo.ts';
import {
  mouInputSchema,
  partnerChangeSchema,
  partnerInputSchema,
  partnerQuerySchema,
  partnerSchema,
  partnerSummarySchema,
  referralTargetQuerySchema,
  referralTargetSchema,
} from './partner.schema.ts';
import { directoryCountries, referralTargets } from './referral-targets.ts';

const tags = ['partners'];
const idParams = z.strictObject({ id: z.uuid() });
const labelsSchema = z.record(
  z.string(),
  z.object({ en: z.string(), ms: z.string(), id: z.string(), vi: z.string() }),
);
/** An MoU expiring within this many days is flagged. */
const expiringDays = 90;

const summary = (row: PartnerRow) => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  services: row.services,
  regions: row.regions,
  languages: row.languages,
  networkMember: row.network_member,
  memberSince: row.member_since,
  linkedAgencyId: row.linked_agency_id,
  nextMouExpiry: row.next_mou_expiry,
});

async function ofCountry(tx: Tx, actor: Actor, id: string): Promise<PartnerRow> {
  const partner = await requirePartner(tx, id);
  if (!actor.skipPolicyChecks && !(await directoryCountries(tx, actor.agencyId)).has(partner.country)) {
    throw new NotFoundError('partner');
  }
  return partner;
}

async function present(tx: Tx, actor: Actor, id: string, requestId: string) {
  const row = await requirePartner(tx, id);
  const today = await agencyToday(tx, actor.agencyId);
  const soon = new Date(`${today}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + expiringDays);
  const horizon = soon.toISOString().slice(0, 10);
  // The focal point's contact details are personal data: reading them is audited.
  if (row.contact_name || row.contact_email || row.contact_phone) {
    await recordRead(tx, { actor, subject: { type: 'partner', id }, requestId });
  }
  return {
    ...summary(row),
    agencyId: row.agency_id,
    country: row.country,
    contactName: row.contact_name,
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
    website: row.website,
    mous: (await mousOf(tx, id)).map((m) => ({
      id: m.id,
      title: m.title,
      signedOn: m.signed_on,
      expiresOn: m.expires_on,
      state: m.expires_on < today ? 'expired' : m.expires_on <= horizon ? 'expiring' : 'in_force',
    })) as {
      id: string;
      title: string;
      signedOn: string;
      expiresOn: string;
      state: 'in_force' | 'expiring' | 'expired';
    }[],
  };
}

/** The partner network: directory, membership, MoUs with expiry deadlines, referral targets. */
export function registerPartnerRoutes(app: App, { db }: Services): void {
  app.get(
    '/api/partners/options',
    {
      schema: {
        tags,
        summary: 'Kinds of partner and services, with labels in en, ms, id and vi',
        response: { 200: z.object({ kind: labelsSchema, service: labelsSchema }), ...problemResponses },
      },
    },
    async () => partnerLabels,
  );

  app.get(
    '/api/partners',
    {
      schema: {
        tags,
        summary:
          "The partner directory of your agency's country (an embassy's also of its host country), filtered by kind, service, region, language or membership",
        querystring: partnerQuerySchema,
        response: { 200: z.object({ items: z.array(partnerSummarySchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { member, ...filter } = request.query;
      return inTenant(db, actor, async (tx) => {
        const countries = await directoryCountries(tx, actor.agencyId);
        const rows = await listPartners(tx, {
          ...filter,
          member: member === undefined ? undefined : member === 'true',
        });
        return {
          items: rows.filter((row) => actor.skipPolicyChecks || countries.has(row.country)).map(summary),
        };
      });
    },
  );

  app.get(
    '/api/partners/referral-targets',
    {
      schema: {
        tags,
        summary:
          'The partner directory as referral receivers (optionally offering a service, in a region, a language): partners that are agencies on the platform first, the others with the reason they cannot receive one',
        querystring: referralTargetQuerySchema,
        response: { 200: z.object({ items: z.array(referralTargetSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => ({
        items: (await referralTargets(tx, actor, request.query)).map((target) => ({
          ...summary(target.partner),
          receiver: target.receiver,
          selectable: target.notSelectableBecause === null,
          notSelectableBecause: target.notSelectableBecause,
        })),
      }));
    },
  );

  app.post(
    '/api/partners',
    {
      schema: {
        tags,
        summary: 'Add a partner to the directory of your country',
        body: partnerInputSchema,
        response: { 201: partnerSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, partnerPolicy, 'create', undefined);
      const body = await inTenant(db, actor, async (tx) => {
        const id = await createPartner({ tx, actor, partner: request.body, requestId: request.id });
        return present(tx, actor, id, request.id);
      });
      return reply.code(201).header('location', `/api/partners/${body.id}`).send(body);
    },
  );

  app.get(
    '/api/partners/:id',
    {
      schema: {
        tags,
        summary: 'A partner with its contact and MoUs (reading the contact is audited)',
        params: idParams,
        response: { 200: partnerSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const partner = await ofCountry(tx, actor, request.params.id);
        return present(tx, actor, partner.id, request.id);
      });
    },
  );

  app.patch(
    '/api/partners/:id',
    {
      schema: {
        tags,
        summary: 'Change a partner your agency keeps (only the fields given)',
        params: idParams,
        body: partnerChangeSchema,
        response: { 200: partnerSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const partner = await ofCountry(tx, actor, request.params.id);
        authorize(actor, partnerPolicy, 'keep', partner);
        await changePartner({ tx, actor, partner, change: request.body, requestId: request.id });
        return present(tx, actor, partner.id, request.id);
      });
    },
  );

  app.post(
    '/api/partners/:id/mous',
    {
      schema: {
        tags,
        summary: 'Record an MoU with a partner; its expiry becomes a deadline with reminders',
        params: idParams,
        body: mouInputSchema,
        response: { 201: partnerSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = await inTenant(db, actor, async (tx) => {
        const partner = await ofCountry(tx, actor, request.params.id);
        authorize(actor, partnerPolicy, 'keep', partner);
        await recordMou({ tx, actor, partner, mou: request.body, requestId: request.id });
        return present(tx, actor, partner.id, request.id);
      });
      return reply.code(201).send(body);
    },
  );
}
