import { auditCommand } from '../../audit/audit.ts';
import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import { AppError, type FieldProblem, RuleViolationError, ValidationError } from '../../shared/errors.ts';
import { findAgency } from '../agencies/index.ts';
import type { ActionItemRow, CommitteeRow, MeetingRow } from './committee.repo.ts';
import type { CreateCommittee, CreateMeeting, RecordMeeting, SetMembers } from './committee.schema.ts';

interface CommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly requestId: string;
}

async function agencyIdsOf(tx: Tx, country: string): Promise<Set<string>> {
  const rows = await tx.query<{ id: string }>('select id from agency where country = $1', [country]);
  return new Set(rows.map((row) => row.id));
}

/** Members must be agencies of the committee's country, each once. */
function memberProblems(members: SetMembers['members'], agencies: Set<string>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  members.forEach((member, i) => {
    if (!agencies.has(member.agencyId)) {
      problems.push({
        code: 'agency_not_of_country',
        field: `members.${i}.agencyId`,
        message: 'is not an agency of your country',
      });
    } else if (seen.has(member.agencyId)) {
      problems.push({
        code: 'member_already',
        field: `members.${i}.agencyId`,
        message: 'is a member already',
      });
    }
    seen.add(member.agencyId);
  });
  return problems;
}

/** 412: the committee's members were changed since the version the secretariat read. */
export class CommitteeChangedError extends AppError {
  constructor() {
    super(
      'committee_changed',
      412,
      "The committee's members were changed by someone else since you read them: read them again before saving.",
    );
  }
}

/**
 * Sets a committee's members on the version the secretariat read: agencies left out are removed,
 * new ones added, a changed role changed. Meetings keep the attendance they recorded. Raises the
 * version; the audit names how many were added, removed and given another role.
 */
export async function setCommitteeMembers(
  props: CommandProps & { committee: CommitteeRow; version: number; members: SetMembers['members'] },
): Promise<void> {
  const { tx, committee, version, members } = props;
  const problems = memberProblems(members, await agencyIdsOf(tx, committee.country));
  if (problems.length > 0) throw new ValidationError(problems);
  const [raised] = await tx.query<{ version: number }>(
    `update committee set version = version + 1, updated_at = now()
      where id = $1 and version = $2 returning version`,
    [committee.id, version],
  );
  if (!raised) throw new CommitteeChangedError();
  const before = new Map(committee.members.map((m) => [m.agencyId, m.role]));
  const after = new Map(members.map((m) => [m.agencyId, m.role]));
  const removed = [...before.keys()].filter((agencyId) => !after.has(agencyId));
  const added = members.filter((m) => !before.has(m.agencyId));
  const rerolled = members.filter((m) => before.has(m.agencyId) && before.get(m.agencyId) !== m.role);
  if (removed.length > 0)
    await tx.query('delete from committee_member where committee_id = $1 and agency_id = any($2::uuid[])', [
      committee.id,
      removed,
    ]);
  for (const member of rerolled)
    await tx.query('update committee_member set role = $3 where committee_id = $1 and agency_id = $2', [
      committee.id,
      member.agencyId,
      member.role,
    ]);
  for (const member of added)
    await tx.query('insert into committee_member (committee_id, agency_id, role) values ($1, $2, $3)', [
      committee.id,
      member.agencyId,
      member.role,
    ]);
  await auditCommand(
    props,
    'committee.members',
    { type: 'committee', id: committee.id },
    { version: raised.version, added: added.length, removed: removed.length, rerolled: rerolled.length },
  );
}

/** A committee of the actor's agency (its secretariat) and country, with its member agencies. */
export async function createCommittee(props: CommandProps & { committee: CreateCommittee }): Promise<string> {
  const { tx, actor, committee } = props;
  const country = (await findAgency(tx, actor.agencyId))?.country.trim() ?? '';
  const agencies = await agencyIdsOf(tx, country);
  const problems: FieldProblem[] = [];
  if (committee.parentId) {
    const [parent] = await tx.query<{ country: string }>(
      'select trim(country) as country from committee where id = $1',
      [committee.parentId],
    );
    if (!parent || parent.country !== country)
      problems.push({
        code: 'committee_not_of_country',
        field: 'parentId',
        message: 'is not a committee of your country',
      });
  }
  problems.push(...memberProblems(committee.members, agencies));
  if (problems.length > 0) throw new ValidationError(problems);
  const [row] = await tx.query<{ id: string }>(
    `insert into committee (agency_id, country, parent_id, name, created_by) values ($1, $2, $3, $4, $5) returning id`,
    [actor.agencyId, country, committee.parentId ?? null, committee.name, actor.userId],
  );
  const id = row?.id as string;
  for (const member of committee.members) {
    await tx.query('insert into committee_member (committee_id, agency_id, role) values ($1, $2, $3)', [
      id,
      member.agencyId,
      member.role,
    ]);
  }
  await auditCommand(
    props,
    'committee.create',
    { type: 'committee', id },
    { members: committee.members.length },
  );
  return id;
}

export async function createMeeting(
  props: CommandProps & { committee: CommitteeRow; meeting: CreateMeeting },
): Promise<string> {
  const { tx, actor, committee, meeting } = props;
  const [row] = await tx.query<{ id: string }>(
    `insert into meeting (committee_id, held_on, place, agenda, created_by) values ($1, $2, $3, $4::text[], $5)
     returning id`,
    [committee.id, meeting.heldOn, meeting.place, meeting.agenda, actor.userId],
  );
  const id = row?.id as string;
  await auditCommand(
    props,
    'meeting.create',
    { type: 'meeting', id },
    { committeeId: committee.id, heldOn: meeting.heldOn },
  );
  return id;
}

/**
 * Records a meeting once: attendance of member agencies, the minutes, decisions (naming action
 * plan activities of the country, if any) and the action items it raised — all or nothing.
 */
export async function recordMeeting(
  props: CommandProps & { committee: CommitteeRow; meeting: MeetingRow; record: RecordMeeting },
): Promise<void> {
  const { tx, actor, committee, meeting, record } = props;
  if (meeting.recorded_at)
    throw new RuleViolationError('meeting_recorded', 'This meeting has been recorded already.');
  const members = new Set(committee.members.map((m) => m.agencyId));
  const agencies = await agencyIdsOf(tx, committee.country);
  const activityIds = [...new Set(record.decisions.flatMap((d) => d.activityIds))];
  const known = new Set(
    (
      await tx.query<{ id: string }>(
        `select t.id from action_plan_activity t join action_plan p on p.id = t.plan_id
          where t.id = any ($1::uuid[]) and p.country = $2`,
        [activityIds, committee.country],
      )
    ).map((row) => row.id),
  );
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  record.attendance.forEach((entry, i) => {
    if (!members.has(entry.agencyId))
      problems.push({
        code: 'agency_not_member',
        field: `attendance.${i}.agencyId`,
        message: 'is not a member of the committee',
      });
    else if (seen.has(entry.agencyId))
      problems.push({ code: 'given_twice', field: `attendance.${i}.agencyId`, message: 'is given twice' });
    seen.add(entry.agencyId);
  });
  record.decisions.forEach((decision, i) => {
    decision.activityIds.forEach((activityId, j) => {
      if (!known.has(activityId)) {
        problems.push({
          code: 'activity_not_of_country',
          field: `decisions.${i}.activityIds.${j}`,
          message: "is not an activity of your country's action plans",
        });
      }
    });
  });
  record.actionItems.forEach((item, i) => {
    if (!agencies.has(item.ownerAgencyId)) {
      problems.push({
        code: 'agency_not_of_country',
        field: `actionItems.${i}.ownerAgencyId`,
        message: "is not an agency of the committee's country",
      });
    }
    if (item.dueOn < meeting.held_on)
      problems.push({
        code: 'due_before_meeting',
        field: `actionItems.${i}.dueOn`,
        message: 'is before the meeting',
      });
  });
  if (problems.length > 0) throw new ValidationError(problems);

  await tx.query('update meeting set minutes = $2, recorded_at = now(), recorded_by = $3 where id = $1', [
    meeting.id,
    record.minutes,
    actor.userId,
  ]);
  for (const entry of record.attendance) {
    await tx.query(
      'insert into meeting_attendance (meeting_id, committee_id, agency_id, present) values ($1, $2, $3, $4)',
      [meeting.id, committee.id, entry.agencyId, entry.present],
    );
  }
  for (const [position, decision] of record.decisions.entries()) {
    await tx.query(
      `insert into meeting_decision (meeting_id, committee_id, position, text, activity_ids)
       values ($1, $2, $3, $4, $5::uuid[])`,
      [meeting.id, committee.id, position, decision.text, [...new Set(decision.activityIds)]],
    );
  }
  for (const item of record.actionItems) {
    await tx.query(
      `insert into action_item (committee_id, meeting_id, title, owner_agency_id, due_on) values ($1, $2, $3, $4, $5)`,
      [committee.id, meeting.id, item.title, item.ownerAgencyId, item.dueOn],
    );
  }
  await auditCommand(
    props,
    'meeting.record',
    { type: 'meeting', id: meeting.id },
    {
      present: record.attendance.filter((a) => a.present).length,
      decisions: record.decisions.length,
      actionItems: record.actionItems.length,
    },
  );
}

export async function updateActionItem(
  props: CommandProps & { item: ActionItemRow; status: ActionItemRow['status'] },
): Promise<void> {
  const { tx, item, status } = props;
  await tx.query(
    `update action_item set status = $2::text, closed_at = case when $2::text in ('done', 'dropped') then now() end,
            updated_at = now() where id = $1`,
    [item.id, status],
  );
  await auditCommand(
    props,
    'action_item.update',
    { type: 'action_item', id: item.id },
    { from: item.status, to: status },
  );
}
