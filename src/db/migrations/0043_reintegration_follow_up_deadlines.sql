-- Reintegration follow-ups are deadlines (source kind `reintegration_follow_up`): the application
-- registers each scheduled follow-up of a new plan (src/modules/reintegration/follow-up-deadlines.ts).
-- This gives the plans opened before that their deadlines, exactly as the application would have:
-- the source id is the name-based UUID of the plan and the follow-up's place in its schedule
-- (SHA-1, version 5 layout), due at the end of the day `months` after the return in the agency's
-- time zone, owed by the plan's creator, on the case only when the case is the plan agency's own;
-- met where the follow-up was recorded. Closed plans owe nothing. Running it again changes nothing.
insert into deadline (agency_id, case_id, source_kind, source_id, owner_user_id, due_at, due_on, status, closed_at)
select p.agency_id,
       coalesce(p.case_id, case when r.agency_id = p.agency_id then r.case_id end),
       'reintegration_follow_up',
       encode(set_byte(set_byte(h.hash, 6, (get_byte(h.hash, 6) & 15) | 80), 8, (get_byte(h.hash, 8) & 63) | 128),
              'hex')::uuid,
       p.created_by,
       ((due.due_on + 1)::timestamp at time zone a.time_zone),
       due.due_on,
       case when f.id is null then 'open' else 'done' end,
       case when f.id is null then null else now() end
  from reintegration_plan p
  join agency a on a.id = p.agency_id
  left join repatriation r on r.id = p.repatriation_id
  cross join lateral unnest(p.follow_up_months) with ordinality as s(months, sequence)
  cross join lateral (select (p.returned_on + make_interval(months => s.months))::date as due_on) due
  cross join lateral (select substring(digest('reintegration_follow_up:' || p.id || ':' || s.sequence, 'sha1')
                                       from 1 for 16) as hash) h
  left join reintegration_follow_up f on f.plan_id = p.id and f.sequence = s.sequence
 where p.status = 'open'
on conflict (source_kind, source_id) do nothing;
