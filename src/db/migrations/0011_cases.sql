-- Cases: a trafficking victim's case or an investigation, owned by one agency, numbered per agency
-- and year. Persons take part in a case in a role (the same person may be a victim in one case and
-- a witness in another). Everything that happens to a case is an event on its timeline.
create table case_file (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  reference text not null,
  type text not null check (type in ('victim_case', 'investigation')),
  status text not null default 'open' check (status in ('open', 'active', 'closed')),
  exploitation_types text[] not null default '{}' check (exploitation_types <@ array[
    'forced_labour', 'sexual_exploitation', 'forced_criminality', 'online_scam_compound', 'domestic_servitude',
    'forced_marriage', 'organ_removal', 'child_soldiering', 'other'
  ]),
  labour_sector text check (labour_sector in (
    'agriculture', 'construction', 'domestic_work', 'fishing', 'manufacturing', 'hospitality', 'entertainment',
    'mining', 'plantation', 'services', 'other'
  )),
  recruitment_place text check (length(recruitment_place) <= 300),
  recruitment_country char(2) check (recruitment_country ~ '^[A-Z]{2}$'),
  recruited_on date,
  exploitation_place text check (length(exploitation_place) <= 300),
  exploitation_country char(2) check (exploitation_country ~ '^[A-Z]{2}$'),
  exploitation_started_on date,
  exploitation_ended_on date,
  means_of_control text[] not null default '{}',
  recruiter_relationship text check (recruiter_relationship in (
    'family', 'partner', 'friend', 'acquaintance', 'employer', 'agent', 'stranger', 'other', 'unknown'
  )),
  risk_level text not null default 'medium' check (risk_level in ('low', 'medium', 'high', 'critical')),
  -- Narrative summary, encrypted by the application.
  summary text,
  opened_on date not null default current_date,
  closed_at timestamptz,
  close_reason text check (length(close_reason) <= 1000),
  created_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint case_reference_unique unique (agency_id, reference),
  constraint case_exploitation_dates check (exploitation_ended_on is null or exploitation_started_on is null
    or exploitation_ended_on >= exploitation_started_on),
  constraint case_closed_has_time check ((status = 'closed') = (closed_at is not null))
);
create index case_file_agency_status on case_file (agency_id, status, opened_on desc, id);

-- Numbers cases per agency and year without gaps from concurrent creation: the row is locked
-- by the increment until the creating transaction ends.
create table case_reference_counter (
  agency_id uuid not null references agency (id),
  year integer not null,
  last_number integer not null,
  primary key (agency_id, year)
);

create table case_person (
  case_id uuid not null references case_file (id) on delete cascade,
  person_id uuid not null references person (id),
  agency_id uuid not null references agency (id),
  role text not null check (role in ('presumed_victim', 'victim', 'suspect', 'witness', 'family', 'guardian')),
  added_at timestamptz not null default now(),
  primary key (case_id, person_id, role)
);
create index case_person_person on case_person (person_id);

create table case_worker (
  case_id uuid not null references case_file (id) on delete cascade,
  user_id uuid not null references app_user (id),
  agency_id uuid not null references agency (id),
  assigned_at timestamptz not null default now(),
  primary key (case_id, user_id)
);
create index case_worker_user on case_worker (user_id);

-- The timeline: what happened to the case, when and by whom. Summaries hold no personal data.
create table case_event (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references case_file (id) on delete cascade,
  agency_id uuid not null references agency (id),
  at timestamptz not null default clock_timestamp(),
  actor_user_id uuid,
  kind text not null check (kind ~ '^[a-z_]+(\.[a-z_]+)*$'),
  detail jsonb not null default '{}'
);
create index case_event_case on case_event (case_id, at);

alter table case_file enable row level security;
alter table case_reference_counter enable row level security;
alter table case_person enable row level security;
alter table case_worker enable row level security;
alter table case_event enable row level security;
grant select, insert, update on case_file, case_reference_counter to lindung_app;
grant select, insert, delete on case_person, case_worker to lindung_app;
grant select, insert on case_event to lindung_app;

create policy case_file_own on case_file for all to lindung_app
  using (agency_id = lindung_agency_id() and lindung_can('case:read'))
  with check (agency_id = lindung_agency_id() and lindung_can('case:write'));
create policy case_reference_counter_own on case_reference_counter for all to lindung_app
  using (agency_id = lindung_agency_id() and lindung_can('case:write'))
  with check (agency_id = lindung_agency_id() and lindung_can('case:write'));
create policy case_person_own on case_person for all to lindung_app
  using (agency_id = lindung_agency_id() and lindung_can('case:read'))
  with check (agency_id = lindung_agency_id() and lindung_can('case:write'));
create policy case_worker_own on case_worker for all to lindung_app
  using (agency_id = lindung_agency_id() and lindung_can('case:read'))
  with check (agency_id = lindung_agency_id() and lindung_can('case:write'));
create policy case_event_own on case_event for all to lindung_app
  using (agency_id = lindung_agency_id() and lindung_can('case:read'))
  with check (agency_id = lindung_agency_id() and lindung_can('case:read'));
