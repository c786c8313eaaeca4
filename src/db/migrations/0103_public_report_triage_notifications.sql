-- The triage staff of the agency a report from the public arrives at learn of it through their
-- in-app notifications (0020) and the e-mail that follows each: when the report is routed to the
-- agency on receipt, and when another agency sends it on. The notification names the report (and
-- the sending agency and the move) by id only, never the report's words. Issue 10, decision 0039.

-- Notifies every active user who triages the reports of the report's current agency (none if the
-- agency is inactive), queues their e-mails and returns the notifications' ids. The caller is the reception (run as the
-- tables' owner) or the move below; lindung_app may not call it, so nobody notifies at will.
-- (Its parameters' names are no column's: in a SQL function a column would win, and public_report
-- has a column `what` holding the report's words.)
create function lindung_notify_public_report_triage(notified_report uuid, notice_kind text, notice_detail jsonb)
  returns setof uuid
  language sql volatile security definer set search_path = public, pg_temp
  as $$
    with notified as (
      insert into notification (agency_id, user_id, kind, detail)
      select r.agency_id, u.id, notice_kind, jsonb_build_object('reportId', r.id) || notice_detail
        from public_report r
        join agency a on a.id = r.agency_id and a.active
        join app_user u on u.active
       where r.id = notified_report
         and exists (select 1 from membership m
                       join role_permission rp on rp.role_code = m.role_code
                      where m.user_id = u.id and m.agency_id = r.agency_id
                        and rp.permission = 'public_report:triage')
      returning id
    ), mailed as (
      -- The job that e-mails a notification (src/modules/deadlines/reminders.ts, reminderEmailJob),
      -- queued here because lindung_app may not queue with enqueueJob's "on conflict" (it would
      -- need to read the job table).
      insert into job (kind, payload, singleton_key)
      select 'deadlines.reminder_email', jsonb_build_object('notificationId', id), id::text from notified
    )
    select id from notified
  $$;
revoke all on function lindung_notify_public_report_triage(uuid, text, jsonb) from public;

-- 0100's move, which now also notifies the receiving agency's triage staff and returns the
-- notifications' ids. Its checks are unchanged.
drop function lindung_reroute_public_report(uuid, uuid, text);
create function lindung_reroute_public_report(target uuid, receiver uuid, why text) returns setof uuid
  language plpgsql security definer set search_path = public, pg_temp
  as $$
  declare
    found public_report%rowtype;
    move uuid;
  begin
    select * into found from public_report r where r.id = target for update;
    if found.id is null or not lindung_can('public_report:triage')
       or found.agency_id is distinct from lindung_agency_id() then
      raise exception 'not a report of your agency''s triage queue' using errcode = 'insufficient_privilege';
    end if;
    if found.status in ('closed', 'converted') then
      raise exception 'report % is closed', target using errcode = '23514', constraint = 'public_report_reroute_open';
    end if;
    if not exists (select 1 from agency a where a.id = receiver and a.active and a.id <> found.agency_id
                   and a.country = found.country
                   and a.type in ('law_enforcement', 'immigration', 'labour', 'welfare', 'prosecution',
                                  'coordinating_body')) then
      raise exception 'agency % does not take reports of this country', receiver
        using errcode = '23514', constraint = 'public_report_reroute_receiver';
    end if;
    insert into public_report_routing (report_id, from_agency_id, to_agency_id, reason, routed_by)
      values (target, found.agency_id, receiver, why, lindung_user_id())
      returning id into move;
    update public_report set agency_id = receiver, updated_at = now() where id = target;
    update public_report_message set agency_id = receiver where report_id = target;
    update public_report_attachment set agency_id = receiver where report_id = target;
    return query select lindung_notify_public_report_triage(target, 'public_report.rerouted',
      jsonb_build_object('fromAgencyId', found.agency_id, 'routingId', move));
  end
  $$;
revoke all on function lindung_reroute_public_report(uuid, uuid, text) from public;
grant execute on function lindung_reroute_public_report(uuid, uuid, text) to lindung_app;
