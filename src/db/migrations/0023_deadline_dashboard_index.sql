-- The dashboard's counts by bucket are ranges of due_at; with the owner in the index they are
-- answered from the index alone (bench/deadlines-load.ts, 50k open deadlines in one agency).
drop index deadline_agency_open;
create index deadline_agency_open on deadline (agency_id, due_at, id) include (owner_user_id) where status = 'open';
