-- The prosecution figures (0035) and the TIP table's law-enforcement counts (0069) counted the same
-- events, each function with its own copy of their definition. Now one function gives the events and
-- both count them: investigations opened and arrests made (each once per offence category of the
-- investigation), persons charged, and persons whose charge's latest outcome is a conviction, dated,
-- by category, within the caller's scope. It is the owner's alone: only counts leave the database.
create function lindung_prosecution_events(from_date date, to_date date)
  returns table (day date, category text, measure text, subject uuid)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    with scope as (
      -- 0035's scope: the country's agencies for statistics:read, the caller's own agency for
      -- prosecution:manage, otherwise nothing.
      select a.id from agency a
       where case when lindung_can('statistics:read')
                    then a.country = (select o.country from agency o where o.id = lindung_agency_id())
                  when lindung_can('prosecution:manage') then a.id = lindung_agency_id()
                  else false end
    ),
    latest_outcome as (
      -- The latest outcome of each charge, whenever it was decided; the period filters its date after.
      select distinct on (o.charge_id) o.charge_id, o.outcome, o.decided_on
        from charge_outcome o where o.agency_id in (select id from scope)
       order by o.charge_id, o.decided_on desc, o.created_at desc, o.id desc
    )
    select i.opened_on, f.offence_category, 'investigation', i.id
      from investigation i join investigation_offence f on f.investigation_id = i.id
     where i.agency_id in (select id from scope) and i.opened_on between from_date and to_date
    union all
    select a.arrested_on, f.offence_category, 'arrest', a.id
      from arrest a join investigation_offence f on f.investigation_id = a.investigation_id
     where a.agency_id in (select id from scope) and a.arrested_on between from_date and to_date
    union all
    select c.charged_on, c.offence_category, 'prosecution', s.person_id
      from charge c join suspect s on s.id = c.suspect_id
     where c.agency_id in (select id from scope) and c.charged_on between from_date and to_date
    union all
    select l.decided_on, c.offence_category, 'conviction', s.person_id
      from latest_outcome l join charge c on c.id = l.charge_id join suspect s on s.id = c.suspect_id
     where l.outcome = 'convicted' and l.decided_on between from_date and to_date
  $$;
revoke all on function lindung_prosecution_events(date, date) from public;

create or replace function lindung_prosecution_figures(from_date date, to_date date, bucket text)
  returns table (period date, category text, investigations integer, arrests integer, prosecutions integer,
    convictions integer)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select e.period, e.category,
           count(distinct e.subject) filter (where e.measure = 'investigation')::integer,
           count(distinct e.subject) filter (where e.measure = 'arrest')::integer,
           count(distinct e.subject) filter (where e.measure = 'prosecution')::integer,
           count(distinct e.subject) filter (where e.measure = 'conviction')::integer
      from (select date_trunc(bucket, day::timestamp)::date as period, category, measure, subject
              from lindung_prosecution_events(from_date, to_date)
             where bucket in ('month', 'quarter', 'year')) e
     group by grouping sets ((e.period, e.category), (e.period))
  $$;

create or replace function lindung_tip_prosecution(from_date date, to_date date)
  returns table (category text, investigations integer, arrests integer, prosecutions integer,
    convictions integer)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select e.category,
           count(distinct e.subject) filter (where e.measure = 'investigation')::integer,
           count(distinct e.subject) filter (where e.measure = 'arrest')::integer,
           count(distinct e.subject) filter (where e.measure = 'prosecution')::integer,
           count(distinct e.subject) filter (where e.measure = 'conviction')::integer
      from lindung_prosecution_events(from_date, to_date) e
     group by grouping sets ((e.category), ())
  $$;
