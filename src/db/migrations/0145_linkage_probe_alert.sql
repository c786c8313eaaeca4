-- Probing for which agency holds a victim (decision 0050): one user's newly recorded persons
-- raising hints across agencies for several distinct persons within a day raise one security alert
-- (an audit entry and a notification to the agency's administrators). The alerts raised, so that a
-- user raises one a day. No personal data: who recorded, how many persons, when. No grant: the
-- platform's match writes and reads it.
create table linkage_probe_alert (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references app_user (id),
  agency_id uuid not null references agency (id),
  persons integer not null check (persons > 0),
  raised_at timestamptz not null default now()
);
create index linkage_probe_alert_user on linkage_probe_alert (user_id, raised_at desc);
alter table linkage_probe_alert enable row level security;

-- The persons one user recorded lately, counted after every match.
create index person_created_by on person (created_by, created_at);
