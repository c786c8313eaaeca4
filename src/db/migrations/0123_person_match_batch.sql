-- An import records many persons in one transaction; their matches are one job that scores them
-- all in one pass (decision 0044) instead of a job per person. Like lindung_enqueue_person_match
-- (0096): security definer, since requests may only add to the job table, and only persons of the
-- caller's own agency, with `person:write`, are named in the job. Returns how many it names.
create function lindung_enqueue_person_matches(targets uuid[]) returns integer
  language sql volatile security definer set search_path = public, pg_temp
  as $$
    with named as (
      select coalesce(array_agg(p.id order by p.id), '{}') as ids
        from person p
       where p.id = any (targets) and p.agency_id = lindung_agency_id() and lindung_can('person:write')
    ), queued as (
      insert into job (kind, payload)
      select 'linkage.match_persons', jsonb_build_object('personIds', to_jsonb(n.ids))
        from named n where cardinality(n.ids) > 0
      returning 1)
    -- The insert runs whether or not it is read (a data-modifying WITH always does).
    select cardinality(ids) from named
  $$;
revoke all on function lindung_enqueue_person_matches(uuid[]) from public;
grant execute on function lindung_enqueue_person_matches(uuid[]) to lindung_app;
