import type { Config } from '../../config.ts';
import type { Db, Queryable, Tx } from '../../db/db.ts';
import { enqueueJob, type JobHandler } from '../../jobs/queue.ts';
import { answeredByPermission } from './deadline-sources.ts';
import type { Mailer } from './mailer.ts';
import { notificationText } from './notification.presenter.ts';

export const sweepRemindersJob = 'deadlines.sweep_reminders';
export const reminderEmailJob = 'deadlines.reminder_email';
const sweepEveryMs = 15 * 60_000;

/** Queues the sweep for the quarter hour starting at `at`; the quarter is the singleton key. */
export function scheduleReminderSweep(queryable: Queryable, at = new Date()): Promise<string> {
  const slot = new Date(Math.floor(at.getTime() / sweepEveryMs) * sweepEveryMs);
  return enqueueJob(queryable, { kind: sweepRemindersJob, runAt: at, singletonKey: slot.toISOString() });
}

interface SentReminder {
  notification_id: string;
  user_id: string;
}

/**
 * Sends the reminders that have come due: for each open deadline not yet past, each lead (days
 * before its date, 0 = the due day) whose moment — midnight starting that day in the agency's
 * time zone — has passed. Inserting into `deadline_reminder` and reading back what was inserted
 * is one statement: when two processes sweep at once, the primary key lets one of them send each
 * reminder. When several leads pass together (a deadline registered two days before), they are
 * all marked sent and the owner gets one notification, for the nearest; a deadline without an
 * owner notifies the agency's members who meet it (`answeredByPermission`). Runs as the platform.
 */
export async function sweepReminders(
  tx: Tx,
  options: { readonly leadDays: readonly number[]; readonly now?: Date },
): Promise<SentReminder[]> {
  if (options.leadDays.length === 0) return [];
  const rows = await tx.query<SentReminder>(
    `with due as (
       select d.id, d.agency_id, d.owner_user_id, d.case_id, d.source_kind, d.source_id, d.due_on, l.lead_days
         from deadline d
         join agency a on a.id = d.agency_id
         cross join unnest($1::int[]) as l (lead_days)
        where d.status = 'open'
          and d.due_at > $2::timestamptz
          and ((d.due_on - l.lead_days)::timestamp at time zone a.time_zone) <= $2::timestamptz
     ), sent as (
       insert into deadline_reminder (deadline_id, lead_days, due_on)
       select id, lead_days, due_on from due
       on conflict do nothing
       returning deadline_id, lead_days
     ), nearest as (
       select distinct on (d.id) d.*, s.lead_days as sent_lead
         from sent s join due d on d.id = s.deadline_id and d.lead_days = s.lead_days
        order by d.id, s.lead_days
     ), recipient as (
       select n.id, n.owner_user_id as user_id from nearest n where n.owner_user_id is not null
       union
       select n.id, m.user_id
         from nearest n
         join unnest($3::text[], $4::text[]) as r (source_kind, permission) on r.source_kind = n.source_kind
         join membership m on m.agency_id = n.agency_id
         join app_user u on u.id = m.user_id and u.active
        where n.owner_user_id is null and r.permission = any (lindung_permissions(m.user_id, m.agency_id))
     )
     insert into notification (agency_id, user_id, kind, deadline_id, detail)
     select n.agency_id, r.user_id, 'deadline.reminder', n.id,
            jsonb_build_object('sourceKind', n.source_kind, 'sourceId', n.source_id, 'caseId', n.case_id,
              'caseReference', c.reference, 'dueOn', to_char(n.due_on, 'YYYY-MM-DD'), 'leadDays', n.sent_lead)
       from nearest n join recipient r on r.id = n.id left join case_file c on c.id = n.case_id
     returning id as notification_id, user_id`,
    [
      options.leadDays,
      options.now ?? new Date(),
      Object.keys(answeredByPermission),
      Object.values(answeredByPermission),
    ],
  );
  for (const row of rows) {
    await enqueueJob(tx, {
      kind: reminderEmailJob,
      payload: { notificationId: row.notification_id },
      singletonKey: row.notification_id,
    });
  }
  return rows;
}

/** Every quarter hour: sends reminders due, then queues the next sweep. */
export function sweepRemindersHandler(db: Db, config: Pick<Config, 'deadlines'>): JobHandler {
  return async () => {
    await db.transaction(async (tx) => {
      await sweepReminders(tx, { leadDays: config.deadlines.reminderDays });
      await scheduleReminderSweep(tx, new Date(Date.now() + sweepEveryMs));
    });
  };
}

/** E-mails one notification (a reminder, a report arrived for triage) to its user, in their language. */
export function reminderEmailHandler(db: Db, mailer: Mailer): JobHandler {
  return async (job) => {
    const notificationId = String(job.payload.notificationId);
    const [row] = await db.query<{
      email: string;
      locale: string;
      user_id: string;
      kind: string;
      detail: Record<string, unknown>;
    }>(
      `select u.email, u.locale, u.id as user_id, n.kind, n.detail
         from notification n join app_user u on u.id = n.user_id
        where n.id = $1 and u.active`,
      [notificationId],
    );
    if (!row) return;
    const text = notificationText(row.kind, row.detail, row.locale);
    await mailer.send({
      to: row.email,
      subject: text.title,
      text: text.body,
      tag: { notificationId, userId: row.user_id },
    });
  };
}
