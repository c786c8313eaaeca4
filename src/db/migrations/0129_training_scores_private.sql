-- A participant's assessment scores are about how one person did: they are shown to that person,
-- to the trainers of the agency that ran the session, and to the administrators (user:manage) of
-- the participant's own agency — not to every colleague who may see that they took part (0076 let
-- any member of the agency read the whole row). Participation, attendance and certificates stay
-- visible as before. The application role loses the two columns; it reads them through
-- lindung_training_scores, which answers nothing to anyone else.
revoke select on training_participant from lindung_app;
grant select (id, session_id, user_id, full_name, agency_id, role, registered_by, registered_at, attended,
              recorded_by, recorded_at)
  on training_participant to lindung_app;

create function lindung_training_scores(target uuid, out pre_score numeric, out post_score numeric)
  language sql stable security definer set search_path = public, pg_temp
  as $$ select p.pre_score, p.post_score from training_participant p
         where p.id = target
           and (p.user_id = lindung_user_id()
                or lindung_training_session_run(p.session_id)
                or (p.agency_id = lindung_agency_id() and lindung_can('user:manage'))) $$;
revoke all on function lindung_training_scores(uuid) from public;
grant execute on function lindung_training_scores(uuid) to lindung_app;
