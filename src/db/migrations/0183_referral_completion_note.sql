-- What the receiving agency did, said when it completes a referral (decision 0070): the referring
-- agency reads it with the referral. Written only with the step to `completed`, like the other
-- reasons of the workflow, and kept.
alter table referral
  add column completion_note text check (length(btrim(completion_note)) between 1 and 1000),
  add constraint referral_completion_note_when_completed check (completion_note is null or status = 'completed');
grant update (completion_note) on referral to lindung_app;

-- 0012's workflow check, with the note among what changes only with the status.
create or replace function referral_check_change() returns trigger
  language plpgsql
  as $$
  declare
    side text := case lindung_agency_id() when old.to_agency_id then 'receiver' when old.agency_id then 'sender' end;
  begin
    if new.status = old.status then
      if (new.responded_at, new.responded_by, new.decline_reason, new.completed_at, new.completed_by,
          new.completion_note, new.cancelled_at, new.cancelled_by, new.cancel_reason)
         is distinct from (old.responded_at, old.responded_by, old.decline_reason, old.completed_at,
          old.completed_by, old.completion_note, old.cancelled_at, old.cancelled_by, old.cancel_reason) then
        raise exception 'a referral''s response changes only with its status' using errcode = 'check_violation';
      end if;
    elsif not ((old.status = 'pending' and new.status in ('accepted', 'declined') and side = 'receiver')
            or (old.status = 'accepted' and new.status = 'completed' and side = 'receiver')
            or (old.status in ('pending', 'accepted') and new.status = 'cancelled' and side = 'sender')) then
      raise exception 'a % referral cannot become % by %', old.status, new.status, coalesce(side, 'another agency')
        using errcode = 'check_violation';
    end if;
    return new;
  end
  $$;
