-- Health screening at intake: recorded only with the person's consent, against a versioned
-- checklist (the infectious-disease operating guideline), and readable only by users who hold
-- health:read. Everything clinical (symptoms, tests and results, isolation or quarantine, the
-- referral to a health facility, notes) is one value encrypted by the application.
insert into role (code, description) values
  ('health_worker', 'Screens victims'' health at intake and follows up tests, isolation and referrals');
insert into role_permission (role_code, permission) values
  ('health_worker', 'person:read'), ('health_worker', 'case:read'),
  ('health_worker', 'health:read'), ('health_worker', 'health:record');
-- Health data is for those who treat: a case manager sees that a screening took place (on the
-- timeline), not what it found. See docs/decisions/0009.
delete from role_permission where role_code = 'case_manager' and permission = 'health:read';

create table health_screening (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references case_file (id) on delete cascade,
  person_id uuid not null references person (id),
  agency_id uuid not null references agency (id),
  -- The checklist version the screening was recorded against; kept when newer versions come.
  checklist_version text not null check (checklist_version ~ '^[a-z0-9_.-]{1,60}$'),
  screened_on date not null,
  screened_by uuid not null references app_user (id),
  -- The consent the screening rests on: how it was given and where it is written down.
  consent_basis text not null check (consent_basis in ('written', 'verbal', 'guardian')),
  consent_reference text not null check (length(btrim(consent_reference)) between 1 and 200),
  -- Encrypted by the application: the checklist's findings as one JSON object.
  findings text not null,
  recorded_by uuid not null references app_user (id),
  created_at timestamptz not null default now()
);
create index health_screening_case on health_screening (case_id, screened_on desc, created_at desc);

alter table health_screening enable row level security;
-- A record: added, never changed or removed (a later screening records a later state).
grant select, insert on health_screening to lindung_app;

create policy health_screening_own on health_screening for all to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('health:read')))
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('health:record'))
    and recorded_by = (select lindung_user_id())
    and exists (select 1 from case_file c where c.id = health_screening.case_id and c.status <> 'closed')
    and exists (select 1 from case_person cp
                 where cp.case_id = health_screening.case_id and cp.person_id = health_screening.person_id));
