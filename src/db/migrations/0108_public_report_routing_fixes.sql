-- Corrections to routing reports from the public (decision 0039, review of migration 0100).
--
-- A declared region beats the country's default triage agency, so declaring one moves a state's
-- reports from the public to the agency: only a system administrator (agency:manage) does it, not
-- the agency's own administrator (agency:update_own) any more.
drop policy agency_region_add on agency_region;
drop policy agency_region_remove on agency_region;
create policy agency_region_add on agency_region for insert to lindung_app
  with check ((select lindung_can('agency:manage')));
create policy agency_region_remove on agency_region for delete to lindung_app
  using ((select lindung_can('agency:manage')));
