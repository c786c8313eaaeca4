-- The case list under load (bench/cases-load.ts, 100k cases): the policies' calls to
-- lindung_agency_id() and lindung_can() were planned once per row, and the planner, misjudging
-- how many rows pass them, read and sorted every open case of an agency to show 50. As scalar
-- subqueries they run once per statement and the plan matches the one without row-level security.
-- Done policy by policy for the tables the case list and case page read.
alter policy case_file_own on case_file
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('case:read')))
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('case:write')));
alter policy case_person_own on case_person
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('case:read')))
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('case:write')));
alter policy case_worker_own on case_worker
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('case:read')))
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('case:write')));
alter policy person_own on person
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('person:read')))
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('person:write')));
alter policy person_name_own on person_name
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('person:read')))
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('person:write')));

-- The list's order is opened_on desc, id desc, with or without a status filter.
drop index case_file_agency_status;
create index case_file_agency_status on case_file (agency_id, status, opened_on desc, id desc);
create index case_file_agency_opened on case_file (agency_id, opened_on desc, id desc);
