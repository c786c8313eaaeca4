-- The newer side is told when a holder names itself (decision 0050, amended): until now a
-- disclosure changed the newer agency's hint silently, to be found only by someone opening the
-- linkage page. On the first disclosure, every active user of each newer agency paired with the
-- hint who may review linkage (person:link and person:read) gets one notification. It names the
-- newer side's own hints (one per person matched), never the holder: the holder's name is read, as before, only
-- through lindung_match_hint_named_agency. Each notification's e-mail is queued here, as 0103 does,
-- because lindung_app may not queue jobs itself.
drop function lindung_disclose_match_hint(uuid);

create function lindung_disclose_match_hint(hint uuid, out disclosed_at timestamptz, out notified uuid[])
  language plpgsql volatile security definer set search_path = public, pg_temp
  as $$
  declare
    found person_match_hint%rowtype;
  begin
    select * into found from person_match_hint h where h.id = hint for update;
    if found.id is null or found.agency_id is distinct from lindung_agency_id()
       or not lindung_can('person:link')
       or not exists (select 1 from person_match_hint_pair x where x.holder_hint_id = hint) then
      raise exception 'not a match your agency holds' using errcode = 'insufficient_privilege';
    end if;
    disclosed_at := found.disclosed_at;
    notified := '{}';
    if disclosed_at is not null then
      return;
    end if;
    update person_match_hint h set disclosed_at = now(), disclosed_by = lindung_user_id()
     where h.id = hint returning h.disclosed_at into disclosed_at;
    with told as (
      insert into notification (agency_id, user_id, kind, detail)
      select n.agency_id, m.user_id, 'linkage.hint_disclosed',
             jsonb_build_object('hintIds', jsonb_agg(n.id order by n.id))
        from person_match_hint_pair x
        join person_match_hint n on n.id = x.newer_hint_id
        join agency a on a.id = n.agency_id and a.active
        join membership m on m.agency_id = n.agency_id
        join app_user u on u.id = m.user_id and u.active
       where x.holder_hint_id = hint
         and lindung_permissions(m.user_id, m.agency_id) @> array['person:link', 'person:read']
       group by n.agency_id, m.user_id
      returning id
    ), mailed as (
      insert into job (kind, payload, singleton_key)
      select 'deadlines.reminder_email', jsonb_build_object('notificationId', id), id::text from told
    )
    select coalesce(array_agg(id), '{}') into notified from told;
  end
  $$;
revoke all on function lindung_disclose_match_hint(uuid) from public;
grant execute on function lindung_disclose_match_hint(uuid) to lindung_app;
