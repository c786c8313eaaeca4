-- Closing a case withdraws what still waits for approval on it (decision 0150): whoever closes the
-- case withdraws those requests, colleagues' included, and only in the closing's own transaction
-- (the case was closed at this transaction's `now()`), so no request of a case closed earlier (an
-- erasure waiting on it) is anyone's to withdraw but its requester's. Otherwise as before: a
-- supervisor decides, the requester withdraws their own.
drop policy approval_request_decide on approval_request;
create policy approval_request_decide on approval_request for update to lindung_app
  using (agency_id = lindung_agency_id() and status = 'pending'
    and (lindung_can('approval:decide') or requested_by = lindung_user_id()
      or (lindung_can('case:write') and exists (
        select 1 from case_file c
         where c.id = approval_request.case_id and c.status = 'closed' and c.closed_at = now()))))
  with check (agency_id = lindung_agency_id()
    and ((status in ('approved', 'rejected') and lindung_can('approval:decide') and decided_by = lindung_user_id())
      or (status = 'withdrawn' and requested_by = lindung_user_id())
      or (status = 'withdrawn' and decided_by is null and lindung_can('case:write') and exists (
        select 1 from case_file c
         where c.id = approval_request.case_id and c.status = 'closed' and c.closed_at = now()))));
