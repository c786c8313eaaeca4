-- Presumed and confirmed victims in the TIP table (issue 7): of the victims lindung_tip_victims
-- counts (victims and presumed victims of victim cases opened in the period, one per case and
-- person, in the same scope: the country for statistics:read, the agency for case:read), how many
-- the case's agency has confirmed as victims, found not to be victims or could not decide about,
-- by its current identification decision (the one no later decision supersedes), and how many
-- still await a decision. The four add up to the total. Counts only.
create function lindung_tip_identification(from_date date, to_date date)
  returns table (decision text, identified integer)
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
      select c.agency_id, cp.person_id
        from case_file c
        join scope s on s.id = c.agency_id
        join (select distinct case_id, person_id from case_person
               where role in ('victim', 'presumed_victim')) cp on cp.case_id = c.id
       where c.type = 'victim_case' and c.opened_on between from_date and to_date
    )
    select coalesce(d.decision, 'undecided'), count(*)::integer
      from victim v
      left join identification_decision d
        on d.person_id = v.person_id and d.agency_id = v.agency_id
       and not exists (select 1 from identification_decision n where n.supersedes_id = d.id)
     group by 1
  $$;
revoke all on function lindung_tip_identification(date, date) from public;
grant execute on function lindung_tip_identification(date, date) to lindung_app;
