-- As 0124 did for persons' names and documents: the policies of 0011 (restated in 0018) cover
-- every command with one rule, and a delete checks only `using`, the read rule. So a user who may
-- only read cases (case:read without case:write: an auditor, a health worker) could take a person
-- off a case or a worker off it, were an application check ever missing. Deleting needs
-- case:write too.
create policy case_person_delete_written on case_person as restrictive for delete to lindung_app
  using ((select lindung_can('case:write')));
create policy case_worker_delete_written on case_worker as restrictive for delete to lindung_app
  using ((select lindung_can('case:write')));
