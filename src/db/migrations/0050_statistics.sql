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
create index reintegration_plan_repatriation on reintegration_plan (repatriation_id) where repatriation_id is not null;

-- One row per period and value of the dimension: victims identified (a victim or presumed victim
-- in a victim case opened in the period), and of those how many were referred, sheltered,
-- repatriated (handed over) and reintegrated (a reintegration plan, on the case or on its return),
-- with the median days from identification to the first referral and to the first placement. A
-- victim with several exploitation types counts once under each. Ages are the CTDC bands
-- (reference/statistics.md §4) on the day the case was opened, 'unknown' when nothing is known of
-- the birth. Set-based throughout: each related table is aggregated once and joined by hash.
create function lindung_victim_statistics(from_date date, to_date date, bucket text, dimension text)
  returns table (period date, key text, identified integer, referred integer, sheltered integer,
                 repatriated integer, reintegrated integer, days_to_referral numeric, days_to_placement numeric)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    with scope as (
      select a.id, btrim(a.country) as country from agency a
       where bucket in ('month', 'quarter', 'year')
         and case when lindung_can('statistics:read')
                    then a.country = (select o.country from agency o where o.id = lindung_agency_id())
                  when lindung_can('case:read') then a.id = lindung_agency_id()
                  else false end
    ),
    victim as (
      select c.id as case_id, cp.person_id, c.agency_id, s.country, c.opened_on, c.exploitation_types,
             c.recruitment_country, c.exploitation_country
        from case_file c
        join scope s on s.id = c.agency_id
        join (select distinct case_id, person_id from case_person
               where role in ('victim', 'presumed_victim')) cp on cp.case_id = c.id
       where c.type = 'victim_case' and c.opened_on between from_date and to_date
    ),
    first_referral as (
      select r.case_id, r.person_id, min(r.created_at)::date as referred_on
        from referral r where r.agency_id in (select id from scope) group by 1, 2
    ),
    first_placement as (
      select p.case_id, p.person_id, min(p.admitted_on) as placed_on
        from placement p where p.agency_id in (select id from scope) group by 1, 2
    ),
    returned as (
      select rp.case_id, rp.person_id,
             bool_or(exists (select 1 from reintegration_plan rip where rip.repatriation_id = rp.id)) as planned
        from repatriation rp where rp.agency_id in (select id from scope) and rp.status = 'handed_over'
       group by 1, 2
    ),
    path as (
      select v.*, fr.referred_on, fp.placed_on, rt.case_id is not null as repatriated,
             coalesce(rt.planned, false)
               or exists (select 1 from reintegration_plan rip where rip.case_id = v.case_id) as reintegrated
        from victim v
        left join first_referral fr on fr.case_id = v.case_id and fr.person_id = v.person_id
        left join first_placement fp on fp.case_id = v.case_id and fp.person_id = v.person_id
        left join returned rt on rt.case_id = v.case_id and rt.person_id = v.person_id
    ),
    keyed as (
      select date_trunc(bucket, p.opened_on::timestamp)::date as period, k.key, p.*
        from path p
        cross join lateral (
          select unnest(case dimension
                   when 'none' then array['all']
                   when 'agency' then array[p.agency_id::text]
                   when 'jurisdiction' then array[p.country]
                   when 'exploitation_type' then
                     case when cardinality(p.exploitation_types) = 0 then array['unknown'] else p.exploitation_types end
                   when 'sex' then array[(select pe.sex from person pe where pe.id = p.person_id)]
                   when 'age_band' then array[(
                     select case when a is null then 'unknown' when a <= 8 then '0-8' when a <= 17 then '9-17'
                                 when a <= 20 then '18-20' when a <= 23 then '21-23' when a <= 26 then '24-26'
                                 when a <= 29 then '27-29' when a <= 38 then '30-38' when a <= 47 then '39-47'
                                 else '48+' end
                       from (select case pe.birth_precision
                                      when 'exact' then extract(year from age(p.opened_on, pe.birth_date))::integer
                                      when 'year' then extract(year from p.opened_on)::integer - pe.birth_year
                                      when 'estimated' then pe.estimated_age + (extract(year from p.opened_on)::integer
                                                             - extract(year from pe.estimated_on)::integer)
                                    end as a
                               from person pe where pe.id = p.person_id) x)]
                   when 'nationality' then
                     array[coalesce((select btrim(pe.nationality) from person pe where pe.id = p.person_id), 'unknown')]
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
