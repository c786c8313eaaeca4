-- Prosecution figures at 1M cases (issue 7; decision 0033, amended). The figures (0035) and the TIP
-- table's law-enforcement counts (0069) each had their own copy of the events they count, read from
-- the base tables in full: seconds at a million cases. Now:
--
-- * one definition of the events, `lindung_prosecution_events` (the owner's alone): investigations
--   opened and arrests made (each once per offence category of the investigation), persons charged,
--   and persons whose charge's latest outcome is a conviction, dated, by category, in the caller's
--   scope (0035's: the country for statistics:read, the own agency for prosecution:manage);
-- * investigations and arrests from a rollup per agency and month. Each has one agency and one day,
--   so counts per month add up exactly over any months (also the total row, category null, which
--   counts each once whatever its categories). Persons are counted from the base tables: a person
--   charged in two months of a year is one prosecution in the year, which monthly sums cannot give,
--   and there are a few times fewer charges than investigations and arrests.
-- The rollup's freshness is 0088's: triggers mark touched (agency, month) pairs stale, the rollup job
-- recomputes them, and reads take stale months and partial months at the period's ends from the
-- base tables, so a figure never depends on whether the job has run. The base-table functions stay as
-- `…_direct`, the reference the tests and the benchmark compare with.
alter function lindung_prosecution_figures(date, date, text) rename to lindung_prosecution_figures_direct;
alter function lindung_tip_prosecution(date, date) rename to lindung_tip_prosecution_direct;

create function lindung_prosecution_events(from_date date, to_date date, measures text[], agencies uuid[])
  returns table (agency_id uuid, day date, category text, measure text, subject uuid)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    with latest_outcome as (
      -- The latest outcome of each charge, whenever it was decided; the period filters its date after.
      select distinct on (o.charge_id) o.charge_id, o.agency_id, o.outcome, o.decided_on
        from charge_outcome o where o.agency_id = any(agencies) and 'conviction' = any(measures)
       order by o.charge_id, o.decided_on desc, o.created_at desc, o.id desc
    )
    select i.agency_id, i.opened_on, f.offence_category, 'investigation', i.id
      from investigation i join investigation_offence f on f.investigation_id = i.id
     where 'investigation' = any(measures) and i.agency_id = any(agencies)
       and i.opened_on between from_date and to_date
    union all
    select a.agency_id, a.arrested_on, f.offence_category, 'arrest', a.id
      from arrest a join investigation_offence f on f.investigation_id = a.investigation_id
     where 'arrest' = any(measures) and a.agency_id = any(agencies)
       and a.arrested_on between from_date and to_date
    union all
    select c.agency_id, c.charged_on, c.offence_category, 'prosecution', s.person_id
      from charge c join suspect s on s.id = c.suspect_id
     where 'prosecution' = any(measures) and c.agency_id = any(agencies)
       and c.charged_on between from_date and to_date
    union all
    select l.agency_id, l.decided_on, c.offence_category, 'conviction', s.person_id
      from latest_outcome l join charge c on c.id = l.charge_id join suspect s on s.id = c.suspect_id
     where l.outcome = 'convicted' and l.decided_on between from_date and to_date
  $$;
revoke all on function lindung_prosecution_events(date, date, text[], uuid[]) from public;

-- The agencies whose figures the caller sees (0035's rule).
create function lindung_prosecution_scope() returns uuid[]
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select coalesce(array_agg(a.id), '{}') from agency a
     where case when lindung_can('statistics:read')
                  then a.country = (select o.country from agency o where o.id = lindung_agency_id())
                when lindung_can('prosecution:manage') then a.id = lindung_agency_id()
                else false end
  $$;
revoke all on function lindung_prosecution_scope() from public;

create table prosecution_rollup (
  agency_id uuid not null references agency (id),
  month date not null check (extract(day from month) = 1),
  -- Null: each investigation or arrest of the month once, whatever its offence categories.
  category text,
  investigations integer not null,
  arrests integer not null
);
create index prosecution_rollup_pair on prosecution_rollup (agency_id, month);

create table prosecution_rollup_stale (
  agency_id uuid not null,
  month date not null,
  marked_at timestamptz not null default now(),
  primary key (agency_id, month)
);

-- Counts only, reached through the security-definer functions below: the application role reads neither.
alter table prosecution_rollup enable row level security;
alter table prosecution_rollup_stale enable row level security;

-- Investigations and arrests per agency, month and category (and the month's total), from the base tables.
create function lindung_prosecution_cells(from_date date, to_date date, agencies uuid[])
  returns table (agency_id uuid, month date, category text, investigations integer, arrests integer)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select e.agency_id, date_trunc('month', e.day::timestamp)::date, e.category,
           count(distinct e.subject) filter (where e.measure = 'investigation')::integer,
           count(distinct e.subject) filter (where e.measure = 'arrest')::integer
      from lindung_prosecution_events(from_date, to_date, array['investigation', 'arrest'], agencies) e
     group by grouping sets ((e.agency_id, date_trunc('month', e.day::timestamp)::date, e.category),
                             (e.agency_id, date_trunc('month', e.day::timestamp)::date))
  $$;
revoke all on function lindung_prosecution_cells(date, date, uuid[]) from public;

-- The cells of some agencies for a period: clean whole months from the rollup, the rest (partial
-- months at the ends, stale months) from the base tables.
create function lindung_prosecution_scope_cells(from_date date, to_date date, agencies uuid[])
  returns table (agency_id uuid, month date, category text, investigations integer, arrests integer)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    with whole as (
      select case when extract(day from from_date) = 1 then from_date
                  else (date_trunc('month', from_date::timestamp) + interval '1 month')::date end as first_month,
             case when extract(day from to_date + 1) = 1 then date_trunc('month', to_date::timestamp)::date
                  else (date_trunc('month', to_date::timestamp) - interval '1 month')::date end as last_month
    ),
    live as (
      select from_date as f, to_date as t, agencies as ids from whole w where w.first_month > w.last_month
      union all
      select from_date, w.first_month - 1, agencies from whole w
       where w.first_month <= w.last_month and from_date < w.first_month
      union all
      select (w.last_month + interval '1 month')::date, to_date, agencies from whole w
       where w.first_month <= w.last_month and to_date >= (w.last_month + interval '1 month')::date
      union all
      select st.month, (st.month + interval '1 month' - interval '1 day')::date, array_agg(st.agency_id)
        from whole w, prosecution_rollup_stale st
       where st.agency_id = any(agencies) and st.month between w.first_month and w.last_month
       group by st.month
    )
    select r.agency_id, r.month, r.category, r.investigations, r.arrests
      from prosecution_rollup r, whole w
     where r.month between w.first_month and w.last_month and r.agency_id = any(agencies)
       and not exists (select 1 from prosecution_rollup_stale st where st.agency_id = r.agency_id and st.month = r.month)
    union all
    select c.* from live l cross join lateral lindung_prosecution_cells(l.f, l.t, l.ids) c
  $$;
revoke all on function lindung_prosecution_scope_cells(date, date, uuid[]) from public;

-- 0035's figures by month, quarter or year: investigations and arrests summed from the cells, persons
-- counted once per period from the base tables.
create function lindung_prosecution_figures(from_date date, to_date date, bucket text)
  returns table (period date, category text, investigations integer, arrests integer, prosecutions integer,
    convictions integer)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    with scope as (
      select lindung_prosecution_scope() as ids where bucket in ('month', 'quarter', 'year')
    ),
    counted as (
      select date_trunc(bucket, c.month::timestamp)::date as period, c.category,
             sum(c.investigations)::integer as investigations, sum(c.arrests)::integer as arrests
        from scope s cross join lateral lindung_prosecution_scope_cells(from_date, to_date, s.ids) c
       group by 1, 2
    ),
    persons as (
      select date_trunc(bucket, e.day::timestamp)::date as period, e.category,
             count(distinct e.subject) filter (where e.measure = 'prosecution')::integer as prosecutions,
             count(distinct e.subject) filter (where e.measure = 'conviction')::integer as convictions
        from scope s cross join lateral
             lindung_prosecution_events(from_date, to_date, array['prosecution', 'conviction'], s.ids) e
       group by grouping sets ((1, 2), (1))
    )
    select f.period, f.category, sum(f.investigations)::integer, sum(f.arrests)::integer,
           sum(f.prosecutions)::integer, sum(f.convictions)::integer
      from (select c.period, c.category, c.investigations, c.arrests, 0 as prosecutions, 0 as convictions
              from counted c
            union all
            select p.period, p.category, 0, 0, p.prosecutions, p.convictions from persons p) f
     group by f.period, f.category
    having sum(f.investigations + f.arrests + f.prosecutions + f.convictions) > 0
  $$;
revoke all on function lindung_prosecution_figures(date, date, text) from public;
grant execute on function lindung_prosecution_figures(date, date, text) to lindung_app;

-- 0069's counts over the whole period (a person charged in two years of it counts once).
create function lindung_tip_prosecution(from_date date, to_date date)
  returns table (category text, investigations integer, arrests integer, prosecutions integer,
    convictions integer)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    with scope as (select lindung_prosecution_scope() as ids),
    counted as (
      select c.category, sum(c.investigations)::integer as investigations, sum(c.arrests)::integer as arrests
        from scope s cross join lateral lindung_prosecution_scope_cells(from_date, to_date, s.ids) c
       group by 1
    ),
    persons as (
      select e.category,
             count(distinct e.subject) filter (where e.measure = 'prosecution')::integer as prosecutions,
             count(distinct e.subject) filter (where e.measure = 'conviction')::integer as convictions
        from scope s cross join lateral
             lindung_prosecution_events(from_date, to_date, array['prosecution', 'conviction'], s.ids) e
       group by grouping sets ((1), ())
    )
    select f.category, sum(f.investigations)::integer, sum(f.arrests)::integer,
           sum(f.prosecutions)::integer, sum(f.convictions)::integer
      from (select c.category, c.investigations, c.arrests, 0 as prosecutions, 0 as convictions from counted c
            union all
            select p.category, 0, 0, p.prosecutions, p.convictions from persons p) f
     group by f.category
    having sum(f.investigations + f.arrests + f.prosecutions + f.convictions) > 0
  $$;
revoke all on function lindung_tip_prosecution(date, date) from public;
grant execute on function lindung_tip_prosecution(date, date) to lindung_app;

-- Marks the (agency, month) of the investigations and arrests a change touches as stale, as the
-- owner, whoever writes. An offence added to an investigation changes the categories of its arrests.
create function lindung_prosecution_rollup_touch() returns trigger
  language plpgsql security definer set search_path = public, pg_temp
  as $$
  declare
    changed jsonb;
  begin
    foreach changed in array array_remove(array[
      case when tg_op <> 'DELETE' then to_jsonb(new) end, case when tg_op <> 'INSERT' then to_jsonb(old) end], null)
    loop
      if tg_table_name = 'investigation' then
        insert into prosecution_rollup_stale (agency_id, month)
        values ((changed ->> 'agency_id')::uuid, date_trunc('month', (changed ->> 'opened_on')::timestamp)::date)
        on conflict do nothing;
      elsif tg_table_name = 'arrest' then
        insert into prosecution_rollup_stale (agency_id, month)
        values ((changed ->> 'agency_id')::uuid, date_trunc('month', (changed ->> 'arrested_on')::timestamp)::date)
        on conflict do nothing;
      else
        insert into prosecution_rollup_stale (agency_id, month)
        select i.agency_id, date_trunc('month', i.opened_on::timestamp)::date
          from investigation i where i.id = (changed ->> 'investigation_id')::uuid
        union
        select a.agency_id, date_trunc('month', a.arrested_on::timestamp)::date
          from arrest a where a.investigation_id = (changed ->> 'investigation_id')::uuid
        on conflict do nothing;
      end if;
    end loop;
    return null;
  end
  $$;

create trigger prosecution_rollup_touch after insert or update or delete on investigation
  for each row execute function lindung_prosecution_rollup_touch();
create trigger prosecution_rollup_touch after insert or update or delete on investigation_offence
  for each row execute function lindung_prosecution_rollup_touch();
create trigger prosecution_rollup_touch after insert or update or delete on arrest
  for each row execute function lindung_prosecution_rollup_touch();

-- 0088's refresh, for this rollup: up to `max_months` stale pairs, oldest first; -1 when writers held
-- the marks (the next run tries again).
create function lindung_refresh_prosecution_rollup(max_months integer) returns integer
  language plpgsql volatile security definer set search_path = public, pg_temp
  as $$
  declare
    agencies uuid[];
    months date[];
  begin
    begin
      lock table prosecution_rollup_stale in share row exclusive mode nowait;
    exception when lock_not_available then
      return -1;
    end;
    with picked as (
      delete from prosecution_rollup_stale s
       where (s.agency_id, s.month) in (select x.agency_id, x.month from prosecution_rollup_stale x
                                         order by x.month, x.agency_id limit max_months)
      returning s.agency_id, s.month)
    select array_agg(p.agency_id), array_agg(p.month) into agencies, months from picked p;
    if agencies is null then
      return 0;
    end if;
    delete from prosecution_rollup r using unnest(agencies, months) as p (agency_id, month)
     where r.agency_id = p.agency_id and r.month = p.month;
    insert into prosecution_rollup (agency_id, month, category, investigations, arrests)
    select c.* from (select x.month, array_agg(x.agency_id) as ids
                       from unnest(agencies, months) as x (agency_id, month) group by x.month) p
     cross join lateral lindung_prosecution_cells(p.month, (p.month + interval '1 month' - interval '1 day')::date,
                                                  p.ids) c;
    return cardinality(agencies);
  end
  $$;
revoke all on function lindung_refresh_prosecution_rollup(integer) from public;

-- Every month that already has investigations or arrests is stale until the job has computed it.
insert into prosecution_rollup_stale (agency_id, month)
select distinct i.agency_id, date_trunc('month', i.opened_on::timestamp)::date from investigation i
union
select distinct a.agency_id, date_trunc('month', a.arrested_on::timestamp)::date from arrest a;
