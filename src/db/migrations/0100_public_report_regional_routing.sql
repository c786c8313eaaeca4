-- Routing reports from the public by region (issue 10, decision 0039). An agency declares the
-- regions of its country it covers (ISO 3166-2 codes, e.g. MY-12 for Sabah); one agency per
-- country may be its default triage agency, which receives the reports no region routes. A
-- report keeps the region's code beside the reporter's own words, and every move of a report
-- from one agency's triage queue to another's is kept in public_report_routing.
create table agency_region (
  agency_id uuid not null references agency (id),
  region_code text not null check (region_code ~ '^[A-Z]{2}-[A-Z0-9]{1,3}$'),
  created_at timestamptz not null default now(),
  primary key (agency_id, region_code)
);
create index agency_region_code on agency_region (region_code);

alter table agency add column default_triage boolean not null default false;
create unique index agency_default_triage on agency (country) where default_triage;

alter table public_report add column region_code text
  check (region_code ~ '^[A-Z]{2}-[A-Z0-9]{1,3}$' and left(region_code, 2) = btrim(country));

create table public_report_routing (
  id uuid primary key default gen_random_uuid(),
  report_id uuid not null references public_report (id),
  from_agency_id uuid not null references agency (id),
  to_agency_id uuid not null references agency (id),
  reason text not null check (length(btrim(reason)) between 1 and 1000),
  routed_by uuid not null references app_user (id),
  routed_at timestamptz not null default now(),
  constraint public_report_routing_moves check (from_agency_id <> to_agency_id)
);
create index public_report_routing_report on public_report_routing (report_id, routed_at);

alter table agency_region enable row level security;
alter table public_report_routing enable row level security;
-- Regions are reference data every signed-in user reads; an agency's are changed by whoever may
-- change the agency (0003's agency_update). Routings are written only by the function below.
grant select, insert, delete on agency_region to lindung_app;
grant select on public_report_routing to lindung_app;

create policy agency_region_read on agency_region for select to lindung_app
  using ((select lindung_user_id()) is not null);
create policy agency_region_add on agency_region for insert to lindung_app
  with check ((select lindung_can('agency:manage'))
    or (agency_id = (select lindung_agency_id()) and (select lindung_can('agency:update_own'))));
create policy agency_region_remove on agency_region for delete to lindung_app
  using ((select lindung_can('agency:manage'))
    or (agency_id = (select lindung_agency_id()) and (select lindung_can('agency:update_own'))));

-- Both ends of a move see it: the sender keeps the record of what it sent on, the receiver learns
-- where the report came from.
create policy public_report_routing_read on public_report_routing for select to lindung_app
  using ((select lindung_can('public_report:triage'))
    and (from_agency_id = (select lindung_agency_id()) or to_agency_id = (select lindung_agency_id())));

-- Moves a report, with its conversation and pictures, from the caller's triage queue to another
-- active agency of the report's country. Runs as the tables' owner because the caller's own
-- policies would not let it hand rows to another agency, so it checks the caller itself: triage
-- permission, the report is its agency's and still open, the receiver is another active public
-- authority of the same country (not an NGO, international organisation, embassy or shelter).
create function lindung_reroute_public_report(target uuid, receiver uuid, why text) returns void
  language plpgsql security definer set search_path = public, pg_temp
  as $$
  declare
    found public_report%rowtype;
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
      values (target, found.agency_id, receiver, why, lindung_user_id());
    update public_report set agency_id = receiver, updated_at = now() where id = target;
    update public_report_message set agency_id = receiver where report_id = target;
    update public_report_attachment set agency_id = receiver where report_id = target;
  end
  $$;
revoke all on function lindung_reroute_public_report(uuid, uuid, text) from public;
grant execute on function lindung_reroute_public_report(uuid, uuid, text) to lindung_app;
