-- One row per encryption key that has protected data in this database, with a known value
-- encrypted under it: at start the platform proves it holds every key the data needs.
create table encryption_key (
  id text primary key check (id ~ '^[a-f0-9]{16}$'),
  canary text not null,
  created_at timestamptz not null default now()
);
alter table encryption_key enable row level security;
