-- A session's registrations and attendance counted whole for everyone who may read the session.
-- Under row-level security another agency's user sees only their own agency's participants, so
-- a course page told them "1 registered" of a full session, and a participant of another agency
-- could not learn whether they were on the waiting list. The counts are numbers only: who
-- registered stays behind the participants' policy.
create function lindung_training_session_counts(target uuid, out registered int, out attended int)
  language sql stable security definer set search_path = public, pg_temp
  as $$ select count(*)::int, (count(*) filter (where p.attended))::int
          from training_participant p
         where p.session_id = target and lindung_training_session_readable(target) $$;

-- Each participant's place in the order of registration among all of the session's (beyond the
-- capacity: the waiting list), for the participants the caller may read. One window per session.
create function lindung_training_registration_positions(target uuid)
  returns table (participant_id uuid, place int)
  language sql stable security definer set search_path = public, pg_temp
  as $$ select o.id, o.n
          from (select p.id, (row_number() over (order by p.registered_at, p.id))::int as n
                  from training_participant p where p.session_id = target) o
         where lindung_training_participant_readable(o.id) $$;

create index training_participant_session on training_participant (session_id, registered_at, id);

revoke all on function lindung_training_session_counts(uuid) from public;
grant execute on function lindung_training_session_counts(uuid) to lindung_app;
revoke all on function lindung_training_registration_positions(uuid) from public;
grant execute on function lindung_training_registration_positions(uuid) to lindung_app;
