-- A participant's assessment scores are about how one person did: they are shown to that person,
-- to the trainers of the agency that ran the session, and to the administrators (user:manage) of
-- the participant's own agency — not to every colleague who may see that they took part (0076 let
-- any member of the agency read the whole row). Participation, attendance and certificates stay
-- visible as before.
create function lindung_training_scores_readable(target uuid) returns boolean
  language sql stable security definer set search_path = public, pg_temp
  as $$ select exists (select 1 from training_participant p where p.id = target
                          and (p.user_id = lindung_user_id()
                               or lindung_training_session_run(p.session_id)
                               or (p.agency_id = lindung_agency_id() and lindung_can('user:manage')))) $$;
