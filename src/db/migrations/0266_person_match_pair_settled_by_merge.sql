-- A pair whose two records end up in one master person by other merges (MY1b→MY1, MY1c→MY1 leave
-- MY1c~MY1b) is settled by those merges: it leaves the review queue as `same`, and its history
-- says so with a `settled` step naming the merge; an undo that separates the two again puts it
-- back undecided (`merge_undone`, `open`). Decision 0138.
alter table person_match_decision drop constraint person_match_decision_step_check;
alter table person_match_decision add constraint person_match_decision_step_check
  check (step in ('decided', 'merged', 'settled', 'merge_undone'));
