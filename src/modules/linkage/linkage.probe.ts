import { recordAudit } from '../../audit/audit.ts';
import type { Tx } from '../../db/db.ts';
import { enqueueJob } from '../../jobs/queue.ts';
import { platformActor } from '../../policy/policy.ts';
import { reminderEmailJob } from '../deadlines/index.ts';

/** What a probe alert counts over (decision 0050). */
export const probeWindowHours = 24;

/** What the match across agencies needs to tell probing: how many persons of one user raise an alert. */
export interface ProbeAlertOptions {
  /** Persons newly recorded by one user within a day that raised a hint across agencies (LINDUNG_LINKAGE_PROBE_ALERT_PERSONS). */
  readonly probeAlertPersons: number;
}

interface ProbeAlert {
  id: string;
  user_id: string;
  agency_id: string;
  persons: number;
}

/**
 * Raises a security alert for each user whose persons recorded in the last day raised hints across
 * agencies for at least `probeAlertPersons` distinct persons — what someone probing which agency
 * holds a victim would do — once a day per user: an audit entry on the user and a notification (and
 * its e-mail) to the administrators of the user's agency. Neither names a person: they say who
 * recorded how many. `recordedBy`: the persons scored now (their recorders are checked); every
 * recorder of the last day when absent. Runs as the database owner in the match's transaction.
 */
export async function raiseProbeAlerts(
  tx: Tx,
  options: ProbeAlertOptions & { readonly scored?: readonly string[] | undefined },
): Promise<number> {
  // One alert a day per user, also when two matches finish together.
  await tx.query("select pg_advisory_xact_lock(hashtext('linkage_probe_alert'))");
  const alerts = await tx.query<ProbeAlert>(
    `with recorded as (
       select p.created_by as user_id, p.agency_id, count(*)::integer as persons
         from person p
        where p.created_at > now() - make_interval(hours => $3)
          and p.created_by is not null and p.created_by <> $4::uuid
          -- The recorders' persons of the day by their index (person_created_by), not every
          -- hint's person: the planner, guessing, drove this from all hints (380 ms at 5,600).
          and ($1::uuid[] is null
               or p.created_by = any (array(select s.created_by from person s where s.id = any ($1::uuid[]))))
          and exists (select 1 from person_match_hint h where h.person_id = p.id)
        group by p.created_by, p.agency_id
       having count(*) >= $2
     )
     insert into linkage_probe_alert (user_id, agency_id, persons)
     select r.user_id, r.agency_id, r.persons from recorded r
      where not exists (select 1 from linkage_probe_alert a
                         where a.user_id = r.user_id and a.raised_at > now() - make_interval(hours => $3))
     returning id, user_id, agency_id, persons`,
    [options.scored ?? null, options.probeAlertPersons, probeWindowHours, platformActor.userId],
  );
  for (const alert of alerts) await announce(tx, alert);
  return alerts.length;
}

/** The audit entry and the agency administrators' notifications of one alert. */
async function announce(tx: Tx, alert: ProbeAlert): Promise<void> {
  const detail = {
    alertId: alert.id,
    userId: alert.user_id,
    persons: alert.persons,
    hours: probeWindowHours,
  };
  await recordAudit(tx, {
    actorUserId: platformActor.userId,
    agencyId: alert.agency_id,
    action: 'linkage.probe_suspected',
    subject: { type: 'user', id: alert.user_id },
    detail: { ...detail, by: platformActor.via },
  });
  const notified = await tx.query<{ id: string }>(
    `insert into notification (agency_id, user_id, kind, detail)
     select m.agency_id, u.id, 'linkage.probe_suspected', $2::jsonb
       from membership m join app_user u on u.id = m.user_id and u.active
      where m.agency_id = $1 and 'user:manage' = any (lindung_permissions(m.user_id, m.agency_id))
     returning id`,
    [alert.agency_id, JSON.stringify(detail)],
  );
  for (const { id } of notified) {
    await enqueueJob(tx, { kind: reminderEmailJob, payload: { notificationId: id }, singletonKey: id });
  }
}
