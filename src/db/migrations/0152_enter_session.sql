-- A signed-in read checks its session in the statement that opens its transaction, sent together
-- with the read and COMMIT in one write to the server (decision 0056). The application sends what
-- it believes the session to be (user, agency, permissions, stage, from a session it checked a
-- moment ago); this function, called as the owner before the role switch, judges the session
-- again as `authenticateSession` does and either sets the tenant settings from the session's row
-- or raises, which aborts the transaction so that the read sent behind it never runs:
--   LS401  no such session, or it has ended (expired, idle too long, user deactivated, no
--          permission left): the application then takes its ordinary path, which forgets the
--          session and answers 401;
--   LS409  the session is current but not what the application believed (another agency,
--          other permissions, another stage): the application checks it afresh and starts over.
-- An idle minute is recorded here, in the transaction of the read (it commits with it).
create function lindung_enter_session(
  session_token_hash text,
  expected_user uuid,
  expected_agency uuid,
  expected_permissions text[],
  expected_stage text,
  idle_minutes integer
) returns void language plpgsql set search_path = public, pg_temp as $$
declare
  session_row record;
  held text[];
begin
  select s.user_id, s.agency_id, s.stage, s.expires_at, s.last_seen_at, u.active
    into session_row
    from auth_session s join app_user u on u.id = s.user_id
   where s.token_hash = session_token_hash;
  if not found
     or session_row.expires_at <= now()
     or session_row.last_seen_at <= now() - make_interval(mins => idle_minutes)
     or not session_row.active then
    raise exception 'the session is not current' using errcode = 'LS401';
  end if;
  held := lindung_permissions(session_row.user_id, session_row.agency_id);
  if cardinality(held) = 0 then
    raise exception 'the session is not current' using errcode = 'LS401';
  end if;
  if session_row.user_id <> expected_user
     or session_row.agency_id <> expected_agency
     or session_row.stage <> expected_stage
     or held <> expected_permissions then
    raise exception 'the session is not the one the application expected' using errcode = 'LS409';
  end if;
  -- As authenticateSession: a minute's precision is enough for idling.
  if session_row.last_seen_at < now() - interval '1 minute' then
    -- Requests of one session at the same moment: the first records it, the others find it done.
    update auth_session set last_seen_at = now()
     where token_hash = session_token_hash and last_seen_at < now() - interval '1 minute';
  end if;
  perform set_config('lindung.user_id', session_row.user_id::text, true),
          set_config('lindung.agency_id', session_row.agency_id::text, true),
          set_config('lindung.permissions', array_to_string(held, ','), true);
end $$;
-- Only the platform (the owner, before switching to lindung_app) calls it.
revoke execute on function lindung_enter_session(text, uuid, uuid, text[], text, integer) from public;
