-- A report from the public turned into an investigation of the prosecution module (issue 10,
-- decision 0039). The investigation keeps where it came from: the report, its tracking code, and
-- what the reporter said happened, where and when (encrypted by the application, as in the
-- report); the report names the investigation. Only the investigating agency sees either side.
create table investigation_public_report (
  investigation_id uuid primary key,
  agency_id uuid not null references agency (id),
  public_report_id uuid not null unique references public_report (id),
  tracking_code text not null check (tracking_code ~ '^R-[A-Z0-9]{4}-[A-Z0-9]{4}$'),
  -- Encrypted by the application (investigation_public_report.<column>).
  what text not null,
  place text not null,
  happened text,
  reported_at timestamptz not null,
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  constraint investigation_public_report_investigation foreign key (investigation_id, agency_id)
    references investigation (id, agency_id)
);

alter table public_report add column investigation_id uuid references investigation (id);
alter table public_report drop constraint public_report_converted_has_case;
alter table public_report add constraint public_report_converted_has_case_or_investigation
  check ((status = 'converted') = (case_id is not null or investigation_id is not null));

alter table investigation_public_report enable row level security;
-- Where an investigation came from: written once when it is opened, never changed.
grant select, insert on investigation_public_report to lindung_app;
create policy investigation_public_report_own on investigation_public_report for select to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('prosecution:manage')));
create policy investigation_public_report_open on investigation_public_report for insert to lindung_app
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('prosecution:manage'))
    and (select lindung_can('public_report:triage')) and created_by = (select lindung_user_id())
    and exists (select 1 from public_report r
                 where r.id = public_report_id and r.agency_id = (select lindung_agency_id())));
