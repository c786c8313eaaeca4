-- Three small corrections from a new user's walk (walkfix11); only this number was reserved for them.

-- 1. A disclosure is what the receivers saw. A read of the case's referral that was refused (404,
-- audited as `denied`, decision 0101) showed nothing, so the owning agency's list of disclosures
-- (0019, 0049) keeps only the views that succeeded (decision 0113).
create or replace function lindung_case_disclosures(target_case uuid, before_id bigint, max_rows int)
  returns table (id bigint, at timestamptz, agency_id uuid, actor_user_id uuid, referral_id uuid,
                 data_categories jsonb)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select e.id, e.at, e.agency_id, e.actor_user_id, r.id, coalesce(e.detail -> 'dataCategories', '[]')
    from case_file c
    join referral r on r.case_id = c.id
    join audit_event e on e.subject_type = 'referral' and e.subject_id = r.id::text and e.action = 'referral.view'
    where c.id = target_case
      and c.agency_id = lindung_agency_id() and lindung_can('case:read')
      and e.agency_id is distinct from c.agency_id
      and e.outcome = 'success'
      and (before_id is null or e.id < before_id)
    order by e.id desc
    limit least(greatest(max_rows, 1), 200)
  $$;

-- 2. The holder of a pair is told which agency recorded the newer record (decision 0050), also when
-- that agency holds an older record of the same person too, so that the hint is newer in another
-- pair: 0144 named it only to a hint newer in none, and such a holder read `holds` with nobody
-- named. Naming the newer side's agency tells the holder nothing that agency's newer record did
-- not already make it entitled to (decision 0113).
create or replace function lindung_match_hint_named_agency(hint uuid) returns uuid
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select h.other_agency_id from person_match_hint h
     where h.id = hint and h.agency_id = lindung_agency_id() and lindung_can('person:link')
       and (exists (select 1 from person_match_hint_pair x where x.holder_hint_id = h.id)
         or exists (select 1 from person_match_hint_pair x join person_match_hint o on o.id = x.holder_hint_id
                     where x.newer_hint_id = h.id and o.disclosed_at is not null))
  $$;

-- 3. Undoing a merge puts the pair back in the queue undecided (`open`), not `unsure` (decision
-- 0113): the undo's step in the pair's history says so. Pairs undone before keep what they said.
alter table person_match_decision drop constraint person_match_decision_status_check;
alter table person_match_decision add constraint person_match_decision_status_check
  check (status in ('open', 'same', 'different', 'unsure'));
