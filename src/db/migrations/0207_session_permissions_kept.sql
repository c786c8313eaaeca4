-- The session check that opens every signed-in case read (0152) worked out the user's permissions
-- afresh on each request: `lindung_permissions` joins membership, role_permission and agency and
-- aggregates, about two thirds of the check's cost in the database (docs/decisions/0088). Now the
-- session's row keeps the permissions it was last found to have, with the number of the
-- permissions' state they were read in; the check uses them while that number is current and works
-- them out again (and keeps them) once anything they depend on has changed.
--
-- `session_permission_state` has one row whose number goes up with every statement that changes a
-- membership, a role's permissions or an agency (its `active` decides whether its memberships
-- count), in that statement's transaction. Kept permissions and their number are read by one
-- statement, so from one snapshot: a pair is never newer than its number says, and any change
-- committed after it makes the numbers differ. A revoked role therefore takes effect on the very
-- next request, as before. A statement that changes no row raises the number too (statement
-- triggers): that costs each session one more reading of its permissions, nothing else. The
-- table is named as session bookkeeping, which the tests' table digests leave aside.
create table session_permission_state (
  only_row boolean primary key default true check (only_row),
  version bigint not null
);
insert into session_permission_state (only_row, version) values (true, 1);
-- Read and written only by the owner (the session check, the triggers below run as the owner).
alter table session_permission_state enable row level security;

alter table auth_session
  add column permissions text[],
  -- The `session_permission_state.version` the kept permissions were read in, and the agency they are for
  -- (switching agency changes the session's `agency_id`, not these).
  add column permissions_version bigint,
  add column permissions_agency uuid;

create function lindung_session_permission_state_changed() returns trigger
  language plpgsql security definer set search_path = public, pg_temp as $$
  begin
    update session_permission_state set version = version + 1;
    return null;
  end $$;
revoke execute on function lindung_session_permission_state_changed() from public;

create trigger membership_permission_state after insert or update or delete or truncate on membership
  for each statement execute function lindung_session_permission_state_changed();
create trigger role_permission_permission_state after insert or update or delete or truncate
  on role_permission for each statement execute function lindung_session_permission_state_changed();
create trigger agency_permission_state after insert or update of active or delete or truncate on agency
  for each statement execute function lindung_session_permission_state_changed();

-- As 0152, with the permissions kept in the session's row while their number is current.
create or replace function lindung_enter_session(
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
  state_version bigint;
begin
  select s.user_id, s.agency_id, s.stage, s.expires_at, s.last_seen_at, u.active,
         case when s.permissions_version = p.version and s.permissions_agency = s.agency_id
              then s.permissions end as kept
    into session_row
    from auth_session s join app_user u on u.id = s.user_id cross join session_permission_state p
   where s.token_hash = session_token_hash;
  if not found
     or session_row.expires_at <= now()
     or session_row.last_seen_at <= now() - make_interval(mins => idle_minutes)
     or not session_row.active then
    raise exception 'the session is not current' using errcode = 'LS401';
  end if;
  held := session_row.kept;
  if held is null then
    -- The number and the permissions from one statement's snapshot: never a newer pair than its number.
    select p.version, lindung_permissions(session_row.user_id, session_row.agency_id)
      into state_version, held
      from session_permission_state p;
    update auth_session
       set permissions = held, permissions_version = state_version,
           permissions_agency = session_row.agency_id
     where token_hash = session_token_hash;
  end if;
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
