-- Background jobs (reminders, notifications, exports). A job stays in the table until done, so it
-- survives a restart; `locked_until` hands a job back to the queue if its worker died.
create table job (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind ~ '^[a-z_]+(\.[a-z_]+)*$'),
  payload jsonb not null default '{}',
  status text not null default 'queued' check (status in ('queued', 'running', 'done', 'failed')),
  run_at timestamptz not null default now(),
  attempts integer not null default 0,
  max_attempts integer not null default 5 check (max_attempts between 1 and 100),
  locked_until timestamptz,
  last_error text,
  -- Jobs with the same key are queued once while one is waiting (e.g. one reminder per deadline).
  singleton_key text,
  created_at timestamptz not null default now(),
  finished_at timestamptz
);
create index job_ready on job (run_at) where status = 'queued';
create index job_running on job (locked_until) where status = 'running';
create unique index job_singleton on job (kind, singleton_key) where status in ('queued', 'running');

-- Jobs are system work, run outside any user's request.
alter table job enable row level security;

-- A request may queue a job in its own transaction (so the job exists if and only if the change
-- does), but cannot read, change or run jobs.
grant insert on job to lindung_app;
create policy job_enqueue on job for insert to lindung_app with check (status = 'queued' and attempts = 0);
