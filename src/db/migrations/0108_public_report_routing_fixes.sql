-- Corrections to routing reports from the public (decision 0039, review of migration 0100).
--
-- A declared region beats the country's default triage agency, so declaring one moves a state's
-- reports from the public to the agency: only a system administrator (agency:manage) does it, not
-- the agency's own administrator (agency:update_own) any more.
drop policy agency_region_add on agency_region;
drop policy agency_region_remove on agency_region;
create policy agency_region_add on agency_region for insert to lindung_app
  with check ((select lindung_can('agency:manage')));
create policy agency_region_remove on agency_region for delete to lindung_app
  using ((select lindung_can('agency:manage')));

-- The agency types that may receive reports from the public, said once for the database: routing
-- (routeReport) and the move below use it; a contract test holds it to the application's list
-- (triageAgencyTypes), which the API gives the web app as `receivesPublicReports`.
create function lindung_receives_public_reports(agency_type text) returns boolean
  language sql immutable parallel safe
  as $$ select agency_type in ('law_enforcement', 'immigration', 'labour', 'welfare', 'prosecution',
                               'coordinating_body') $$;

-- 0103's move (0100's, notifying the receiver), with the list above. The report's row is locked first, so a move waits for an
-- answer or question being written and moves it too, and those wait for the move (decision 0039).
create or replace function lindung_reroute_public_report(target uuid, receiver uuid, why text) returns setof uuid
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
                   and a.country = found.country and lindung_receives_public_reports(a.type)) then
      raise exception 'agency % does not take reports of this country', receiver
        using errcode = '23514', constraint = 'public_report_reroute_receiver';
    end if;
    insert into public_report_routing (report_id, from_agency_id, to_agency_id, reason, routed_by)
      values (target, found.agency_id, receiver, why, lindung_user_id())
      returning id into move;
    update public_report set agency_id = receiver, updated_at = now() where id = target;
    update public_report_message set agency_id = receiver where report_id = target;
    update public_report_attachment set agency_id = receiver where report_id = target;
    -- 0103: the receiving agency's triage staff are told (ids only).
    return query select lindung_notify_public_report_triage(target, 'public_report.rerouted',
      jsonb_build_object('fromAgencyId', found.agency_id, 'routingId', move));
  end
  $$;

-- An investigation opened from a report keeps the reporter's description of those involved too,
-- encrypted by the application like what, where and when (investigation_public_report.who).
alter table investigation_public_report add column who text;
