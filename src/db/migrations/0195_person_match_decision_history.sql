-- What became of a candidate pair, step by step (issue 8): a reviewer's decision (same, not the
-- same, unsure), a merge, an undo. The pair's own row keeps only its latest status and reason, so
-- an undo overwrote why the pair had been accepted and by whom; the merge row kept the merge's
-- and the undo's reasons, but not a decision taken before or after. One row per step, never
-- changed (decision 0075); the review page lists them under the pair.
create table person_match_decision (
  id uuid primary key default gen_random_uuid(),
  candidate_id uuid not null references person_match_candidate (id),
  agency_id uuid not null references agency (id),
  step text not null check (step in ('decided', 'merged', 'merge_undone')),
  -- The pair's status after the step.
  status text not null check (status in ('same', 'different', 'unsure')),
  reason text not null check (length(btrim(reason)) between 1 and 1000),
  decided_by uuid references app_user (id),
  decided_at timestamptz not null default now(),
  merge_id uuid references person_merge (id)
);
create index person_match_decision_pair on person_match_decision (candidate_id, decided_at, id);

alter table person_match_decision enable row level security;
grant select, insert on person_match_decision to lindung_app;

-- As the pair: an agency that may review the pair (its own, with `person:link`, both persons
-- visible — the pair's policy runs inside the `exists`) reads and adds its steps; nobody changes one.
create policy person_match_decision_of_pair on person_match_decision for all to lindung_app
  using (agency_id = (select lindung_agency_id())
    and exists (select 1 from person_match_candidate c where c.id = candidate_id))
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('person:link'))
    and exists (select 1 from person_match_candidate c where c.id = candidate_id));

-- The steps already taken, as far as they were kept: every merge and undo (from the merge rows),
-- and the pair's last decision where it was not one of those.
insert into person_match_decision (candidate_id, agency_id, step, status, reason, decided_by, decided_at, merge_id)
select m.candidate_id, m.agency_id, 'merged', 'same', m.reason, m.merged_by, m.merged_at, m.id
  from person_merge m where m.candidate_id is not null;
insert into person_match_decision (candidate_id, agency_id, step, status, reason, decided_by, decided_at, merge_id)
select m.candidate_id, m.agency_id, 'merge_undone', 'unsure', m.undo_reason, m.undone_by, m.undone_at, m.id
  from person_merge m where m.candidate_id is not null and m.undone_at is not null;
insert into person_match_decision (candidate_id, agency_id, step, status, reason, decided_by, decided_at)
select c.id, c.agency_id, 'decided', c.status, c.reason, c.decided_by, c.decided_at
  from person_match_candidate c
 where c.status <> 'open'
   and not exists (select 1 from person_match_decision d where d.candidate_id = c.id and d.decided_at = c.decided_at);
