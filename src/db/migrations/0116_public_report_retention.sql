-- A report from the public that never became a case kept the reporter's contact, what they told
-- and their pictures with no end (decision 0038's gap). Its retention period is data like the
-- cases' (record type `public_report`, counted from when the report was closed), and the daily
-- retention job erases it past the period: what was told, who, how to reach the reporter, the
-- questions and answers, the pictures. What the figures count stays (agency, country, region,
-- language, status, closing reason, when received). See docs/decisions/0042-public-report-retention-and-erasure-across-agencies.md.
alter table retention_period drop constraint retention_period_record_type_check;
alter table retention_period add constraint retention_period_record_type_check
  check (record_type in ('victim_case', 'investigation', 'public_report'));
insert into retention_period (jurisdiction, record_type, years, source) values
  ('*', 'public_report', 1, 'DEFAULT of the platform, not from law: set the period of your jurisdiction')
  on conflict do nothing;

-- When the report's personal data were erased; only the platform marks it (as for cases and persons).
alter table public_report add column anonymised_at timestamptz;
create trigger public_report_anonymised_at before update on public_report
  for each row execute function lindung_guard_anonymised_at();
create index public_report_closed_to_anonymise on public_report (updated_at)
  where status = 'closed' and anonymised_at is null;
