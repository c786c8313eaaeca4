-- Anonymising a case past its retention period (0087) erases what agencies wrote about the person
-- in its referrals: the decline and cancel reasons and the completion note (0183). 0183's workflow
-- check refused any change of them without a change of status, so the erasure of a case with a
-- declined, cancelled or completed referral failed. Now, on an anonymised case only, a reason may
-- become the fixed word `anonymised` (a declined or cancelled referral must keep a reason: 0012's
-- check) and the note may become null; nothing else about the response may change.
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
      if (new.decline_reason, new.completion_note, new.cancel_reason)
         is distinct from (old.decline_reason, old.completion_note, old.cancel_reason)
         and not (
           (new.decline_reason, new.completion_note, new.cancel_reason) is not distinct from (
             case when old.decline_reason is not null then 'anonymised' end,
             null::text,
             case when old.cancel_reason is not null then 'anonymised' end)
           and exists (select 1 from case_file c where c.id = new.case_id and c.anonymised_at is not null)
         ) then
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
