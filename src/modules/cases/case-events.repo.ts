import type { Tx } from '../../db/db.ts';
import type { CaseEventKind } from '../../shared/case-event-kinds.ts';

/** The case's timeline: its events written and read (the kinds are a closed list, decision 0094). */

export async function recordCaseEvent(
  tx: Tx,
  event: {
    caseId: string;
    agencyId: string;
    actorUserId: string;
    kind: CaseEventKind;
    detail?: Record<string, unknown>;
  },
): Promise<void> {
  await tx.query(
    'insert into case_event (case_id, agency_id, actor_user_id, kind, detail) values ($1, $2, $3, $4, $5)',
    [event.caseId, event.agencyId, event.actorUserId, event.kind, JSON.stringify(event.detail ?? {})],
  );
}

/**
 * Records an event about a person on each of the agency's cases the person is in (a consent
 * recorded or withdrawn, a screening completed, an identification decision): the timeline of
 * every such case shows it. Only the agency's own cases: another agency's case with the same
 * person is its own to write (row-level security would refuse it anyway). Cases opened later do
 * not receive the earlier events.
 */
export async function recordPersonCaseEvent(
  tx: Tx,
  event: {
    personId: string;
    agencyId: string;
    actorUserId: string;
    kind: CaseEventKind;
    detail?: Record<string, unknown>;
  },
): Promise<number> {
  const rows = await tx.query(
    `insert into case_event (case_id, agency_id, actor_user_id, kind, detail)
     select distinct cp.case_id, $2::uuid, $3::uuid, $4, $5::jsonb
       from case_person cp where cp.person_id = $1 and cp.agency_id = $2
     returning id`,
    [event.personId, event.agencyId, event.actorUserId, event.kind, JSON.stringify(event.detail ?? {})],
  );
  return rows.length;
}

/** A referral's step on the timeline, as the reader's agency may see it (decision 0062). */
export interface CaseEventReferral {
  fromAgency: { id: string; name: string; shortName: string | null };
  toAgency: { id: string; name: string; shortName: string | null };
  byAgencyId: string | null;
  onward: boolean;
  /** The acceptance note, decline or cancel reason, completion note; null where the reader's agency is not one of the referral's two. */
  reason: string | null;
}

/**
 * The case's events, oldest first. A referral's step (written by whichever agency took it) comes
 * with the two agencies' names, and the reason of a decline or cancellation read from the referral
 * itself — through its row-level security, so only when the reader's agency sent or received it:
 * the referring agency reads why its referral was declined, not why an onward one was.
 */
export async function listCaseEvents(tx: Tx, caseId: string) {
  return tx.query<{
    id: string;
    at: Date;
    actor_user_id: string | null;
    kind: CaseEventKind;
    detail: Record<string, unknown>;
    referral: CaseEventReferral | null;
  }>(
    `select e.id, e.at, e.actor_user_id, e.kind, e.detail,
            case when e.kind like 'referral.%' and fa.id is not null and ta.id is not null then json_build_object(
              'fromAgency', json_build_object('id', fa.id, 'name', fa.name, 'shortName', fa.short_name),
              'toAgency', json_build_object('id', ta.id, 'name', ta.name, 'shortName', ta.short_name),
              'byAgencyId', e.detail ->> 'byAgencyId',
              'onward', e.detail ->> 'parentReferralId' is not null,
              'reason', case e.kind when 'referral.accepted' then r.acceptance_note
                                    when 'referral.declined' then r.decline_reason
                                    when 'referral.completed' then r.completion_note
                                    when 'referral.cancelled' then r.cancel_reason end)
            end as referral
       from case_event e
       left join referral r on r.id = (e.detail ->> 'referralId')::uuid
       left join agency fa on fa.id = (e.detail ->> 'fromAgencyId')::uuid
       left join agency ta on ta.id = (e.detail ->> 'toAgencyId')::uuid
      where e.case_id = $1
      order by e.at, e.id`,
    [caseId],
  );
}
