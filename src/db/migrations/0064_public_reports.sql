-- Reports of a suspicion made by the public, without signing in (issue 10). A report is routed to
-- the agency responsible for the place it names and waits in that agency's triage queue. What the
-- reporter wrote (what, where, when, who, contact details, answers) is stored encrypted; the
-- reporter's secret only as a SHA-256 hash. The public side runs as the database owner through a
-- few narrow queries (public-report.repo.ts); the staff side runs as lindung_app under these
-- policies: only the receiving agency's triage staff see or change its reports.
insert into role_permission (role_code, permission) values
  ('frontline_officer', 'public_report:triage'),
  ('case_manager', 'public_report:triage'),
  ('investigator', 'public_report:triage');

create table public_report (
  id uuid primary key default gen_random_uuid(),
  tracking_code text not null unique check (tracking_code ~ '^R-[A-Z0-9]{4}-[A-Z0-9]{4}$'),
  secret_hash text not null check (secret_hash ~ '^[0-9a-f]{64}$'),
  agency_id uuid not null references agency (id),
  country char(2) not null check (country ~ '^[A-Z]{2}$'),
  region text check (length(btrim(region)) between 1 and 200),
  language text not null check (language in ('en', 'ms', 'id', 'vi')),
  -- Encrypted (public_report.<column>): what happened, where, when, who, how to reach the reporter.
  what text not null,
  place text not null,
  happened text,
  who text,
  contact text,
  status text not null default 'received'
    check (status in ('received', 'awaiting_reporter', 'in_review', 'closed', 'converted')),
  case_id uuid references case_file (id),
  closed_reason text check (closed_reason in ('no_grounds', 'duplicate', 'referred_elsewhere', 'resolved')),
  received_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint public_report_converted_has_case check ((status = 'converted') = (case_id is not null))
);
create index public_report_queue on public_report (agency_id, status, received_at desc);

-- Follow-up questions by the agency and the reporter's answers, in order; bodies encrypted.
create table public_report_message (
  id uuid primary key default gen_random_uuid(),
  report_id uuid not null references public_report (id),
  agency_id uuid not null references agency (id),
  direction text not null check (direction in ('question', 'answer')),
  body text not null,
  author_user_id uuid references app_user (id),
  created_at timestamptz not null default now(),
  constraint public_report_message_author check ((direction = 'question') = (author_user_id is not null))
);
create index public_report_message_report on public_report_message (report_id, created_at);

-- Pictures sent with a report, metadata stripped before they are stored (encrypted, base64).
create table public_report_attachment (
  id uuid primary key default gen_random_uuid(),
  report_id uuid not null references public_report (id),
  agency_id uuid not null references agency (id),
  media_type text not null check (media_type in ('image/jpeg', 'image/png')),
  size_bytes integer not null check (size_bytes between 1 and 2097152),
  content text not null,
  created_at timestamptz not null default now()
);
create index public_report_attachment_report on public_report_attachment (report_id);

-- Proof-of-work challenges already spent (single use); kept only until they expire.
create table public_challenge_spent (
  challenge_hash text primary key check (challenge_hash ~ '^[0-9a-f]{64}$'),
  expires_at timestamptz not null
);

-- Anonymous attempts for the abuse protection: the client is a keyed hash of its address cut to
-- 16 hex digits, never the address, and each row is deleted an hour after it was made.
create table public_attempt (
  id bigint generated always as identity primary key,
  kind text not null check (kind in ('report', 'report_status', 'case_progress')),
  client_hash text not null check (client_hash ~ '^[0-9a-f]{16}$'),
  succeeded boolean not null,
  at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index public_attempt_client on public_attempt (client_hash, kind, at);
create index public_attempt_expiry on public_attempt (expires_at);

alter table public_report enable row level security;
alter table public_report_message enable row level security;
alter table public_report_attachment enable row level security;
alter table public_challenge_spent enable row level security;
alter table public_attempt enable row level security;
-- Staff never insert reports or attachments (the public does, as the owner); they ask questions and
-- change a report's status. Challenges and attempts have no grant: only the owner touches them.
grant select, update on public_report to lindung_app;
grant select, insert on public_report_message to lindung_app;
grant select on public_report_attachment to lindung_app;

create policy public_report_triage_read on public_report for select to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('public_report:triage')));
create policy public_report_triage_change on public_report for update to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('public_report:triage')))
  with check (agency_id = (select lindung_agency_id()));
create policy public_report_message_read on public_report_message for select to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('public_report:triage')));
create policy public_report_message_ask on public_report_message for insert to lindung_app
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('public_report:triage'))
    and direction = 'question' and author_user_id = (select lindung_user_id())
    and exists (select 1 from public_report r where r.id = report_id and r.agency_id = (select lindung_agency_id())));
create policy public_report_attachment_read on public_report_attachment for select to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('public_report:triage')));
