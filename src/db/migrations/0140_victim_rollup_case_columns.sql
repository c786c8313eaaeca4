-- The victim rollup (0088, decision 0033) marked a case's month stale on every update of the case:
-- a note's place of recruitment, a summary, a worker's change. Under a case manager's ordinary
-- writes the months went stale as fast as the job refreshed them, and every dashboard read computed
-- them again from the base tables (25 s at 1M cases, bench:load). Only the columns the figures read
-- (`lindung_victim_cells`: the agency, the type, the day opened, the exploitation types and the
-- route's two countries) mark it now; inserts and deletes still always do.
drop trigger victim_rollup_touch on case_file;
create trigger victim_rollup_touch after insert or delete on case_file
  for each row execute function lindung_victim_rollup_touch();
create trigger victim_rollup_touch_figures after update on case_file
  for each row
  when (old.agency_id is distinct from new.agency_id or old.type is distinct from new.type
        or old.opened_on is distinct from new.opened_on
        or old.exploitation_types is distinct from new.exploitation_types
        or old.recruitment_country is distinct from new.recruitment_country
        or old.exploitation_country is distinct from new.exploitation_country)
  execute function lindung_victim_rollup_touch();
