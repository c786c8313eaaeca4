-- Retention periods are set by administrators in the application (decision 0038), no longer only in
-- SQL: an agency administrator sets their own agency's periods (`retention:manage`), the platform
-- administrator the periods of a country and the platform's defaults, and any agency's
-- (`retention:manage_any`). The retention job keeps reading the table as the platform.
insert into role_permission (role_code, permission) values
  ('agency_admin', 'retention:manage'),
  ('system_admin', 'retention:manage_any')
  on conflict do nothing;

-- Who last changed a period, and when (the audit log says what changed).
alter table retention_period add column changed_by uuid references app_user (id);
alter table retention_period add column changed_at timestamptz not null default now();

grant select, insert, update, delete on retention_period to lindung_app;

-- An agency administrator sees their agency's rows and the country and default rows that apply to
-- it (what their own period falls back to); the platform administrator sees every row.
create policy retention_period_read on retention_period for select to lindung_app
  using (lindung_can('retention:manage_any')
    or (lindung_can('retention:manage')
        and (agency_id = lindung_agency_id()
             or (agency_id is null and jurisdiction in (lindung_agency_country(), '*')))));

-- Changes: an agency administrator only their own agency's row (under its country); the platform
-- administrator any row.
create policy retention_period_insert on retention_period for insert to lindung_app
  with check (lindung_can('retention:manage_any')
    or (lindung_can('retention:manage') and agency_id = lindung_agency_id()
        and jurisdiction = lindung_agency_country()));
create policy retention_period_update on retention_period for update to lindung_app
  using (lindung_can('retention:manage_any')
    or (lindung_can('retention:manage') and agency_id = lindung_agency_id()))
  with check (lindung_can('retention:manage_any')
    or (lindung_can('retention:manage') and agency_id = lindung_agency_id()
        and jurisdiction = lindung_agency_country()));
-- The '*' rows are what every case falls back to: without one a case would never be anonymised,
-- so nobody removes them through the application.
create policy retention_period_delete on retention_period for delete to lindung_app
  using (jurisdiction <> '*' and (lindung_can('retention:manage_any')
    or (lindung_can('retention:manage') and agency_id = lindung_agency_id())));
