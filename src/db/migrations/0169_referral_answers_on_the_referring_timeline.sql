-- A referral's steps land on the referred case's timeline whichever agency took them (0019). When
-- the other agency took the step — the receiver accepting, declining, completing, passing the
-- referral on; an onward agency answering that — its user is not the referring agency's to know:
-- the event names the agency that acted (`byAgencyId`) and no user (decision 0062).
create or replace function referral_case_event() returns trigger
  language plpgsql security definer set search_path = public, pg_temp
  as $$
  begin
    if tg_op = 'UPDATE' and new.status = old.status then
      return new;
    end if;
    insert into case_event (case_id, agency_id, actor_user_id, kind, detail)
    select c.id, c.agency_id,
      case when lindung_agency_id() = c.agency_id then lindung_user_id() end,
      case when tg_op = 'INSERT' then 'referral.sent' else 'referral.' || new.status end,
      jsonb_build_object('referralId', new.id, 'fromAgencyId', new.agency_id, 'toAgencyId', new.to_agency_id,
        'purpose', new.purpose, 'urgency', new.urgency, 'parentReferralId', new.parent_referral_id,
        'byAgencyId', lindung_agency_id())
    from case_file c where c.id = new.case_id;
    return new;
  end
  $$;

-- The events written so far by another agency's user lose the user, as the new ones do.
update case_event e set actor_user_id = null
 where e.kind like 'referral.%' and e.actor_user_id is not null
   and not exists (select 1 from membership m where m.user_id = e.actor_user_id and m.agency_id = e.agency_id);
