-- CTDC-style anonymised microdata (issue 7, docs/decisions/0023-open-data.md). The victims of the
-- caller's country, for statistics:read only, counted per combination of the quasi-identifiers at
-- their finest level: the year the case was opened (identification), sex, CTDC age band on that
-- day, nationality, country of exploitation and exploitation type ('multiple' when the case names
-- more than one). No identifier, name or date leaves the database; the application generalises and
-- suppresses to k = 11 before anything is published. Runs as the owner (like
-- lindung_victim_statistics, 0050) so that a coordinator gets counts without seeing a record.
create function lindung_victim_microdata(from_date date, to_date date)
  returns table (year integer, sex text, age_band text, nationality text, exploitation_country text,
                 exploitation text, n integer)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    with scope as (
      select a.id from agency a
       where lindung_can('statistics:read')
         and a.country = (select o.country from agency o where o.id = lindung_agency_id())
    ),
    victim as (
      select distinct c.id as case_id, cp.person_id, c.opened_on, c.exploitation_types, c.exploitation_country
        from case_file c
        join scope s on s.id = c.agency_id
        join case_person cp on cp.case_id = c.id and cp.role in ('victim', 'presumed_victim')
       where c.type = 'victim_case' and c.opened_on between from_date and to_date
    ),
    aged as (
      select extract(year from v.opened_on)::integer as year, pe.sex,
             case pe.birth_precision
               when 'exact' then extract(year from age(v.opened_on, pe.birth_date))::integer
               when 'year' then extract(year from v.opened_on)::integer - pe.birth_year
               when 'estimated' then pe.estimated_age + (extract(year from v.opened_on)::integer
                                                        - extract(year from pe.estimated_on)::integer)
             end as age,
             btrim(pe.nationality) as nationality, btrim(v.exploitation_country) as exploitation_country,
             case cardinality(v.exploitation_types) when 0 then 'unknown' when 1 then v.exploitation_types[1]
                  else 'multiple' end as exploitation
        from victim v join person pe on pe.id = v.person_id
    )
    select year, sex,
           case when age is null or age < 0 then 'unknown' when age <= 8 then '0-8' when age <= 17 then '9-17'
                when age <= 20 then '18-20' when age <= 23 then '21-23' when age <= 26 then '24-26'
                when age <= 29 then '27-29' when age <= 38 then '30-38' when age <= 47 then '39-47'
                else '48+' end as age_band,
           nationality, exploitation_country, exploitation, count(*)::integer as n
      from aged
     group by 1, 2, 3, 4, 5, 6
     order by 1, 2, 3, 4, 5, 6
  $$;
revoke all on function lindung_victim_microdata(date, date) from public;
grant execute on function lindung_victim_microdata(date, date) to lindung_app;
