-- A notice of an erasure elsewhere (0117) stayed on the agency's list for ever. The agency's case
-- workers now acknowledge it once they have looked at their own person (decision 0049): who and
-- when are kept, the notice stays readable (the list shows it acknowledged), and only the notified
-- agency may set them — the same rows its case workers may read.
alter table erasure_notice
  add column acknowledged_at timestamptz,
  add column acknowledged_by uuid references app_user (id),
  add constraint erasure_notice_acknowledged_together
    check ((acknowledged_at is null) = (acknowledged_by is null));
grant select (acknowledged_at, acknowledged_by) on erasure_notice to lindung_app;
grant update (acknowledged_at, acknowledged_by) on erasure_notice to lindung_app;
create policy erasure_notice_acknowledge on erasure_notice for update to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('case:write'))
    and exists (select 1 from person p where p.id = person_id))
  with check (agency_id = (select lindung_agency_id()) and acknowledged_by = (select lindung_user_id()));
