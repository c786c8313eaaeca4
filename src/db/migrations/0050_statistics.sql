-- Victim statistics (issue 7): counts only, computed set-based by the database. Scope, as for the
-- prosecution figures (0035) and the reintegration report (0032): every agency of the caller's
-- country for statistics:read, the caller's own agency for case:read, otherwise nothing. Runs as the
-- owner so that a coordinator sees counts without seeing a single record; small cells are
-- suppressed by the application (src/modules/statistics/suppression.ts) whenever the scope is wider
-- than the caller's agency.

-- The filters the statistics use: cases by the day they were opened (identification), and the
-- first referral and placement of a victim in a case.
create index case_file_identified on case_file (opened_on, agency_id) where type = 'victim_case';
create index referral_case_person on referral (case_id, person_id, created_at);
create index placement_case_person on placement (case_id, person_id, admitted_on);
create index repatriation_case_person on repatriation (case_id, person_id) where status = 'handed_over';
create index reintegration_plan_case on reintegration_plan (case_id) where case_id is not null;

-- The CTDC age bands (reference/statistics.md §4) of a person on a day, from what is known of
-- the birth; 'unknown' when nothing is.
create function lindung_age_band(p person, on_day date) returns text
  language sql stable set search_path = public, pg_temp
  as $$
    select case
      when a is null then 'unknown' when a <= 8 then '0-8' when a <= 17 then '9-17' when a <= 20 then '18-20'
      when a <= 23 then '21-23' when a <= 26 then '24-26' when a <= 29 then '27-29' when a <= 38 then '30-38'
      when a <= 47 then '39-47' else '48+' end
      from (select case p.birth_precision
                     when 'exact' then extract(year from age(on_day, p.birth_date))::integer
                     when 'year' then extract(year from on_day)::integer - p.birth_year
                     when 'estimated' then p.estimated_age + (extract(year from on_day)::integer
                                                              - extract(year from p.estimated_on)::integer)
                   end as a) x
  $$;

-- One row per period and value of the dimension: victims identified (a victim or presumed victim
-- in a victim case opened in the period), and of those how many were referred, sheltered,
-- repatriated (handed over) and reintegrated (a reintegration plan), with the median days from
-- identification to the first referral and to the first placement. A victim with several
-- exploitation types counts once under each. `agencies` is the number of agencies in the scope.
create function lindung_victim_statistics(from_date date, to_date date, bucket text, dimension text)
  returns table (period date, key text, identified integer, referred integer, sheltered integer,
                 repatriated integer, reintegrated integer, days_to_referral numeric, days_to_placement numeric)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    with scope as (
      select a.id, a.country from agency a
       where bucket in ('month', 'quarter', 'year')
         and case when lindung_can('statistics:read')
                    then a.country = (select o.country from agency o where o.id = lindung_agency_id())
                  when lindung_can('case:read') then a.id = lindung_agency_id()
                  else false end
    ),
    victim as (
      select distinct on (c.id, cp.person_id)
             c.id as case_id, cp.person_id, c.agency_id, s.country, c.opened_on, c.exploitation_types,
             c.recruitment_country, c.exploitation_country, p.sex, p.nationality,
             lindung_age_band(p, c.opened_on) as age_band
        from case_file c
        join scope s on s.id = c.agency_id
        join case_person cp on cp.case_id = c.id and cp.role in ('victim', 'presumed_victim')
        join person p on p.id = cp.person_id
       where c.type = 'victim_case' and c.opened_on between from_date and to_date
       order by c.id, cp.person_id
    ),
    path as (
      select v.*,
             (select min(r.created_at)::date from referral r
               where r.case_id = v.case_id and r.person_id = v.person_id) as referred_on,
             (select min(pl.admitted_on) from placement pl
               where pl.case_id = v.case_id and pl.person_id = v.person_id) as placed_on,
             exists (select 1 from repatriation rp where rp.case_id = v.case_id and rp.person_id = v.person_id
                        and rp.status = 'handed_over') as repatriated,
             exists (select 1 from reintegration_plan rip where rip.case_id = v.case_id) as reintegrated
        from victim v
    ),
    keyed as (
      select date_trunc(bucket, p.opened_on::timestamp)::date as period, k.key, p.*
        from path p
        cross join lateral (
          select unnest(case dimension
                   when 'none' then array['all']
                   when 'agency' then array[p.agency_id::text]
                   when 'jurisdiction' then array[btrim(p.country)]
                   when 'exploitation_type' then
                     case when cardinality(p.exploitation_types) = 0 then array['unknown'] else p.exploitation_types end
                   when 'sex' then array[p.sex]
                   when 'age_band' then array[p.age_band]
                   when 'nationality' then array[coalesce(btrim(p.nationality), 'unknown')]
                   when 'route' then array[coalesce(btrim(p.recruitment_country), '??') || '>'
                                           || coalesce(btrim(p.exploitation_country), '??')]
                 end) as key
        ) k
    )
    select period, key, count(*)::integer,
           count(referred_on)::integer, count(placed_on)::integer,
           count(*) filter (where repatriated)::integer, count(*) filter (where reintegrated)::integer,
           round((percentile_cont(0.5) within group (order by referred_on - opened_on))::numeric, 1),
           round((percentile_cont(0.5) within group (order by placed_on - opened_on))::numeric, 1)
      from keyed
     group by period, key
     order by period, key
  $$;
revoke all on function lindung_victim_statistics(date, date, text, text) from public;
grant execute on function lindung_victim_statistics(date, date, text, text) to lindung_app;

-- Deadlines open and past due at a moment, by kind, in the same scope as the statistics.
create function lindung_overdue_deadlines(at_time timestamptz)
  returns table (source_kind text, overdue integer)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select d.source_kind, count(*)::integer
      from deadline d
     where d.status = 'open' and d.due_at < at_time
       and d.agency_id in (
         select a.id from agency a
          where case when lindung_can('statistics:read')
                       then a.country = (select o.country from agency o where o.id = lindung_agency_id())
                     when lindung_can('case:read') then a.id = lindung_agency_id()
                     else false end)
     group by d.source_kind
     order by d.source_kind
  $$;
revoke all on function lindung_overdue_deadlines(timestamptz) from public;
grant execute on function lindung_overdue_deadlines(timestamptz) to lindung_app;
