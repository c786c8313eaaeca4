-- The daily work on a case: tasks with owners and due dates, and notes (encrypted narrative).
create table case_task (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references case_file (id) on delete cascade,
  agency_id uuid not null references agency (id),
  title text not null check (length(btrim(title)) between 1 and 300),
  due_on date,
  owner_user_id uuid references app_user (id),
  status text not null default 'open' check (status in ('open', 'done', 'cancelled')),
  done_at timestamptz,
  created_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint case_task_done_time check ((status = 'done') = (done_at is not null))
);
create index case_task_case on case_task (case_id, status, due_on);
create index case_task_owner on case_task (owner_user_id, status, due_on);

create table case_note (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references case_file (id) on delete cascade,
  agency_id uuid not null references agency (id),
  -- Encrypted by the application.
  body text not null,
  author_user_id uuid references app_user (id),
  created_at timestamptz not null default now()
);
create index case_note_case on case_note (case_id, created_at);

alter table case_task enable row level security;
alter table case_note enable row level security;
grant select, insert, update on case_task to lindung_app;
-- Notes are a record of what was said and done: added, never edited or removed.
grant select, insert on case_note to lindung_app;
create policy case_task_own on case_task for all to lindung_app
  using (agency_id = lindung_agency_id() and lindung_can('case:read'))
  with check (agency_id = lindung_agency_id() and lindung_can('case:write'));
create policy case_note_own on case_note for all to lindung_app
  using (agency_id = lindung_agency_id() and lindung_can('case:read'))
  with check (agency_id = lindung_agency_id() and lindung_can('case:write'));
