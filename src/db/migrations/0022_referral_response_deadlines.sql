-- A referral's answer is owed by the receiving agency, so its deadline is the receiver's row, while
-- the sender makes and cancels the referral: neither side may write the other's deadlines. This
-- trigger keeps the deadline in step with the referral, as the owner, in the same transaction:
-- pending → open, due at the referral's response deadline (dated in the receiver's time zone);
-- answered → done; cancelled → cancelled. It names no case: the receiver cannot read the case.
create function lindung_referral_deadline() returns trigger
  language plpgsql security definer set search_path = public, pg_temp
as $$
begin
  if tg_op = 'INSERT' and new.status = 'pending' then
    insert into deadline (agency_id, source_kind, source_id, due_at, due_on)
    select new.to_agency_id, 'referral_response', new.id, new.response_deadline,
           (new.response_deadline at time zone a.time_zone)::date
      from agency a where a.id = new.to_agency_id
    on conflict (source_kind, source_id) do nothing;
  elsif tg_op = 'UPDATE' and old.status = 'pending' and new.status <> 'pending' then
    update deadline
       set status = case when new.status = 'cancelled' then 'cancelled' else 'done' end,
           closed_at = now(), updated_at = now()
     where source_kind = 'referral_response' and source_id = new.id and status = 'open';
  end if;
  return null;
end;
$$;

create trigger referral_deadline after insert or update of status on referral
  for each row execute function lindung_referral_deadline();

-- Referrals already waiting for an answer.
insert into deadline (agency_id, source_kind, source_id, due_at, due_on)
select r.to_agency_id, 'referral_response', r.id, r.response_deadline,
       (r.response_deadline at time zone a.time_zone)::date
  from referral r join agency a on a.id = r.to_agency_id
 where r.status = 'pending'
on conflict (source_kind, source_id) do nothing;
