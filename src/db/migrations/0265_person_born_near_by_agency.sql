-- A person search by a date of birth alone (decision 0130) read 0261's index of the year of birth
-- as known, which holds every agency's persons: under row-level security the agency's own were
-- kept only after the index had given those of all agencies born within two years (decision
-- 0137). The look-up runs here instead, as the table's owner with the policy's own condition
-- written in (the caller's agency, `person:read`), as the name look-up does (0131), on an index
-- that leads with the agency: those born on the day searched, then those whose birth is known only
-- by a year or an age estimated within two years of it (another whole date is another person),
-- the nearer years first, then by id; never an erased person; of the nationality if one is given.
drop index person_birth_year_known;

-- The year of birth as known (the date's, the year given, or the estimate's year less the age),
-- then the date: a day searched is one equality on all three columns, the births known by year a
-- range of the second with `birth_date is null` checked in the index.
create index person_agency_birth on person (
  agency_id,
  (coalesce(extract(year from birth_date)::integer, birth_year, extract(year from estimated_on)::integer - estimated_age)),
  birth_date
);

create function lindung_persons_born_near(born date, wanted_nationality text, candidates integer)
  returns table (person_id uuid)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    with near as (
      select p.id, 0 as apart
        from person p
       where p.agency_id = lindung_agency_id()
         and coalesce(extract(year from p.birth_date)::integer, p.birth_year,
                      extract(year from p.estimated_on)::integer - p.estimated_age) = extract(year from born)::integer
         and p.birth_date = born
         and p.anonymised_at is null and (wanted_nationality is null or p.nationality = wanted_nationality)
      union all
      select p.id, 1 + abs(coalesce(p.birth_year, extract(year from p.estimated_on)::integer - p.estimated_age)
                           - extract(year from born)::integer)
        from person p
       where p.agency_id = lindung_agency_id()
         and coalesce(extract(year from p.birth_date)::integer, p.birth_year,
                      extract(year from p.estimated_on)::integer - p.estimated_age)
             between extract(year from born)::integer - 2 and extract(year from born)::integer + 2
         and p.birth_date is null
         and p.anonymised_at is null and (wanted_nationality is null or p.nationality = wanted_nationality)
    )
    select near.id from near where lindung_can('person:read') order by near.apart, near.id limit candidates
  $$;
revoke all on function lindung_persons_born_near(date, text, integer) from public;
grant execute on function lindung_persons_born_near(date, text, integer) to lindung_app;
