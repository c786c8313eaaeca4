-- Victim statistics from a rollup (issue 7, decision 0033): the dashboard's and the TIP table's victim
-- figures at 1M cases. `victim_rollup` holds, per agency and calendar month of identification, per
-- dimension and value, the victims identified, referred, sheltered, repatriated and reintegrated and
-- the histograms of days to the first referral and placement (so medians stay exact). Row triggers
-- on the tables the figures come from mark the (agency, month) they touched as stale; a job
-- recomputes stale months (`lindung_refresh_victim_rollup`). Reads take clean whole months from the
-- rollup and compute the rest — partial months at the period's ends and stale months — from the base
-- tables, so a figure never depends on whether the job has run yet.
--
-- Related records count when the case's own agency made them (the referral, placement and return of
-- a case are its agency's; re-referrals by receivers come after the owner's first referral), which
-- gives the same figures as 0050's scope for an agency and for its country alike.

-- The original, base-table functions stay under new names: the rollup test and the benchmark compare
-- the two, and they are the reference when the rollup is in doubt.
alter function lindung_victim_statistics(date, date, text, text) rename to lindung_victim_statistics_direct;
alter function lindung_tip_victims(date, date) rename to lindung_tip_victims_direct;

create table victim_rollup (
  agency_id uuid not null references agency (id),
  month date not null check (extract(day from month) = 1),
  dimension text not null,
  key text,
  identified integer not null,
  referred integer not null,
  sheltered integer not null,
  repatriated integer not null,
  reintegrated integer not null,
  -- {"<days>": victims}: days from identification to the first referral / placement.
  referral_days jsonb not null default '{}',
  placement_days jsonb not null default '{}'
);
create index victim_rollup_month on victim_rollup (dimension, month, agency_id);
create index victim_rollup_pair on victim_rollup (agency_id, month);

create table victim_rollup_stale (
  agency_id uuid not null,
  month date not null,
  marked_at timestamptz not null default now(),
  primary key (agency_id, month)
);

-- Counts of people, held only for the statistics functions: the application role reads neither
-- table; they are reached through the security-definer functions below, which scope themselves.
alter table victim_rollup enable row level security;
alter table victim_rollup_stale enable row level security;

-- The figures of the victims identified between two days in some agencies, per agency and month of
-- identification, for the dimensions asked. The same definitions as 0050 (roles, age bands on the
-- day of identification, a victim once under each of several exploitation types).
create function lindung_victim_cells(from_date date, to_date date, agencies uuid[], dims text[])
  returns table (agency_id uuid, month date, dimension text, key text, identified integer, referred integer,
                 sheltered integer, repatriated integer, reintegrated integer, referral_days jsonb,
                 placement_days jsonb)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    with victim as materialized (
      select c.id as case_id, cp.person_id, c.agency_id, btrim(a.country) as country, c.opened_on,
             date_trunc('month', c.opened_on)::date as month, c.exploitation_types,
             coalesce(btrim(c.recruitment_country), '??') || '>' || coalesce(btrim(c.exploitation_country), '??') as route,
             pe.sex, coalesce(btrim(pe.nationality), 'unknown') as nationality,
             case when x.a is null then 'unknown' when x.a <= 8 then '0-8' when x.a <= 17 then '9-17'
                  when x.a <= 20 then '18-20' when x.a <= 23 then '21-23' when x.a <= 26 then '24-26'
                  when x.a <= 29 then '27-29' when x.a <= 38 then '30-38' when x.a <= 47 then '39-47'
                  else '48+' end as age_band
        from case_file c
        join agency a on a.id = c.agency_id
        cross join lateral (select distinct cp.person_id from case_person cp
                             where cp.case_id = c.id and cp.role in ('victim', 'presumed_victim')) cp
        join person pe on pe.id = cp.person_id
        cross join lateral (
          select case pe.birth_precision
                   when 'exact' then extract(year from age(c.opened_on, pe.birth_date))::integer
                   when 'year' then extract(year from c.opened_on)::integer - pe.birth_year
                   when 'estimated' then pe.estimated_age + (extract(year from c.opened_on)::integer
                                          - extract(year from pe.estimated_on)::integer)
                 end as a) x
       where c.type = 'victim_case' and c.opened_on between from_date and to_date and c.agency_id = any(agencies)
    ),
    -- Per victim through the indexes (a month's victims are few next to the tables): the first
    -- referral and placement by the case's agency, the handed-over return and any reintegration plan.
    path as (
      select v.*, fr.referred_on, fp.placed_on, rt.repatriated is not null as repatriated,
             coalesce(rt.planned, false) or rc.planned is not null as reintegrated
        from victim v
        left join lateral (
          select true as planned from reintegration_plan rip where rip.case_id = v.case_id limit 1) rc on true
        left join lateral (
          select min(r.created_at)::date as referred_on from referral r
           where r.case_id = v.case_id and r.person_id = v.person_id and r.agency_id = v.agency_id) fr on true
        left join lateral (
          select min(p.admitted_on) as placed_on from placement p
           where p.case_id = v.case_id and p.person_id = v.person_id and p.agency_id = v.agency_id) fp on true
        left join lateral (
          select true as repatriated,
                 bool_or(exists (select 1 from reintegration_plan rip where rip.repatriation_id = rp.id)) as planned
            from repatriation rp
           where rp.case_id = v.case_id and rp.person_id = v.person_id and rp.agency_id = v.agency_id
             and rp.status = 'handed_over'
          having count(*) > 0) rt on true
    ),
    keyed as (
      select p.agency_id, p.month, p.opened_on, p.referred_on, p.placed_on, p.repatriated, p.reintegrated,
             k.dimension, k.key
        from path p
        cross join lateral (
          select 'none', 'all' union all
          select 'agency', p.agency_id::text union all
          select 'jurisdiction', p.country union all
          select 'sex', p.sex union all
          select 'age_band', p.age_band union all
          select 'nationality', p.nationality union all
          select 'route', p.route union all
          select 'exploitation_type', unnest(case when cardinality(p.exploitation_types) = 0 then array['unknown']
                                                  else p.exploitation_types end)
        ) k (dimension, key)
       where k.dimension = any(dims)
    ),
    counted as (
      select agency_id, month, dimension, key, count(*)::integer as identified,
             count(referred_on)::integer as referred, count(placed_on)::integer as sheltered,
             count(*) filter (where repatriated)::integer as repatriated,
             count(*) filter (where reintegrated)::integer as reintegrated
        from keyed group by 1, 2, 3, 4
    ),
    days as (
      select agency_id, month, dimension, key, 'referral' as measure, (referred_on - opened_on)::text as d, count(*) as n
        from keyed where referred_on is not null group by 1, 2, 3, 4, 6
      union all
      select agency_id, month, dimension, key, 'placement', (placed_on - opened_on)::text, count(*)
        from keyed where placed_on is not null group by 1, 2, 3, 4, 6
    ),
    histogram as (
      select agency_id, month, dimension, key,
             jsonb_object_agg(d, n) filter (where measure = 'referral') as referral_days,
             jsonb_object_agg(d, n) filter (where measure = 'placement') as placement_days
        from days group by 1, 2, 3, 4
    )
    select c.agency_id, c.month, c.dimension, c.key, c.identified, c.referred, c.sheltered, c.repatriated,
           c.reintegrated, coalesce(h.referral_days, '{}'), coalesce(h.placement_days, '{}')
      from counted c
      left join histogram h on h.agency_id = c.agency_id and h.month = c.month and h.dimension = c.dimension
                           and h.key is not distinct from c.key
  $$;
revoke all on function lindung_victim_cells(date, date, uuid[], text[]) from public;

-- The cells of the caller's scope for a period (0050's rule: the country for statistics:read, the
-- own agency for case:read): clean whole months from the rollup, the rest from the base tables.
create function lindung_victim_scope_cells(from_date date, to_date date, dims text[])
  returns table (agency_id uuid, month date, dimension text, key text, identified integer, referred integer,
                 sheltered integer, repatriated integer, reintegrated integer, referral_days jsonb,
                 placement_days jsonb)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    with scope as (
      select array_agg(a.id) as ids from agency a
       where case when lindung_can('statistics:read')
                    then a.country = (select o.country from agency o where o.id = lindung_agency_id())
                  when lindung_can('case:read') then a.id = lindung_agency_id()
                  else false end
    ),
    whole as (
      select case when extract(day from from_date) = 1 then from_date
                  else (date_trunc('month', from_date) + interval '1 month')::date end as first_month,
             case when extract(day from to_date + 1) = 1 then date_trunc('month', to_date)::date
                  else (date_trunc('month', to_date) - interval '1 month')::date end as last_month
    ),
    live as (
      select from_date as f, to_date as t, s.ids from whole w, scope s where w.first_month > w.last_month
      union all
      select from_date, w.first_month - 1, s.ids from whole w, scope s
       where w.first_month <= w.last_month and from_date < w.first_month
      union all
      select (w.last_month + interval '1 month')::date, to_date, s.ids from whole w, scope s
       where w.first_month <= w.last_month and to_date >= (w.last_month + interval '1 month')::date
      union all
      select st.month, (st.month + interval '1 month' - interval '1 day')::date, array_agg(st.agency_id)
        from whole w, scope s, victim_rollup_stale st
       where st.agency_id = any(s.ids) and st.month between w.first_month and w.last_month
       group by st.month
    )
    select r.agency_id, r.month, r.dimension, r.key, r.identified, r.referred, r.sheltered, r.repatriated,
           r.reintegrated, r.referral_days, r.placement_days
      from victim_rollup r, whole w, scope s
     where r.dimension = any(dims) and r.month between w.first_month and w.last_month and r.agency_id = any(s.ids)
       and not exists (select 1 from victim_rollup_stale st where st.agency_id = r.agency_id and st.month = r.month)
    union all
    select c.* from live l cross join lateral lindung_victim_cells(l.f, l.t, l.ids, dims) c
  $$;
revoke all on function lindung_victim_scope_cells(date, date, text[]) from public;

-- 0050's function, now over the cells: sums of counts, medians from the merged histograms
-- (percentile_cont(0.5) of whole days: the mean of the two middle values).
create function lindung_victim_statistics(from_date date, to_date date, bucket text, dimension text)
  returns table (period date, key text, identified integer, referred integer, sheltered integer,
                 repatriated integer, reintegrated integer, days_to_referral numeric, days_to_placement numeric)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    with cell as (
      select date_trunc(bucket, c.month)::date as period, c.*
        from lindung_victim_scope_cells(from_date, to_date, array[dimension]) c
       where bucket in ('month', 'quarter', 'year')
    ),
    counted as (
      select c.period, c.key, sum(c.identified)::integer as identified, sum(c.referred)::integer as referred,
             sum(c.sheltered)::integer as sheltered, sum(c.repatriated)::integer as repatriated,
             sum(c.reintegrated)::integer as reintegrated
        from cell c group by 1, 2
    ),
    days as (
      select c.period, c.key, h.measure, e.d::integer as d, sum(e.n::integer) as n
        from cell c
        cross join lateral (values ('referral', c.referral_days), ('placement', c.placement_days)) h (measure, days)
        cross join lateral jsonb_each_text(h.days) e (d, n)
       group by 1, 2, 3, 4
    ),
    running as (
      select d.*, sum(d.n) over (partition by d.period, d.key, d.measure order by d.d) as upto,
             sum(d.n) over (partition by d.period, d.key, d.measure) as total
        from days d
    ),
    median as (
      select r.period, r.key, r.measure,
             round(((min(r.d) filter (where r.upto > floor((r.total - 1) / 2.0))
                     + min(r.d) filter (where r.upto > ceil((r.total - 1) / 2.0))) / 2.0)::numeric, 1) as days
        from running r group by 1, 2, 3
    )
    select c.period, c.key, c.identified, c.referred, c.sheltered, c.repatriated, c.reintegrated,
           mr.days, mp.days
      from counted c
      left join median mr on mr.period = c.period and mr.key is not distinct from c.key and mr.measure = 'referral'
      left join median mp on mp.period = c.period and mp.key is not distinct from c.key and mp.measure = 'placement'
     order by c.period, c.key
  $$;
revoke all on function lindung_victim_statistics(date, date, text, text) from public;
grant execute on function lindung_victim_statistics(date, date, text, text) to lindung_app;

-- 0069's TIP victims, over the same cells.
create function lindung_tip_victims(from_date date, to_date date)
  returns table (dimension text, key text, identified integer)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select c.dimension, c.key, sum(c.identified)::integer
      from lindung_victim_scope_cells(from_date, to_date,
                                      array['none', 'sex', 'age_band', 'nationality', 'exploitation_type']) c
     group by 1, 2
  $$;
revoke all on function lindung_tip_victims(date, date) from public;
grant execute on function lindung_tip_victims(date, date) to lindung_app;

-- Marks the (agency, month) of the victim cases a change touches as stale, as the owner, whoever
-- writes. Only ids and dates are read; nothing leaves the database.
create function lindung_victim_rollup_touch() returns trigger
  language plpgsql security definer set search_path = public, pg_temp
  as $$
  declare
    changed jsonb;
  begin
    foreach changed in array array_remove(array[
      case when tg_op <> 'DELETE' then to_jsonb(new) end, case when tg_op <> 'INSERT' then to_jsonb(old) end], null)
    loop
      if tg_table_name = 'case_file' then
        -- The case's own row, old and new: a case moved to another month or agency marks both.
        insert into victim_rollup_stale (agency_id, month)
        select (changed ->> 'agency_id')::uuid, date_trunc('month', (changed ->> 'opened_on')::date)::date
         where changed ->> 'type' = 'victim_case'
        on conflict do nothing;
        continue;
      end if;
      insert into victim_rollup_stale (agency_id, month)
      select c.agency_id, date_trunc('month', c.opened_on)::date
        from case_file c
       where c.type = 'victim_case'
         and case tg_table_name
               when 'person' then c.id in (select cp.case_id from case_person cp
                                            where cp.person_id = (changed ->> 'id')::uuid)
               when 'reintegration_plan' then c.id = (changed ->> 'case_id')::uuid
                 or c.id = (select rp.case_id from repatriation rp where rp.id = (changed ->> 'repatriation_id')::uuid)
               else c.id = (changed ->> 'case_id')::uuid
             end
      on conflict do nothing;
    end loop;
    return null;
  end
  $$;

create trigger victim_rollup_touch after insert or update or delete on case_file
  for each row execute function lindung_victim_rollup_touch();
create trigger victim_rollup_touch after insert or update or delete on case_person
  for each row execute function lindung_victim_rollup_touch();
create trigger victim_rollup_touch
  after update of sex, nationality, birth_precision, birth_date, birth_year, estimated_age, estimated_on on person
  for each row execute function lindung_victim_rollup_touch();
create trigger victim_rollup_touch after insert or update or delete on referral
  for each row execute function lindung_victim_rollup_touch();
create trigger victim_rollup_touch after insert or update or delete on placement
  for each row execute function lindung_victim_rollup_touch();
create trigger victim_rollup_touch after insert or update or delete on repatriation
  for each row execute function lindung_victim_rollup_touch();
create trigger victim_rollup_touch after insert or update or delete on reintegration_plan
  for each row execute function lindung_victim_rollup_touch();

-- Recomputes up to `max_months` stale (agency, month) pairs, oldest first; answers how many, or -1
-- when writers held the stale marks (the next run tries again). The lock waits for no one: writers
-- that marked a month and have not committed would otherwise be missed, so the refresh runs only
-- when none is in flight, and new marks wait for its commit.
create function lindung_refresh_victim_rollup(max_months integer) returns integer
  language plpgsql volatile security definer set search_path = public, pg_temp
  as $$
  declare
    agencies uuid[];
    months date[];
  begin
    begin
      lock table victim_rollup_stale in share row exclusive mode nowait;
    exception when lock_not_available then
      return -1;
    end;
    with picked as (
      delete from victim_rollup_stale s
       where (s.agency_id, s.month) in (select x.agency_id, x.month from victim_rollup_stale x
                                         order by x.month, x.agency_id limit max_months)
      returning s.agency_id, s.month)
    select array_agg(p.agency_id), array_agg(p.month) into agencies, months from picked p;
    if agencies is null then
      return 0;
    end if;
    delete from victim_rollup r using unnest(agencies, months) as p (agency_id, month)
     where r.agency_id = p.agency_id and r.month = p.month;
    insert into victim_rollup (agency_id, month, dimension, key, identified, referred, sheltered, repatriated,
                               reintegrated, referral_days, placement_days)
    select c.* from (select x.month, array_agg(x.agency_id) as ids
                       from unnest(agencies, months) as x (agency_id, month) group by x.month) p
     cross join lateral lindung_victim_cells(p.month, (p.month + interval '1 month' - interval '1 day')::date,
                                             p.ids,
                                             array['none', 'agency', 'jurisdiction', 'sex', 'age_band', 'nationality',
                                                   'route', 'exploitation_type']) c;
    return cardinality(agencies);
  end
  $$;
revoke all on function lindung_refresh_victim_rollup(integer) from public;

-- Every month that already has victims is stale until the job has computed it (reads are right
-- meanwhile, only slower).
insert into victim_rollup_stale (agency_id, month)
select distinct c.agency_id, date_trunc('month', c.opened_on)::date from case_file c where c.type = 'victim_case';
