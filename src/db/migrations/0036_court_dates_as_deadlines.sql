-- Court hearings are deadlines of the investigating agency (source kind `court_date`): users who
-- manage prosecutions register them and see them, also where they do not work cases (a prosecution
-- service whose staff have no case:write). Every other kind keeps the rule of migration 0020.
alter policy deadline_own on deadline
  using (agency_id = (select lindung_agency_id())
    and ((select lindung_can('case:read')) or (select lindung_can('referral:manage'))
      or (source_kind = 'court_date' and (select lindung_can('prosecution:manage')))))
  with check (agency_id = (select lindung_agency_id())
    and ((select lindung_can('case:write')) or (select lindung_can('referral:manage'))
      or (source_kind = 'court_date' and case_id is null and (select lindung_can('prosecution:manage')))));
