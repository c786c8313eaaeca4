-- Probing by editing (decision 0129, amends 0050): a probe alert counted only persons created
-- within the day, so one old record edited again and again — its passport number set to one
-- victim's after another (decision 0121) — told which agencies hold them without ever alerting.
-- Who last changed who a person is (names, birth, sex, nationality, documents), and when; null
-- until an edit, when the person's creation says it.
alter table person add column identity_changed_by uuid references app_user (id);
alter table person add column identity_changed_at timestamptz;

-- Each recording or edit of who a person is that was followed by a hint across agencies, once
-- (a person and the moment of its change), so that five edits of one record count five times.
-- Kept for the alert's window only. No personal data beyond the ids; no grant: the platform's
-- match writes and reads it.
create table linkage_probe_hit (
  person_id uuid not null references person (id) on delete cascade,
  changed_at timestamptz not null,
  user_id uuid not null references app_user (id),
  agency_id uuid not null references agency (id),
  primary key (person_id, changed_at)
);
create index linkage_probe_hit_user on linkage_probe_hit (user_id, changed_at);
alter table linkage_probe_hit enable row level security;
