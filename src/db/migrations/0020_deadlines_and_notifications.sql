-- Deadlines: one table for every dated obligation a module registers (a protection order's expiry,
-- a referral's answer, a care plan's review, a reintegration follow-up, a court date). A module
-- registers and closes its deadlines in the transaction of the change that makes them; the
-- dashboard and the reminders read only this table. See docs/decisions/0007-deadline-engine.md.
create table deadline (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  case_id uuid references case_file (id) on delete cascade,
  -- What the deadline belongs to: a kind from src/modules/deadlines/deadline-sources.ts and its id.
  source_kind text not null check (source_kind ~ '^[a-z][a-z_]*$'),
  source_id uuid not null,
  owner_user_id uuid references app_user (id),
  -- The moment it falls due, and that moment's date in the agency's time zone (what "due today" means).
  due_at timestamptz not null,
  due_on date not null,
  status text not null default 'open' check (status in ('open', 'done', 'cancelled')),
  closed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint deadline_one_per_source unique (source_kind, source_id),
  constraint deadline_closed_when check ((status = 'open') = (closed_at is null))
);
create index deadline_agency_open on deadline (agency_id, due_at, id) where status = 'open';
create index deadline_owner_open on deadline (owner_user_id, due_at, id) where status = 'open';
create index deadline_case on deadline (case_id);

-- Reminders sent: one row per deadline, lead (days before the due date) and due date. The primary
-- key is what makes each reminder go once when several processes sweep at the same time.
create table deadline_reminder (
  deadline_id uuid not null references deadline (id) on delete cascade,
  lead_days smallint not null check (lead_days between 0 and 365),
  due_on date not null,
  sent_at timestamptz not null default now(),
  primary key (deadline_id, lead_days, due_on)
);

-- In-app notifications of a user. The detail names records by id and reference, never a person.
create table notification (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  user_id uuid not null references app_user (id),
  kind text not null check (kind ~ '^[a-z_]+(\.[a-z_]+)*$'),
  deadline_id uuid references deadline (id) on delete cascade,
  detail jsonb not null default '{}',
  created_at timestamptz not null default now(),
  read_at timestamptz
);
create index notification_user on notification (user_id, created_at desc, id desc);

alter table deadline enable row level security;
alter table deadline_reminder enable row level security;
alter table notification enable row level security;
-- Deadlines change status and date (an order revoked, a hearing moved) but are never removed.
grant select, insert, update on deadline to lindung_app;
-- Reminders are the sweep's (run by the platform, not as lindung_app): no grant.
grant select on notification to lindung_app;
grant update (read_at) on notification to lindung_app;

-- An agency's deadlines, seen by those who work its cases or its referrals.
create policy deadline_own on deadline for all to lindung_app
  using (agency_id = (select lindung_agency_id())
    and ((select lindung_can('case:read')) or (select lindung_can('referral:manage'))))
  with check (agency_id = (select lindung_agency_id())
    and ((select lindung_can('case:write')) or (select lindung_can('referral:manage'))));

-- A user's own notifications, in the agency they act for.
create policy notification_own on notification for all to lindung_app
  using (user_id = (select lindung_user_id()) and agency_id = (select lindung_agency_id()))
  with check (user_id = (select lindung_user_id()) and agency_id = (select lindung_agency_id()));
