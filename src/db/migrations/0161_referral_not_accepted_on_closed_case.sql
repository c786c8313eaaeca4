-- Nothing new starts on a closed case (issue 4, decision 0059): the receiving agency cannot accept
-- a referral while the sending agency's case is closed. Declining, completing and cancelling stay
-- possible: they end the referral's work and tell the other agency so.

-- Whether the referral's case is closed, to the referral's two agencies only (the receiver cannot
-- read the case itself); null to anyone else.
create function lindung_referral_case_closed(target uuid) returns boolean
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select f.status = 'closed'
      from referral r join case_file f on f.id = r.case_id
     where r.id = target and lindung_agency_id() in (r.agency_id, r.to_agency_id)
  $$;

create function referral_check_case_open() returns trigger
  language plpgsql
  as $$
  begin
    if new.status = 'accepted' and old.status <> 'accepted' and lindung_referral_case_closed(old.id) then
      raise exception 'a referral of a closed case cannot be accepted'
        using errcode = 'check_violation', constraint = 'referral_case_closed';
    end if;
    return new;
  end
  $$;
create trigger referral_check_case_open before update on referral
  for each row execute function referral_check_case_open();
