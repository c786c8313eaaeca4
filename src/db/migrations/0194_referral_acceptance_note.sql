-- What the receiving agency says when it accepts a referral ("we take her in on Monday; bring her
-- passport"): sent as `reason` with the acceptance, it was dropped without a word (issue 4). Kept
-- as the decline reason and the completion note are: written only with the step to `accepted`,
-- shown on the referral and the case's timeline to the two agencies, erased with the case (0087).
-- It stays through the later steps (completed, cancelled), as the other reasons do.
alter table referral
  add column acceptance_note text check (length(btrim(acceptance_note)) between 1 and 1000),
  add constraint referral_acceptance_note_when_accepted check (acceptance_note is null or responded_at is not null);
grant update (acceptance_note) on referral to lindung_app;

-- 0188's workflow check, with the note among what changes only with the status (or becomes null
-- when the case is anonymised, as the completion note does).
create or replace function referral_check_change() returns trigger
  language plpgsql
  as $$
  declare
    side text := case lindung_agency_id() when old.to_agency_id then 'receiver' when old.agency_id then 'sender' end;
  begin
    if new.status = old.status then
      if (new.responded_at, new.responded_by, new.completed_at, new.completed_by, new.cancelled_at, new.cancelled_by)
         is distinct from (old.responded_at, old.responded_by, old.completed_at, old.completed_by, old.cancelled_at,
          old.cancelled_by) then
        raise exception 'a referral''s response changes only with its status' using errcode = 'check_violation';
      end if;
      if (new.decline_reason, new.completion_note, new.cancel_reason, new.acceptance_note)
         is distinct from (old.decline_reason, old.completion_note, old.cancel_reason, old.acceptance_note)
         and not (
           (new.decline_reason, new.completion_note, new.cancel_reason, new.acceptance_note) is not distinct from (
             case when old.decline_reason is not null then 'anonymised' end,
             null::text,
             case when old.cancel_reason is not null then 'anonymised' end,
             null::text)
           and exists (select 1 from case_file c where c.id = new.case_id and c.anonymised_at is not null)
         ) then
        raise exception 'a referral''s response changes only with its status' using errcode = 'check_violation';
      end if;
    elsif not ((old.status = 'pending' and new.status in ('accepted', 'declined') and side = 'receiver')
            or (old.status = 'accepted' and new.status = 'completed' and side = 'receiver')
            or (old.status in ('pending', 'accepted') and new.status = 'cancelled' and side = 'sender')) then
      raise exception 'a % referral cannot become % by %', old.status, new.status, coalesce(side, 'another agency')
        using errcode = 'check_violation';
    elsif new.acceptance_note is distinct from old.acceptance_note and new.status <> 'accepted' then
      raise exception 'a referral''s acceptance note is written only when it is accepted' using errcode = 'check_violation';
    end if;
    return new;
  end
  $$;
