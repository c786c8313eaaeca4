-- An agency wrote events under its own name on any case id it sent: the policy (0011) checked the
-- event's agency, not the case's. An event now goes only on a case of the agency writing it; the
-- receiving agency of a referral or a repatriation reaches the sending agency's timeline only
-- through the security-definer functions made for it (0019, 0025, 0031), which this does not touch.
drop policy case_event_own on case_event;
create policy case_event_own on case_event for all to lindung_app
  using (agency_id = lindung_agency_id() and lindung_can('case:read'))
  with check (
    agency_id = lindung_agency_id() and lindung_can('case:read')
    and exists (select 1 from case_file c where c.id = case_event.case_id and c.agency_id = case_event.agency_id)
  );
