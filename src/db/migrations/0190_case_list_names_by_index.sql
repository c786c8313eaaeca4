-- The case list shows each case's first person's first name: for every row of the page, the case's
-- persons in the order they were added, and each one's names by position (case.repo.ts,
-- `primary_person_name`; the case detail reads the names the same way). With only
-- `case_person_pkey` (case_id, person_id, role) and `person_name_person` (person_id), that was a
-- heap fetch of every person link and every name, then a sort, per row, with the row-level security
-- filter (agency_id) read from the heap. These two indexes give both in order, with the columns
-- the list and the policies read, so the names come from the index alone (docs/decisions/0073).
create index case_person_case_added on case_person (case_id, added_at) include (person_id, agency_id);
-- Replaces person_name_person: same leading column, so every lookup by person keeps its index.
create index person_name_person_position on person_name (person_id, position) include (full_name, agency_id);
drop index person_name_person;
