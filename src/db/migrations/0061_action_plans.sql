-- The national action plan (4P): a plan of a country with its years, strategies under the four
-- pillars, activities with a responsible agency and supporting agencies, indicators with a
-- baseline and yearly targets; yearly progress reports by the responsible agency and the
-- coordinator's review. No victim data. A plan is national: every agency of the plan's country
-- reads it; only the coordinating agency (the plan's agency, users with coordination:manage)
-- changes it. A report belongs to its agency until submitted; then the coordinating agency reads
-- and reviews it. See docs/decisions/0018-national-action-plan.md.
insert into role_permission (role_code, permission) values
  ('coordinator', 'coordination:report'), ('agency_admin', 'coordination:report')
  on conflict do nothing;

-- The country of the caller's agency (plans are read by country).
create function lindung_agency_country() returns char(2)
  language sql stable security definer set search_path = public, pg_temp
  as $$ select a.country from agency a where a.id = lindung_agency_id() $$;

create table action_plan (
  id uuid primary key default gen_random_uuid(),
  -- The coordinating agency.
  agency_id uuid not null references agency (id),
  country char(2) not null check (country ~ '^[A-Z]{2}$'),
  title text not null check (length(btrim(title)) between 3 and 300),
  start_year integer not null check (start_year between 2000 and 2100),
  end_year integer not null check (end_year between 2000 and 2100),
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint action_plan_years check (end_year >= start_year and end_year - start_year < 20)
);
create index action_plan_country on action_plan (country, start_year desc);

create table action_plan_strategy (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references action_plan (id),
  pillar text not null check (pillar in ('prevention', 'protection', 'prosecution', 'partnership')),
  position integer not null,
  title text not null check (length(btrim(title)) between 3 and 300),
  unique (plan_id, position)
);

create table action_plan_activity (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references action_plan (id),
  strategy_id uuid not null references action_plan_strategy (id),
  position integer not null,
  title text not null check (length(btrim(title)) between 3 and 300),
  responsible_agency_id uuid not null references agency (id),
  supporting_agency_ids uuid[] not null default '{}',
  unique (strategy_id, position)
);
create index action_plan_activity_responsible on action_plan_activity (responsible_agency_id, plan_id);

create table action_plan_indicator (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references action_plan (id),
  activity_id uuid not null references action_plan_activity (id),
  position integer not null,
  name text not null check (length(btrim(name)) between 2 and 300),
  unit text not null check (length(btrim(unit)) between 1 and 40),
  baseline numeric,
  -- {"2021": 10, "2022": 20}: years within the plan (the application checks, the trigger too).
  targets jsonb not null default '{}' check (jsonb_typeof(targets) = 'object'),
  unique (activity_id, position)
);

-- A target for a year outside the plan is refused by the database as well.
create function action_plan_indicator_years() returns trigger
  language plpgsql set search_path = public, pg_temp
  as $$
  declare p action_plan;
  begin
    select * into p from action_plan where id = new.plan_id;
    if exists (select 1 from jsonb_object_keys(new.targets) k
                where k !~ '^[0-9]{4}$' or k::integer < p.start_year or k::integer > p.end_year) then
      raise exception 'target year outside the plan' using errcode = '23514';
    end if;
    return new;
  end
  $$;
create trigger action_plan_indicator_years before insert or update on action_plan_indicator
  for each row execute function action_plan_indicator_years();

create table action_plan_report (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references action_plan (id),
  activity_id uuid not null references action_plan_activity (id),
  -- The reporting (responsible) agency.
  agency_id uuid not null references agency (id),
  -- The period: a year of the plan.
  year integer not null,
  status text not null check (status in ('not_started', 'on_track', 'delayed', 'at_risk', 'completed')),
  narrative text not null check (length(narrative) <= 10000),
  -- [{"indicatorId": "…", "value": 12}]
  indicator_values jsonb not null default '[]' check (jsonb_typeof(indicator_values) = 'array'),
  state text not null default 'draft' check (state in ('draft', 'submitted', 'accepted', 'returned')),
  created_by uuid not null references app_user (id),
  submitted_by uuid references app_user (id),
  submitted_at timestamptz,
  reviewed_by uuid references app_user (id),
  reviewed_at timestamptz,
  review_comment text check (length(review_comment) <= 4000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint action_plan_report_one unique (activity_id, year),
  constraint action_plan_report_returned_comment check (state <> 'returned' or review_comment is not null)
);
create index action_plan_report_plan on action_plan_report (plan_id, year);

alter table action_plan enable row level security;
alter table action_plan_strategy enable row level security;
alter table action_plan_activity enable row level security;
alter table action_plan_indicator enable row level security;
alter table action_plan_report enable row level security;
grant select, insert on action_plan, action_plan_strategy, action_plan_activity, action_plan_indicator,
  action_plan_report to lindung_app;
grant update (title, updated_at) on action_plan to lindung_app;
grant update (status, narrative, indicator_values, state, submitted_by, submitted_at, reviewed_by, reviewed_at,
  review_comment, updated_at) on action_plan_report to lindung_app;

-- Plans and their parts: read by every agency of the country, written by the coordinating agency.
create policy action_plan_read on action_plan for select to lindung_app
  using (country = (select lindung_agency_country()));
create policy action_plan_create on action_plan for insert to lindung_app
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('coordination:manage'))
    and country = (select lindung_agency_country()) and created_by = (select lindung_user_id()));
create policy action_plan_change on action_plan for update to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('coordination:manage')))
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('coordination:manage')));

create function lindung_action_plan_readable(target uuid) returns boolean
  language sql stable security definer set search_path = public, pg_temp
  as $$ select exists (select 1 from action_plan p where p.id = target and p.country = lindung_agency_country()) $$;
create function lindung_action_plan_coordinated(target uuid) returns boolean
  language sql stable security definer set search_path = public, pg_temp
  as $$ select exists (select 1 from action_plan p where p.id = target and p.agency_id = lindung_agency_id())
           and lindung_can('coordination:manage') $$;

create policy action_plan_strategy_read on action_plan_strategy for select to lindung_app
  using (lindung_action_plan_readable(plan_id));
create policy action_plan_strategy_add on action_plan_strategy for insert to lindung_app
  with check (lindung_action_plan_coordinated(plan_id));
create policy action_plan_activity_read on action_plan_activity for select to lindung_app
  using (lindung_action_plan_readable(plan_id));
-- The responsible agency is one of the plan's country.
create policy action_plan_activity_add on action_plan_activity for insert to lindung_app
  with check (lindung_action_plan_coordinated(plan_id)
    and exists (select 1 from agency a where a.id = responsible_agency_id and a.country = (select lindung_agency_country())));
create policy action_plan_indicator_read on action_plan_indicator for select to lindung_app
  using (lindung_action_plan_readable(plan_id));
create policy action_plan_indicator_add on action_plan_indicator for insert to lindung_app
  with check (lindung_action_plan_coordinated(plan_id));

-- A report: its agency reads it always; the coordinating agency once it is submitted.
create policy action_plan_report_read on action_plan_report for select to lindung_app
  using ((agency_id = (select lindung_agency_id()) and (select lindung_can('coordination:report')))
    or (state <> 'draft' and lindung_action_plan_coordinated(plan_id)));
-- Written by the activity's responsible agency, for a year of the plan.
create policy action_plan_report_create on action_plan_report for insert to lindung_app
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('coordination:report'))
    and state = 'draft' and created_by = (select lindung_user_id())
    and exists (select 1 from action_plan_activity t join action_plan p on p.id = t.plan_id
                 where t.id = activity_id and t.plan_id = action_plan_report.plan_id
                   and t.responsible_agency_id = action_plan_report.agency_id
                   and action_plan_report.year between p.start_year and p.end_year));
-- Edited and submitted by its agency while a draft or returned.
create policy action_plan_report_edit on action_plan_report for update to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('coordination:report'))
    and state in ('draft', 'returned'))
  with check (agency_id = (select lindung_agency_id()) and state in ('draft', 'submitted'));
-- Reviewed (accepted, or returned with a comment) by the coordinating agency once submitted.
create policy action_plan_report_review on action_plan_report for update to lindung_app
  using (state = 'submitted' and lindung_action_plan_coordinated(plan_id))
  with check (state in ('accepted', 'returned') and reviewed_by = (select lindung_user_id())
    and lindung_action_plan_coordinated(plan_id));

-- Late reports are deadlines of the responsible agency (source kind `action_plan_report`, the
-- source an activity's id for a year). The coordinating agency registers them for the agencies of
-- its plan through this function; the responsible agency sees its own and they close on submission.
create function lindung_register_action_plan_deadlines(target uuid, grace_days integer)
  returns integer
  language plpgsql security definer set search_path = public, pg_temp
  as $$
  declare n integer;
  begin
    if not lindung_action_plan_coordinated(target) then
      raise exception 'not the coordinating agency of the plan' using errcode = '42501';
    end if;
    insert into deadline (agency_id, source_kind, source_id, due_at, due_on)
    select t.responsible_agency_id, 'action_plan_report', lindung_action_plan_period_source(t.id, y.year),
           ((make_date(y.year, 12, 31) + grace_days + 1)::timestamp at time zone a.time_zone),
           make_date(y.year, 12, 31) + grace_days
      from action_plan_activity t
      join action_plan p on p.id = t.plan_id
      join agency a on a.id = t.responsible_agency_id
      cross join lateral generate_series(p.start_year, p.end_year) as y(year)
     where t.plan_id = target
       and not exists (select 1 from action_plan_report r
                        where r.activity_id = t.id and r.year = y.year and r.state <> 'draft')
    on conflict (source_kind, source_id) do nothing;
    get diagnostics n = row_count;
    return n;
  end
  $$;

-- The deadline's source id for an activity's report of a year: stable, derived from both, and a
-- well-formed UUID (version 8, RFC variant) so that the API's UUID checks accept it.
create function lindung_action_plan_period_source(activity uuid, year integer) returns uuid
  language sql immutable parallel safe
  as $$
    select (substr(h, 1, 12) || '8' || substr(h, 14, 3) || '8' || substr(h, 18, 15))::uuid
      from (select md5(activity::text || ':' || year::text) as h) m
  $$;

-- Closed (done) by the reporting agency when it submits; seen by its users who report.
create policy deadline_action_plan on deadline for all to lindung_app
  using (source_kind = 'action_plan_report' and agency_id = (select lindung_agency_id())
    and (select lindung_can('coordination:report')))
  with check (source_kind = 'action_plan_report' and agency_id = (select lindung_agency_id())
    and (select lindung_can('coordination:report')));
