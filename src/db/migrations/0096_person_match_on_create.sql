-- A new person is matched against the persons already recorded off the request path (decision
-- 0037): the request that records the person queues the match in its own transaction, so the job
-- exists if and only if the person does. The job table is system work requests may only add to
-- (0007), and its singleton check needs more than that (as 0069 and 0087): this function queues
-- the match of one person of the caller's own agency, once while one waits.
create function lindung_enqueue_person_match(target uuid) returns integer
  language sql volatile security definer set search_path = public, pg_temp
  as $$
    with queued as (
      insert into job (kind, payload, singleton_key)
      select 'linkage.match_person', jsonb_build_object('personId', p.id), p.id::text
        from person p
       where p.id = target and p.agency_id = lindung_agency_id() and lindung_can('person:write')
      on conflict (kind, singleton_key) where status in ('queued', 'running') do nothing
      returning 1)
    select count(*)::integer from queued
  $$;
revoke all on function lindung_enqueue_person_match(uuid) from public;
grant execute on function lindung_enqueue_person_match(uuid) to lindung_app;
