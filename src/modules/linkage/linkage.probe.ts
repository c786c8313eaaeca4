import { recordAudit } from '../../audit/audit.ts';
import type { Tx } from '../../db/db.ts';
import { enqueueJob } from '../../jobs/queue.ts';
import { platformActor } from '../../policy/policy.ts';
import { reminderEmailJob } from '../deadlines/index.ts';

/** What a probe alert counts over (decision 0050). */
export const probeWindowHours = 24;

/** What the match across agencies needs to tell probing: how many persons of one user raise an alert. */
export interface ProbeAlertOptions {
  /** Recordings and edits of persons by one user within a day followed by a hint across agencies (LINDUNG_LINKAGE_PROBE_ALERT_PERSONS). */
  readonly probeAlertPersons: number;
}

interface ProbeAlert {
  id: string;
  user_id: string;
  agency_id: string;
  persons: number;
}

/**
 * Raises a security alert for each user whose recordings and edits of who a person is (names,
 * birth, sex, nationality, documents) were followed by hints across agencies at least
 * `probeAlertPersons` times within the last day — what someone probing which agency holds a
 * victim would do, by recording persons or by editing one record again and again (its passport
 * number set to one victim's after another, decision 0129) — once a day per user: an audit entry
 * on the user and a notification (and its e-mail) to the administrators of the user's agency.
 * Neither names a person: they say who, how many times. `scored`: the persons scored now (their
 * changes are counted, their changers checked); every change of the last day when absent. Runs
 * as the database owner in the match's transaction.
 */
export async function raiseProbeAlerts(
  tx: Tx,
  options: ProbeAlertOptions & { readonly scored?: readonly string[] | undefined },
): Promise<number> {
  // One alert a day per user, also when two matches finish together.
  await tx.query("select pg_advisory_xact_lock(hashtext('linkage_probe_alert'))");
  await purgeProbeHits(tx);
  // Each change followed by a hint, once: the person's last change of who she is (its creation
  // until an edit), by whoever made it.
  await tx.query(
    `insert into linkage_probe_hit (person_id, changed_at, user_id, agency_id)
     select p.id, coalesce(p.identity_changed_at, p.created_at), coalesce(p.identity_changed_by, p.created_by),
            p.agency_id
       from person p
      where ($1::uuid[] is null or p.id = any ($1::uuid[]))
        and coalesce(p.identity_changed_at, p.created_at) > now() - make_interval(hours => $2)
        and coalesce(p.identity_changed_by, p.created_by) <> $3::uuid
        and exists (select 1 from person_match_hint h where h.person_id = p.id)
     on conflict do nothing`,
    [options.scored ?? null, probeWindowHours, platformActor.userId],
  );
  const alerts = await tx.query<ProbeAlert>(
    `with counted as (
       select x.user_id, x.agency_id, count(*)::integer as persons
         from linkage_probe_hit x
        where x.changed_at > now() - make_interval(hours => $3)
          and ($1::uuid[] is null
               or x.user_id = any (array(select coalesce(s.identity_changed_by, s.created_by)
                                           from person s where s.id = any ($1::uuid[]))))
        group by x.user_id, x.agency_id
       having count(*) >= $2
     )
     insert into linkage_probe_alert (user_id, agency_id, persons)
     select c.user_id, c.agency_id, c.persons from counted c
      where not exists (select 1 from linkage_probe_alert a
                         where a.user_id = c.user_id and a.raised_at > now() - make_interval(hours => $3))
     returning id, user_id, agency_id, persons`,
    [options.scored ?? null, options.probeAlertPersons, probeWindowHours],
  );
  for (const alert of alerts) await announce(tx, alert);
  return alerts.length;
}

/**
 * Forgets the changes followed by a hint that are older than the alert's window: a match forgets
 * them before it counts, and the hourly housekeeping (auth.purge_sessions) also when no match runs,
 * so that a day's quiet keeps no trace of who changed which person. As the database owner.
 */
export async function purgeProbeHits(tx: Tx): Promise<void> {
  await tx.query('delete from linkage_probe_hit where changed_at <= now() - make_interval(hours => $1)', [
    probeWindowHours,
  ]);
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
