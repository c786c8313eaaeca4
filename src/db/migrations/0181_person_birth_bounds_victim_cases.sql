-- A person's date of birth changed after cases exist is checked against the dates of the cases in
-- which she is a victim, as opening a case checks them against her birth (decisions 0064, 0067).

-- The earliest day a person could have been born, as far as the birth is known: an exact date,
-- 1 January of a year of birth, 1 January of the year before an estimated age's; null if unknown.
-- One definition for the case's check (case.commands.ts) and the person's (below).
create function lindung_earliest_birth(
  birth_precision text, birth_date date, birth_year integer, estimated_age integer, estimated_on date
) returns date
  language sql immutable
  as $$
    select case birth_precision
             when 'exact' then birth_date
             when 'year' then make_date(birth_year, 1, 1)
             when 'estimated' then make_date(extract(year from estimated_on)::int - estimated_age - 1, 1, 1)
           end
  $$;

-- The dates of the cases in which the person is a victim (or presumed one) that fall before her
-- earliest possible birth, whichever agency holds the case and whether the caller may read it or
-- not: a birth moved past a case's recruitment must be refused even when that case is out of the
-- editor's sight. Only for a person of the caller's own agency whom the caller may change; the
-- caller learns the case ids, and names the cases by what row-level security lets it read.
create function lindung_victim_case_dates_before_birth(target uuid)
  returns table (case_id uuid, field text, on_date date)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select c.id, d.field, d.on_date
      from person p
      join case_person cp on cp.person_id = p.id and cp.role in ('victim', 'presumed_victim')
      join case_file c on c.id = cp.case_id
      cross join lateral (values ('recruitedOn', c.recruited_on),
                                 ('exploitationStartedOn', c.exploitation_started_on),
                                 ('exploitationEndedOn', c.exploitation_ended_on)) as d (field, on_date)
     where p.id = target
       and p.agency_id = lindung_agency_id() and lindung_can('person:write')
       and d.on_date < lindung_earliest_birth(p.birth_precision, p.birth_date, p.birth_year,
                                              p.estimated_age, p.estimated_on)
     order by d.on_date, c.id
  $$;
revoke all on function lindung_victim_case_dates_before_birth(uuid) from public;
grant execute on function lindung_victim_case_dates_before_birth(uuid) to lindung_app;
