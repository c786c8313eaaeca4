-- The platform's scan across agencies runs as a recurring job (decision 0037). Each run is kept
-- so that the next one scores only the persons changed since (against every person), with a full
-- run once a day to drop hints a change on the other side made stale. Platform work only: the
-- application role has no grant on it and reads nothing of it.
create table linkage_scan_run (
  id uuid primary key default gen_random_uuid(),
  mode text not null check (mode in ('full', 'changed')),
  -- A changed run scored the persons created or changed after this moment.
  changed_since timestamptz,
  started_at timestamptz not null,
  finished_at timestamptz not null default clock_timestamp(),
  persons integer not null check (persons >= 0),
  scored integer not null check (scored >= 0),
  hints integer not null check (hints >= 0),
  constraint linkage_scan_run_since check ((mode = 'full') = (changed_since is null))
);
create index linkage_scan_run_started on linkage_scan_run (started_at desc);
alter table linkage_scan_run enable row level security;
