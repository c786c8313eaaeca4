-- The retention job's anonymising of a closed case now also leaves notices, to the agencies the
-- case's person was referred to, on their own likely matches of her (decision 0049). Such a notice
-- has no approval: its cause is the anonymised case (the platform's, not readable by the agency
-- told, like the approval), and the agency reads only which of the two it was.
alter table erasure_notice
  alter column approval_id drop not null,
  add column anonymised_case_id uuid references case_file (id),
  add column cause text not null default 'request' check (cause in ('request', 'retention')),
  add constraint erasure_notice_one_cause check (
    (cause = 'request' and approval_id is not null and anonymised_case_id is null)
    or (cause = 'retention' and approval_id is null and anonymised_case_id is not null)),
  add constraint erasure_notice_once_per_case unique (person_id, anonymised_case_id);
grant select (cause) on erasure_notice to lindung_app;
