import type { Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';

export interface CommitteeRow {
  id: string;
  agency_id: string;
  country: string;
  parent_id: string | null;
  name: string;
  version: number;
  members: { agencyId: string; agencyName: string; role: string }[];
}

const committeeSelect = `
  select c.id, c.agency_id, trim(c.country) as country, c.parent_id, c.name, c.version,
         coalesce((select json_agg(json_build_object('agencyId', m.agency_id, 'agencyName', a.name, 'role', m.role)
                     order by a.name) from committee_member m join agency a on a.id = m.agency_id
                    where m.committee_id = c.id), '[]'::json) as members
    from committee c`;

export async function listCommittees(tx: Tx): Promise<CommitteeRow[]> {
  return tx.query<CommitteeRow>(`${committeeSelect} order by c.name, c.id`);
}

export async function requireCommittee(tx: Tx, id: string): Promise<CommitteeRow> {
  const [row] = await tx.query<CommitteeRow>(`${committeeSelect} where c.id = $1`, [id]);
  if (!row) throw new NotFoundError('committee');
  return row;
}

export interface MeetingRow {
  id: string;
  committee_id: string;
  held_on: string;
  place: string;
  agenda: string[];
  minutes: string | null;
  recorded_at: Date | null;
}

export async function requireMeeting(tx: Tx, id: string): Promise<MeetingRow> {
  const [row] = await tx.query<MeetingRow>(
    `select id, committee_id, to_char(held_on, 'YYYY-MM-DD') as held_on, place, agenda, minutes, recorded_at
       from meeting where id = $1`,
    [id],
  );
  if (!row) throw new NotFoundError('meeting');
  return row;
}

export interface ActionItemRow {
  id: string;
  committee_id: string;
  meeting_id: string;
  title: string;
  owner_agency_id: string;
  due_on: string;
  status: 'open' | 'in_progress' | 'done' | 'dropped';
}

const itemSelect = `select i.id, i.committee_id, i.meeting_id, i.title, i.owner_agency_id,
  to_char(i.due_on, 'YYYY-MM-DD') as due_on, i.status from action_item i`;

export async function requireActionItem(tx: Tx, id: string): Promise<ActionItemRow> {
  const [row] = await tx.query<ActionItemRow>(`${itemSelect} where i.id = $1`, [id]);
  if (!row) throw new NotFoundError('action_item');
  return row;
}

/** A meeting with what was recorded, the items it raised and those carried from earlier meetings. */
export async function meetingDetail(tx: Tx, meeting: MeetingRow) {
  const attendance = await tx.query<{ agencyId: string; present: boolean }>(
    `select agency_id as "agencyId", present from meeting_attendance where meeting_id = $1 order by agency_id`,
    [meeting.id],
  );
  const decisions = await tx.query<{ id: string; text: string; activityIds: string[] }>(
    `select id, text, activity_ids as "activityIds" from meeting_decision where meeting_id = $1 order by position`,
    [meeting.id],
  );
  const raised = await tx.query<ActionItemRow>(
    `${itemSelect} where i.meeting_id = $1 order by i.due_on, i.id`,
    [meeting.id],
  );
  const carried = await tx.query<ActionItemRow>(
    `${itemSelect} join meeting m on m.id = i.meeting_id
      where i.committee_id = $1 and i.status in ('open', 'in_progress')
        and (m.held_on, m.created_at) < ($2::date, (select created_at from meeting where id = $3))
      order by i.due_on, i.id`,
    [meeting.committee_id, meeting.held_on, meeting.id],
  );
  return { attendance, decisions, raised, carried };
}
