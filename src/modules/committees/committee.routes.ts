import { z } from 'zod';
import type { Tx } from '../../db/db.ts';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { ifMatchHeaders, versionEtag, versionOfIfMatch } from '../../http/if-match.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { type Actor, authorize } from '../../policy/policy.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { findAgency } from '../agencies/index.ts';
import {
  createCommittee,
  createMeeting,
  recordMeeting,
  setCommitteeMembers,
  updateActionItem,
} from './committee.commands.ts';
import { committeeLabels } from './committee.labels.ts';
import { actionItemPolicy, committeePolicy } from './committee.policy.ts';
import {
  type ActionItemRow,
  type CommitteeRow,
  listCommittees,
  meetingDetail,
  requireActionItem,
  requireCommittee,
  requireMeeting,
} from './committee.repo.ts';
import {
  actionItemSchema,
  committeeSchema,
  createCommitteeSchema,
  createMeetingSchema,
  meetingSchema,
  recordMeetingSchema,
  setMembersSchema,
  updateActionItemSchema,
} from './committee.schema.ts';

const tags = ['committees'];
const idParams = z.strictObject({ id: z.uuid() });
const labelsSchema = z.record(
  z.string(),
  z.object({ en: z.string(), ms: z.string(), id: z.string(), vi: z.string() }),
);

const presentCommittee = (row: CommitteeRow) => ({
  id: row.id,
  agencyId: row.agency_id,
  country: row.country,
  parentId: row.parent_id,
  name: row.name,
  version: row.version,
  members: row.members as z.infer<typeof committeeSchema>['members'],
});
const presentItem = (row: ActionItemRow) => ({
  id: row.id,
  committeeId: row.committee_id,
  meetingId: row.meeting_id,
  title: row.title,
  ownerAgencyId: row.owner_agency_id,
  dueOn: row.due_on,
  status: row.status,
});

/** A committee of the actor's country; another country's is not found (the database says the same). */
async function committeeOfCountry(tx: Tx, actor: Actor, id: string) {
  const committee = await requireCommittee(tx, id);
  if (
    !actor.skipPolicyChecks &&
    committee.country !== (await findAgency(tx, actor.agencyId))?.country.trim()
  ) {
    throw new NotFoundError('committee');
  }
  return committee;
}

async function presentMeeting(tx: Tx, id: string) {
  const meeting = await requireMeeting(tx, id);
  const detail = await meetingDetail(tx, meeting);
  return {
    id: meeting.id,
    committeeId: meeting.committee_id,
    heldOn: meeting.held_on,
    place: meeting.place,
    agenda: meeting.agenda,
    minutes: meeting.minutes,
    recorded: meeting.recorded_at !== null,
    attendance: detail.attendance,
    decisions: detail.decisions,
    actionItems: detail.raised.map(presentItem),
    carriedItems: detail.carried.map(presentItem),
  };
}

/** Committees, their meetings, decisions and action items. */
export function registerCommitteeRoutes(app: App, { db }: Services): void {
  app.get(
    '/api/committees/options',
    {
      schema: {
        tags,
        summary: 'Member roles and action item statuses, with labels in en, ms, id and vi',
        response: {
          200: z.object({ memberRole: labelsSchema, actionItemStatus: labelsSchema }),
          ...problemResponses,
        },
      },
    },
    async () => committeeLabels,
  );

  app.get(
    '/api/committees',
    {
      schema: {
        tags,
        summary: "The committees of your agency's country",
        response: { 200: z.object({ items: z.array(committeeSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const country = (await findAgency(tx, actor.agencyId))?.country.trim();
        const rows = (await listCommittees(tx)).filter(
          (row) => actor.skipPolicyChecks || row.country === country,
        );
        return { items: rows.map(presentCommittee) };
      });
    },
  );

  app.post(
    '/api/committees',
    {
      schema: {
        tags,
        summary: 'Create a committee (your agency its secretariat) with its member agencies and their roles',
        body: createCommitteeSchema,
        response: { 201: committeeSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, committeePolicy, 'create', undefined);
      const body = await inTenant(db, actor, async (tx) =>
        presentCommittee(
          await requireCommittee(
            tx,
            await createCommittee({ tx, actor, committee: request.body, requestId: request.id }),
          ),
        ),
      );
      return reply.code(201).header('location', `/api/committees/${body.id}`).send(body);
    },
  );

  app.get(
    '/api/committees/:id',
    {
      schema: {
        tags,
        summary: 'A committee and its members',
        params: idParams,
        response: { 200: committeeSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const committee = await inTenant(db, actor, (tx) => committeeOfCountry(tx, actor, request.params.id));
      return reply.header('etag', versionEtag(committee.version)).send(presentCommittee(committee));
    },
  );

  app.put(
    '/api/committees/:id/members',
    {
      schema: {
        tags,
        summary:
          "Set a committee's member agencies and roles on the version you read (If-Match): those left out are removed; 412 if they changed since",
        params: idParams,
        headers: ifMatchHeaders,
        body: setMembersSchema,
        response: { 200: committeeSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, committeePolicy, 'keep', undefined);
      const committee = await inTenant(db, actor, async (tx) => {
        const committee = await committeeOfCountry(tx, actor, request.params.id);
        authorize(actor, committeePolicy, 'keep', committee);
        const version = versionOfIfMatch(request.headers['if-match']);
        await setCommitteeMembers({
          tx,
          actor,
          committee,
          version,
          members: request.body.members,
          requestId: request.id,
        });
        return requireCommittee(tx, committee.id);
      });
      return reply.header('etag', versionEtag(committee.version)).send(presentCommittee(committee));
    },
  );

  app.get(
    '/api/committees/:id/meetings',
    {
      schema: {
        tags,
        summary: "A committee's meetings, latest first",
        params: idParams,
        response: { 200: z.object({ items: z.array(meetingSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const committee = await committeeOfCountry(tx, actor, request.params.id);
        const ids = await tx.query<{ id: string }>(
          'select id from meeting where committee_id = $1 order by held_on desc, created_at desc',
          [committee.id],
        );
        const items = [];
        for (const { id } of ids) items.push(await presentMeeting(tx, id));
        return { items };
      });
    },
  );

  app.post(
    '/api/committees/:id/meetings',
    {
      schema: {
        tags,
        summary:
          'Schedule a meeting with its agenda; open action items of earlier meetings are carried to it',
        params: idParams,
        body: createMeetingSchema,
        response: { 201: meetingSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = await inTenant(db, actor, async (tx) => {
        const committee = await committeeOfCountry(tx, actor, request.params.id);
        authorize(actor, committeePolicy, 'keep', committee);
        const id = await createMeeting({
          tx,
          actor,
          committee,
          meeting: request.body,
          requestId: request.id,
        });
        return presentMeeting(tx, id);
      });
      return reply.code(201).header('location', `/api/meetings/${body.id}`).send(body);
    },
  );

  app.get(
    '/api/meetings/:id',
    {
      schema: {
        tags,
        summary: 'A meeting: agenda, attendance, minutes, decisions, action items raised and carried',
        params: idParams,
        response: { 200: meetingSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const meeting = await requireMeeting(tx, request.params.id);
        await committeeOfCountry(tx, actor, meeting.committee_id);
        return presentMeeting(tx, meeting.id);
      });
    },
  );

  app.post(
    '/api/meetings/:id/record',
    {
      schema: {
        tags,
        summary:
          'Record a meeting once: attendance, minutes, decisions (linked to plan activities) and action items',
        params: idParams,
        body: recordMeetingSchema,
        response: { 200: meetingSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const meeting = await requireMeeting(tx, request.params.id);
        const committee = await committeeOfCountry(tx, actor, meeting.committee_id);
        authorize(actor, committeePolicy, 'keep', committee);
        await recordMeeting({ tx, actor, committee, meeting, record: request.body, requestId: request.id });
        return presentMeeting(tx, meeting.id);
      });
    },
  );

  app.patch(
    '/api/action-items/:id',
    {
      schema: {
        tags,
        summary: "Change an action item's status (the secretariat, or the owner agency)",
        params: idParams,
        body: updateActionItemSchema,
        response: { 200: actionItemSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const item = await requireActionItem(tx, request.params.id);
        const committee = await committeeOfCountry(tx, actor, item.committee_id);
        authorize(actor, actionItemPolicy, 'update', { ...item, secretariat: committee.agency_id });
        await updateActionItem({ tx, actor, item, status: request.body.status, requestId: request.id });
        return presentItem(await requireActionItem(tx, item.id));
      });
    },
  );
}
