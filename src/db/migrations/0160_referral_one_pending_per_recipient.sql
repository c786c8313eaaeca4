-- One pending referral of a person of a case to an agency for a purpose at a time, per sending
-- agency (issue 4, decision 0059): a second, sent while the first waits, reached the receiver as
-- two asks for the same thing. The application refuses it first (409 `referral_pending`, naming the one pending);
-- this trigger refuses the one that lost a race. A trigger, not a unique index, so that pairs sent
-- before this rule stay as they are (they end by the workflow) and the migration cannot fail on
-- them. The advisory lock serialises two inserts of the same key; the check sees the other's row.
create function referral_check_one_pending() returns trigger
  language plpgsql
  as $$
  begin
    perform pg_advisory_xact_lock(hashtextextended(
      'referral_pending:' || new.agency_id || ':' || new.case_id || ':' || new.person_id || ':' || new.to_agency_id || ':' || new.purpose, 0));
    if exists (select 1 from referral r
                where r.agency_id = new.agency_id and r.case_id = new.case_id and r.person_id = new.person_id
                  and r.to_agency_id = new.to_agency_id and r.purpose = new.purpose and r.status = 'pending'
                  and r.id <> new.id) then
      raise exception 'a referral of this person of the case to this agency for this purpose is pending already'
        using errcode = 'check_violation', constraint = 'referral_pending';
    end if;
    return new;
  end
  $$;
create trigger referral_check_one_pending before insert on referral
  for each row execute function referral_check_one_pending();
