-- Plans and committees change after creation (issue 9): the coordinating agency edits a plan's
-- strategies, activities and indicators (adds them, changes titles, agencies and yearly targets);
-- the secretariat adds, removes and re-roles a committee's member agencies. Each carries a version
-- that every change raises, so that an edit made on an old version is refused (If-Match, 412)
-- instead of silently overwriting another coordinator's. See docs/decisions/0035-editing-plans-and-committees.md.
alter table action_plan add column version integer not null default 1;
alter table committee add column version integer not null default 1;
alter table committee add column updated_at timestamptz not null default now();

grant update (version) on action_plan to lindung_app;
grant update (title) on action_plan_strategy to lindung_app;
grant update (title, responsible_agency_id, supporting_agency_ids) on action_plan_activity to lindung_app;
grant update (name, unit, baseline, targets) on action_plan_indicator to lindung_app;

-- The plan's parts are changed by the coordinating agency only (the target years are checked by
-- the trigger of 0061 on update too); a new responsible agency is one of the plan's country.
create policy action_plan_strategy_change on action_plan_strategy for update to lindung_app
  using (lindung_action_plan_coordinated(plan_id)) with check (lindung_action_plan_coordinated(plan_id));
create policy action_plan_activity_change on action_plan_activity for update to lindung_app
  using (lindung_action_plan_coordinated(plan_id))
  with check (lindung_action_plan_coordinated(plan_id)
    and exists (select 1 from agency a where a.id = responsible_agency_id and a.country = (select lindung_agency_country())));
create policy action_plan_indicator_change on action_plan_indicator for update to lindung_app
  using (lindung_action_plan_coordinated(plan_id)) with check (lindung_action_plan_coordinated(plan_id));

-- An activity given to another agency takes its open yearly report deadlines with it, due in the
-- new agency's time zone. Deadlines are the agencies' own rows, so the coordinating agency moves
-- them through this function, as it registers them through lindung_register_action_plan_deadlines.
create function lindung_move_action_plan_deadlines(target uuid, grace_days integer)
  returns integer
  language plpgsql security definer set search_path = public, pg_temp
  as $$
  declare n integer;
  begin
    if not lindung_action_plan_coordinated(target) then
      raise exception 'not the coordinating agency of the plan' using errcode = '42501';
    end if;
    update deadline d
       set agency_id = t.responsible_agency_id,
           due_at = ((make_date(y.year, 12, 31) + grace_days + 1)::timestamp at time zone a.time_zone),
           updated_at = now()
      from action_plan_activity t
      join action_plan p on p.id = t.plan_id
      join agency a on a.id = t.responsible_agency_id
      cross join lateral generate_series(p.start_year, p.end_year) as y(year)
     where t.plan_id = target
       and d.source_kind = 'action_plan_report'
       and d.source_id = lindung_action_plan_period_source(t.id, y.year)
       and d.status = 'open'
       and d.agency_id <> t.responsible_agency_id;
    get diagnostics n = row_count;
    return n;
  end
  $$;

-- Committees: the secretariat raises the version; members are added, re-roled and removed by it.
grant update (version, updated_at) on committee to lindung_app;
grant update (role), delete on committee_member to lindung_app;
create policy committee_change on committee for update to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('coordination:manage')))
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('coordination:manage')));
create policy committee_member_change on committee_member for update to lindung_app
  using (lindung_committee_kept(committee_id)) with check (lindung_committee_kept(committee_id));
create policy committee_member_remove on committee_member for delete to lindung_app
  using (lindung_committee_kept(committee_id));
