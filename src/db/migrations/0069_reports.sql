-- Reports (issue 7): the TIP-report figures and generated report files (the National Report, the
-- TIP table) as jobs with progress. See docs/decisions/0022-reports.md.

-- Investigations, arrests, persons prosecuted and persons convicted over a whole period (not by
-- month, quarter or year: a person charged in two years of the period counts once), by offence
-- category and in total (category null). The scope is lindung_prosecution_figures' (0035): the
-- country's agencies for statistics:read, the caller's agency for prosecution:manage, otherwise
-- nothing; only counts leave the database.
create function lindung_tip_prosecution(from_date date, to_date date)
  returns table (category text, investigations integer, arrests integer, prosecutions integer,
    convictions integer)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    with scope as (
      select a.id from agency a
       where case when lindung_can('statistics:read')
                    then a.country = (select o.country from agency o where o.id = lindung_agency_id())
                  when lindung_can('prosecution:manage') then a.id = lindung_agency_id()
                  else false end
    ),
    latest_outcome as (
      select distinct on (o.charge_id) o.charge_id, o.outcome, o.decided_on
        from charge_outcome o where o.agency_id in (select id from scope)
       order by o.charge_id, o.decided_on desc, o.created_at desc, o.id desc
    ),
    event as (
      select i.opened_on as day, f.offence_category as category, 'investigation' as measure, i.id as subject
        from investigation i join investigation_offence f on f.investigation_id = i.id
       where i.agency_id in (select id from scope)
      union all
      select a.arrested_on, f.offence_category, 'arrest', a.id
        from arrest a join investigation_offence f on f.investigation_id = a.investigation_id
       where a.agency_id in (select id from scope)
      union all
      select c.charged_on, c.offence_category, 'prosecution', s.person_id
        from charge c join suspect s on s.id = c.suspect_id
       where c.agency_id in (select id from scope)
      union all
      select l.decided_on, c.offence_category, 'conviction', s.person_id
        from latest_outcome l join charge c on c.id = l.charge_id join suspect s on s.id = c.suspect_id
       where l.outcome = 'convicted'
    )
    select e.category,
           count(distinct e.subject) filter (where e.measure = 'investigation')::integer,
           count(distinct e.subject) filter (where e.measure = 'arrest')::integer,
           count(distinct e.subject) filter (where e.measure = 'prosecution')::integer,
           count(distinct e.subject) filter (where e.measure = 'conviction')::integer
      from event e
     where e.day between from_date and to_date
     group by grouping sets ((e.category), ())
  $$;
revoke all on function lindung_tip_prosecution(date, date) from public;
grant execute on function lindung_tip_prosecution(date, date) to lindung_app;

-- Victims identified in a period for the TIP table, in one pass: the total and the counts by sex,
-- age band, nationality and type of exploitation (a victim with several types counts under each),
-- with lindung_victim_statistics' definitions (0050) and scope (the country for statistics:read,
-- the agency for case:read). Only the identification is needed here, so none of the referral,
-- placement and return aggregates that the dashboard's function computes.
create function lindung_tip_victims(from_date date, to_date date)
  returns table (dimension text, key text, identified integer)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    with scope as (
      select a.id from agency a
       where case when lindung_can('statistics:read')
                    then a.country = (select o.country from agency o where o.id = lindung_agency_id())
                  when lindung_can('case:read') then a.id = lindung_agency_id()
                  else false end
    ),
    victim as (
      select c.opened_on, c.exploitation_types, pe.sex, coalesce(btrim(pe.nationality), 'unknown') as nationality,
             case when x.a is null then 'unknown' when x.a <= 8 then '0-8' when x.a <= 17 then '9-17'
                  when x.a <= 20 then '18-20' when x.a <= 23 then '21-23' when x.a <= 26 then '24-26'
                  when x.a <= 29 then '27-29' when x.a <= 38 then '30-38' when x.a <= 47 then '39-47'
                  else '48+' end as age_band
        from case_file c
        join scope s on s.id = c.agency_id
        join (select distinct case_id, person_id from case_person
               where role in ('victim', 'presumed_victim')) cp on cp.case_id = c.id
        join person pe on pe.id = cp.person_id
        cross join lateral (
          select case pe.birth_precision
                   when 'exact' then extract(year from age(c.opened_on, pe.birth_date))::integer
                   when 'year' then extract(year from c.opened_on)::integer - pe.birth_year
                   when 'estimated' then pe.estimated_age + (extract(year from c.opened_on)::integer
                                          - extract(year from pe.estimated_on)::integer)
                 end as a) x
       where c.type = 'victim_case' and c.opened_on between from_date and to_date
    )
    select 'none', 'all', count(*)::integer from victim
    union all select 'sex', sex, count(*)::integer from victim group by sex
    union all select 'age_band', age_band, count(*)::integer from victim group by age_band
    union all select 'nationality', nationality, count(*)::integer from victim group by nationality
    union all
    select 'exploitation_type', t.key, count(*)::integer
      from victim v
      cross join lateral unnest(case when cardinality(v.exploitation_types) = 0 then array['unknown']
                                     else v.exploitation_types end) as t(key)
     group by t.key
  $$;
revoke all on function lindung_tip_victims(date, date) from public;
grant execute on function lindung_tip_victims(date, date) to lindung_app;

-- A report asked for by a user: generated by a job as that user (the permissions they held when
-- they asked, which decide the figures' scope), kept encrypted in the reports folder, seen and
-- downloaded only by the asking agency's users who may read statistics or cases.
create table report (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  requested_by uuid not null references app_user (id),
  kind text not null check (kind in ('national-report', 'tip-table')),
  format text not null check (format in ('pdf', 'xlsx', 'csv')),
  language text not null check (language in ('en', 'ms', 'id', 'vi')),
  from_date date not null,
  to_date date not null,
  -- The requester's permissions that decide what the figures cover (statistics:read, case:read, …).
  permissions text[] not null,
  status text not null default 'queued' check (status in ('queued', 'running', 'done', 'failed')),
  progress integer not null default 0 check (progress between 0 and 100),
  media_type text,
  size_bytes integer check (size_bytes >= 0),
  sha256 text check (sha256 ~ '^[0-9a-f]{64}$'),
  error text check (length(error) <= 500),
  created_at timestamptz not null default now(),
  finished_at timestamptz,
  constraint report_period check (from_date <= to_date),
  constraint report_done_has_file check (status <> 'done' or sha256 is not null)
);
create index report_agency on report (agency_id, created_at desc);

alter table report enable row level security;
grant select, insert on report to lindung_app;
grant update (status, progress, media_type, size_bytes, sha256, error, finished_at) on report to lindung_app;
create policy report_read on report for select to lindung_app
  using (agency_id = (select lindung_agency_id())
    and ((select lindung_can('statistics:read')) or (select lindung_can('case:read'))));
create policy report_request on report for insert to lindung_app
  with check (agency_id = (select lindung_agency_id()) and requested_by = (select lindung_user_id())
    and ((select lindung_can('statistics:read')) or (select lindung_can('case:read'))));
-- The job writes progress and the result as the requesting user.
create policy report_progress on report for update to lindung_app
  using (agency_id = (select lindung_agency_id()) and requested_by = (select lindung_user_id()))
  with check (agency_id = (select lindung_agency_id()) and requested_by = (select lindung_user_id()));

-- A request queues its report's job in its own transaction. The job table is system work that
-- requests may only add to (0007), and its singleton check needs more than that: this function
-- queues the generation of one report, and only of a queued report of the caller's own.
create function lindung_enqueue_report(target uuid) returns integer
  language sql volatile security definer set search_path = public, pg_temp
  as $$
    with queued as (
      insert into job (kind, payload, max_attempts)
      select 'report.generate', jsonb_build_object('reportId', r.id), 3
        from report r
       where r.id = target and r.agency_id = lindung_agency_id() and r.requested_by = lindung_user_id()
         and r.status = 'queued'
      returning 1)
    select count(*)::integer from queued
  $$;
revoke all on function lindung_enqueue_report(uuid) from public;
grant execute on function lindung_enqueue_report(uuid) to lindung_app;
