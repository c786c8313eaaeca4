-- Three things the victim path lacked: care plans and outgoing referrals under a supervisor's
-- approval where an agency wants it; every step of a referral on the referred case's timeline,
-- whichever agency took it; and, for the agency that owns a case, who outside it viewed what it
-- shared.

alter table agency drop constraint agency_approvals_required_check;
alter table agency add constraint agency_approvals_required_check
  check (approvals_required <@ array['case_closure', 'care_plan', 'referral_out']);

alter table approval_request drop constraint approval_request_kind_check;
alter table approval_request add constraint approval_request_kind_check
  check (kind in ('case_closure', 'care_plan', 'referral_out'));
-- What a request proposes that is confidential (a care plan's goals), encrypted like the column it
-- will end up in; `change` keeps the rest (ids, codes, dates).
alter table approval_request add column sealed_change text;

-- A case may wait for several referrals at once (to different agencies); one closure, one plan.
drop index approval_one_pending;
create unique index approval_one_pending on approval_request (case_id, kind)
  where status = 'pending' and kind <> 'referral_out';

-- The receiving agency cannot write the sending agency's timeline (case_event is agency-owned),
-- so the referral itself writes it: a step taken by either side lands on the referred case.
-- Only ids and codes go into the event; reasons stay on the referral, where its rules guard them.
create function referral_case_event() returns trigger
  language plpgsql security definer set search_path = public, pg_temp
  as $$
  begin
    if tg_op = 'UPDATE' and new.status = old.status then
      return new;
    end if;
    insert into case_event (case_id, agency_id, actor_user_id, kind, detail)
    select c.id, c.agency_id, lindung_user_id(),
      case when tg_op = 'INSERT' then 'referral.sent' else 'referral.' || new.status end,
      jsonb_build_object('referralId', new.id, 'fromAgencyId', new.agency_id, 'toAgencyId', new.to_agency_id,
        'purpose', new.purpose, 'urgency', new.urgency, 'parentReferralId', new.parent_referral_id)
    from case_file c where c.id = new.case_id;
    return new;
  end
  $$;
create trigger referral_case_event after insert or update of status on referral
  for each row execute function referral_case_event();

-- Who outside the owning agency viewed a case's shared data: the receivers' audited views of its
-- referrals. Those entries belong to the receivers (audit_event is agency-owned), so this
-- function hands them to the owning agency only, and only to users who may read the case.
create function lindung_case_disclosures(target_case uuid, before_seq bigint, max_rows int)
  returns table (seq bigint, at timestamptz, agency_id uuid, actor_user_id uuid, referral_id uuid,
                 data_categories jsonb)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select e.seq, e.at, e.agency_id, e.actor_user_id, r.id, coalesce(e.detail -> 'dataCategories', '[]')
    from case_file c
    join referral r on r.case_id = c.id
    join audit_event e on e.subject_type = 'referral' and e.subject_id = r.id::text and e.action = 'referral.view'
    where c.id = target_case
      and c.agency_id = lindung_agency_id() and lindung_can('case:read')
      and e.agency_id is distinct from c.agency_id
      and (before_seq is null or e.seq < before_seq)
    order by e.seq desc
    limit least(greatest(max_rows, 1), 200)
  $$;
revoke all on function lindung_case_disclosures(uuid, bigint, int) from public;
grant execute on function lindung_case_disclosures(uuid, bigint, int) to lindung_app;
