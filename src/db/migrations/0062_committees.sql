-- Committees and meetings: a committee (e.g. the council and its sub-committees) of a country,
-- kept by its secretariat agency, with member agencies and their roles; meetings with agenda,
-- attendance, minutes and decisions (which may name action plan activities); action items with an
-- owner agency, due date and status, carried to the next meeting while open. No victim data.
-- Read by every agency of the committee's country; changed by the secretariat's coordinators; an
-- action item's status also by its owner agency. See docs/decisions/0018-national-action-plan.md.
create table committee (
  id uuid primary key default gen_random_uuid(),
  -- The secretariat.
  agency_id uuid not null references agency (id),
  country char(2) not null check (country ~ '^[A-Z]{2}$'),
  parent_id uuid references committee (id),
  name text not null check (length(btrim(name)) between 3 and 300),
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now()
);
create index committee_country on committee (country, name);

create table committee_member (
  committee_id uuid not null references committee (id),
  agency_id uuid not null references agency (id),
  role text not null check (role in ('chair', 'deputy_chair', 'secretary', 'member', 'observer')),
  primary key (committee_id, agency_id)
);

create table meeting (
  id uuid primary key default gen_random_uuid(),
  committee_id uuid not null references committee (id),
  held_on date not null,
  place text not null check (length(btrim(place)) between 2 and 300),
  agenda text[] not null default '{}',
  minutes text check (length(minutes) <= 50000),
  recorded_at timestamptz,
  recorded_by uuid references app_user (id),
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now()
);
create index meeting_committee on meeting (committee_id, held_on);

create table meeting_attendance (
  meeting_id uuid not null references meeting (id),
  committee_id uuid not null references committee (id),
  agency_id uuid not null references agency (id),
  present boolean not null,
  primary key (meeting_id, agency_id)
);

create table meeting_decision (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references meeting (id),
  committee_id uuid not null references committee (id),
  position integer not null,
  text text not null check (length(btrim(text)) between 2 and 4000),
  -- Activities of the national action plan the decision concerns.
  activity_ids uuid[] not null default '{}',
  unique (meeting_id, position)
);

create table action_item (
  id uuid primary key default gen_random_uuid(),
  committee_id uuid not null references committee (id),
  -- The meeting that raised it.
  meeting_id uuid not null references meeting (id),
  title text not null check (length(btrim(title)) between 2 and 500),
  owner_agency_id uuid not null references agency (id),
  due_on date not null,
  status text not null default 'open' check (status in ('open', 'in_progress', 'done', 'dropped')),
  closed_at timestamptz,
  updated_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  constraint action_item_closed check ((status in ('done', 'dropped')) = (closed_at is not null))
);
create index action_item_committee_open on action_item (committee_id, due_on) where status in ('open', 'in_progress');

create function lindung_committee_readable(target uuid) returns boolean
  language sql stable security definer set search_path = public, pg_temp
  as $$ select exists (select 1 from committee c where c.id = target and c.country = lindung_agency_country()) $$;
create function lindung_committee_kept(target uuid) returns boolean
  language sql stable security definer set search_path = public, pg_temp
  as $$ select exists (select 1 from committee c where c.id = target and c.agency_id = lindung_agency_id())
           and lindung_can('coordination:manage') $$;

alter table committee enable row level security;
alter table committee_member enable row level security;
alter table meeting enable row level security;
alter table meeting_attendance enable row level security;
alter table meeting_decision enable row level security;
alter table action_item enable row level security;
grant select, insert on committee, committee_member, meeting, meeting_attendance, meeting_decision, action_item
  to lindung_app;
grant update (minutes, recorded_at, recorded_by) on meeting to lindung_app;
grant update (status, closed_at, updated_at) on action_item to lindung_app;

create policy committee_read on committee for select to lindung_app
  using (country = (select lindung_agency_country()));
create policy committee_create on committee for insert to lindung_app
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('coordination:manage'))
    and country = (select lindung_agency_country()) and created_by = (select lindung_user_id()));

create policy committee_member_read on committee_member for select to lindung_app
  using (lindung_committee_readable(committee_id));
create policy committee_member_add on committee_member for insert to lindung_app
  with check (lindung_committee_kept(committee_id)
    and exists (select 1 from agency a where a.id = agency_id and a.country = (select lindung_agency_country())));

create policy meeting_read on meeting for select to lindung_app using (lindung_committee_readable(committee_id));
create policy meeting_create on meeting for insert to lindung_app with check (lindung_committee_kept(committee_id));
-- The minutes are recorded once.
create policy meeting_record on meeting for update to lindung_app
  using (lindung_committee_kept(committee_id) and recorded_at is null)
  with check (lindung_committee_kept(committee_id) and recorded_by = (select lindung_user_id()));

create policy meeting_attendance_read on meeting_attendance for select to lindung_app
  using (lindung_committee_readable(committee_id));
create policy meeting_attendance_add on meeting_attendance for insert to lindung_app
  with check (lindung_committee_kept(committee_id)
    and exists (select 1 from meeting m where m.id = meeting_id and m.committee_id = meeting_attendance.committee_id));
create policy meeting_decision_read on meeting_decision for select to lindung_app
  using (lindung_committee_readable(committee_id));
create policy meeting_decision_add on meeting_decision for insert to lindung_app
  with check (lindung_committee_kept(committee_id)
    and exists (select 1 from meeting m where m.id = meeting_id and m.committee_id = meeting_decision.committee_id));

create policy action_item_read on action_item for select to lindung_app
  using (lindung_committee_readable(committee_id));
create policy action_item_add on action_item for insert to lindung_app
  with check (lindung_committee_kept(committee_id)
    and exists (select 1 from meeting m where m.id = meeting_id and m.committee_id = action_item.committee_id));
-- Its status changes by the secretariat, or by the owner agency's reporters.
create policy action_item_change on action_item for update to lindung_app
  using (lindung_committee_kept(committee_id)
    or (owner_agency_id = (select lindung_agency_id()) and (select lindung_can('coordination:report'))))
  with check (lindung_committee_kept(committee_id)
    or (owner_agency_id = (select lindung_agency_id()) and (select lindung_can('coordination:report'))));
