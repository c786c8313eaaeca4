-- Consent and referrals (the national referral mechanism). A person's consent, recorded by the
-- agency that holds their case, says with which agencies (by id, or by type and country) their
-- data may be shared, for which purposes and which categories of it. A referral sends a case to
-- another agency under one consent. The base tables of persons and cases stay visible to their own
-- agency alone: the receiving agency reads the shared part only through
-- `lindung_referral_shared()`, which checks the referral and its consent on every call, so a
-- withdrawal or expiry ends access at once. See docs/decisions/0006-referrals-share-by-consent.md.
create table consent (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  person_id uuid not null references person (id),
  -- Who may receive: named agencies, and/or agencies of a type (of one country, when given).
  recipient_agency_ids uuid[] not null default '{}',
  recipient_agency_types text[] not null default '{}' check (recipient_agency_types <@ array[
    'law_enforcement', 'immigration', 'labour', 'welfare', 'shelter_operator', 'prosecution',
    'embassy', 'ngo', 'international_organisation', 'coordinating_body'
  ]),
  recipient_country char(2) check (recipient_country ~ '^[A-Z]{2}$'),
  purposes text[] not null check (cardinality(purposes) > 0 and purposes <@ array[
    'shelter', 'medical', 'legal_aid', 'repatriation', 'investigation', 'reintegration', 'family_tracing'
  ]),
  data_categories text[] not null check (cardinality(data_categories) > 0 and data_categories <@ array[
    'identity', 'contact', 'documents', 'case_facts', 'health', 'narrative'
  ]),
  method text not null check (method in ('written', 'verbal', 'guardian')),
  guardian_name text check (length(btrim(guardian_name)) between 1 and 200),
  given_on date not null,
  expires_on date,
  withdrawn_at timestamptz,
  withdrawn_by uuid references app_user (id),
  withdrawal_reason text check (length(btrim(withdrawal_reason)) between 1 and 1000),
  recorded_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  constraint consent_names_recipients check (
    cardinality(recipient_agency_ids) > 0 or cardinality(recipient_agency_types) > 0),
  constraint consent_country_for_types check (recipient_country is null or cardinality(recipient_agency_types) > 0),
  constraint consent_guardian check ((method = 'guardian') = (guardian_name is not null)),
  constraint consent_expiry check (expires_on is null or expires_on >= given_on),
  constraint consent_withdrawal check (
    (withdrawn_at is null) = (withdrawn_by is null) and (withdrawal_reason is null or withdrawn_at is not null)),
  -- Lets a referral name a consent only together with the person it is about.
  constraint consent_of_person unique (id, person_id)
);
create index consent_person on consent (person_id, created_at desc);

create table referral (
  id uuid primary key default gen_random_uuid(),
  -- The sending agency; `to_agency_id` receives. A re-referral is sent by the receiver of its parent.
  agency_id uuid not null references agency (id),
  to_agency_id uuid not null references agency (id),
  case_id uuid not null references case_file (id),
  -- The sending case's reference, for correspondence: the receiver cannot read the case itself.
  case_reference text not null,
  person_id uuid not null,
  consent_id uuid not null,
  parent_referral_id uuid references referral (id),
  purpose text not null check (purpose in (
    'shelter', 'medical', 'legal_aid', 'repatriation', 'investigation', 'reintegration', 'family_tracing'
  )),
  services text[] not null check (cardinality(services) > 0 and services <@ array[
    'medical', 'psychosocial', 'legal_aid', 'interpretation', 'shelter', 'financial', 'vocational',
    'education', 'repatriation', 'family_tracing'
  ]),
  urgency text not null check (urgency in ('emergency', 'urgent', 'routine')),
  status text not null default 'pending' check (status in ('pending', 'accepted', 'declined', 'completed', 'cancelled')),
  response_deadline timestamptz not null,
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  responded_at timestamptz,
  responded_by uuid references app_user (id),
  decline_reason text check (length(btrim(decline_reason)) between 1 and 1000),
  completed_at timestamptz,
  completed_by uuid references app_user (id),
  cancelled_at timestamptz,
  cancelled_by uuid references app_user (id),
  cancel_reason text check (length(btrim(cancel_reason)) between 1 and 1000),
  updated_at timestamptz not null default now(),
  constraint referral_not_to_itself check (to_agency_id <> agency_id),
  constraint referral_consent_of_person foreign key (consent_id, person_id) references consent (id, person_id),
  constraint referral_state check (
    (status = 'pending' and responded_at is null and completed_at is null and cancelled_at is null)
    or (status = 'accepted' and responded_at is not null and decline_reason is null and completed_at is null
        and cancelled_at is null)
    or (status = 'declined' and responded_at is not null and decline_reason is not null and completed_at is null
        and cancelled_at is null)
    or (status = 'completed' and responded_at is not null and completed_at is not null and cancelled_at is null)
    or (status = 'cancelled' and cancelled_at is not null and cancel_reason is not null and completed_at is null
        and decline_reason is null)
  )
);
create index referral_outgoing on referral (agency_id, created_at desc, id);
create index referral_incoming on referral (to_agency_id, created_at desc, id);
create index referral_pending_deadline on referral (response_deadline) where status = 'pending';
create index referral_consent on referral (consent_id);
create index referral_parent on referral (parent_referral_id);

-- Whether a consent is in force today. Every check of a consent goes through this one function.
create function lindung_consent_state(c consent) returns text
  language sql stable parallel safe
  as $$
    select case when c.withdrawn_at is not null then 'withdrawn'
                when c.expires_on < current_date then 'expired'
                else 'in_force' end
  $$;

-- Whether the consent names the agency, by id or by type (and country, when the consent gives one).
create function lindung_consent_covers_agency(c consent, recipient uuid) returns boolean
  language sql stable parallel safe
  as $$
    select recipient = any (c.recipient_agency_ids)
        or exists (select 1 from agency a
                    where a.id = recipient and a.type = any (c.recipient_agency_types)
                      and (c.recipient_country is null or a.country = c.recipient_country))
  $$;

-- What stands against referring a case under a consent to an agency for a purpose: an empty list
-- when nothing does. Answers (null otherwise) only the agency that recorded the consent, or one that
-- accepted a referral under it (a re-referral), and only to users who manage referrals.
create function lindung_referral_basis_problems(basis_consent uuid, basis_case uuid, recipient uuid, purpose text)
  returns text[]
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select array_remove(array[
             case when f.status = 'closed' then 'case_closed' end,
             case when f.id is null or f.agency_id <> c.agency_id
                    or not exists (select 1 from case_person cp where cp.case_id = f.id and cp.person_id = c.person_id)
                  then 'case_mismatch' end,
             case when lindung_consent_state(c) = 'withdrawn' then 'consent_withdrawn' end,
             case when lindung_consent_state(c) = 'expired' then 'consent_expired' end,
             case when not lindung_consent_covers_agency(c, recipient) then 'recipient_not_covered' end,
             case when not (purpose = any (c.purposes)) then 'purpose_not_covered' end
           ], null)
      from consent c
      left join case_file f on f.id = basis_case
     where c.id = basis_consent
       and lindung_can('referral:manage')
       and (c.agency_id = lindung_agency_id()
            or exists (select 1 from referral r
                        where r.consent_id = c.id and r.to_agency_id = lindung_agency_id() and r.status = 'accepted'))
  $$;

-- The state of a referral's consent, for the referral's two agencies only (null for anyone else).
create function lindung_referral_consent_state(target uuid) returns text
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select lindung_consent_state(c)
      from referral r join consent c on c.id = r.consent_id
     where r.id = target and lindung_agency_id() in (r.agency_id, r.to_agency_id) and lindung_can('case:read')
  $$;

-- The shared view of a referral: the person and case data its consent covers, and nothing else.
-- Runs as the tables' owner, so it reads past their agency-only policies, and therefore checks
-- everything itself on every call: the caller's agency receives the referral, or sent it and
-- recorded the consent (the owner of the data sees what it shares; an agency that passed a
-- referral on sees the data only through the referral it received); the user reads cases and
-- persons; the referral is pending or accepted; its consent is in force and covers the receiving
-- agency and the purpose. Otherwise no row. Every field of a category the consent does not cover
-- is null. While the referral is pending, the receiving agency sees only what it needs to decide
-- whether to take it on: sex, nationality and languages (identity), and the kind of exploitation
-- (case facts); names, birth, places, dates and the rest only after acceptance. Contact, address,
-- document numbers and the summary stay encrypted: the application decrypts them.
create function lindung_referral_shared(target uuid)
  returns table (
    referral_id uuid, stage text, data_categories text[],
    names json, sex text, birth_precision text, birth_date date, birth_year integer, estimated_age integer,
    estimated_on date, nationality text, languages text[], contact text, address text, documents json,
    exploitation_types text[], labour_sector text, recruitment_place text, recruitment_country text,
    recruited_on date, exploitation_place text, exploitation_country text, exploitation_started_on date,
    exploitation_ended_on date, summary text
  )
  language sql stable security definer set search_path = public, pg_temp
  as $$
    with granted as (
      select r.id, r.person_id, r.case_id, r.status as stage, c.data_categories,
             r.status = 'accepted' as accepted,
             'identity' = any (c.data_categories) as identity,
             'contact' = any (c.data_categories) as contact,
             'documents' = any (c.data_categories) as documents,
             'case_facts' = any (c.data_categories) as case_facts,
             'narrative' = any (c.data_categories) as narrative
        from referral r
        join consent c on c.id = r.consent_id and c.person_id = r.person_id
       where r.id = target
         and (lindung_agency_id() = r.to_agency_id or (lindung_agency_id() = r.agency_id and r.agency_id = c.agency_id))
         and lindung_can('case:read') and lindung_can('person:read')
         and r.status in ('pending', 'accepted')
         and lindung_consent_state(c) = 'in_force'
         and lindung_consent_covers_agency(c, r.to_agency_id)
         and r.purpose = any (c.purposes)
    )
    select g.id, g.stage, g.data_categories,
      case when g.identity and g.accepted then coalesce(
        (select json_agg(json_build_object('kind', n.kind, 'fullName', n.full_name, 'givenName', n.given_name,
                  'familyName', n.family_name) order by n.position, n.id)
           from person_name n where n.person_id = p.id), '[]'::json) end,
      case when g.identity then p.sex end,
      case when g.identity and g.accepted then p.birth_precision end,
      case when g.identity and g.accepted then p.birth_date end,
      case when g.identity and g.accepted then p.birth_year end,
      case when g.identity and g.accepted then p.estimated_age end,
      case when g.identity and g.accepted then p.estimated_on end,
      case when g.identity then btrim(p.nationality) end,
      case when g.identity then p.languages end,
      case when g.contact and g.accepted then p.contact end,
      case when g.contact and g.accepted then p.address end,
      case when g.documents and g.accepted then coalesce(
        (select json_agg(json_build_object('type', d.type, 'number', d.number, 'issuingCountry', btrim(d.issuing_country),
                  'heldBy', d.held_by, 'expiresOn', d.expires_on) order by d.created_at, d.id)
           from identity_document d where d.person_id = p.id), '[]'::json) end,
      case when g.case_facts then f.exploitation_types end,
      case when g.case_facts then f.labour_sector end,
      case when g.case_facts and g.accepted then f.recruitment_place end,
      case when g.case_facts and g.accepted then btrim(f.recruitment_country) end,
      case when g.case_facts and g.accepted then f.recruited_on end,
      case when g.case_facts and g.accepted then f.exploitation_place end,
      case when g.case_facts and g.accepted then btrim(f.exploitation_country) end,
      case when g.case_facts and g.accepted then f.exploitation_started_on end,
      case when g.case_facts and g.accepted then f.exploitation_ended_on end,
      case when g.narrative and g.accepted then f.summary end
      from granted g
      join person p on p.id = g.person_id
      join case_file f on f.id = g.case_id
  $$;

-- The workflow, for everyone: pending → accepted or declined by the receiver, accepted → completed
-- by the receiver, pending or accepted → cancelled by the sender. A response, once given, is kept.
create function referral_check_change() returns trigger
  language plpgsql
  as $$
  declare
    side text := case lindung_agency_id() when old.to_agency_id then 'receiver' when old.agency_id then 'sender' end;
  begin
    if new.status = old.status then
      if (new.responded_at, new.responded_by, new.decline_reason, new.completed_at, new.completed_by,
          new.cancelled_at, new.cancelled_by, new.cancel_reason)
         is distinct from (old.responded_at, old.responded_by, old.decline_reason, old.completed_at,
          old.completed_by, old.cancelled_at, old.cancelled_by, old.cancel_reason) then
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
create trigger referral_check_change before update on referral
  for each row execute function referral_check_change();

alter table consent enable row level security;
alter table referral enable row level security;
-- A consent is never rewritten, only withdrawn; a referral changes only by its workflow.
grant select, insert on consent, referral to lindung_app;
grant update (withdrawn_at, withdrawn_by, withdrawal_reason) on consent to lindung_app;
grant update (status, responded_at, responded_by, decline_reason, completed_at, completed_by, cancelled_at,
  cancelled_by, cancel_reason, updated_at) on referral to lindung_app;

-- Consents belong to the agency that recorded them; a receiving agency never reads them directly.
create policy consent_read on consent for select to lindung_app
  using (agency_id = lindung_agency_id() and lindung_can('person:read'));
create policy consent_record on consent for insert to lindung_app
  with check (agency_id = lindung_agency_id() and lindung_can('consent:record') and recorded_by = lindung_user_id()
    and withdrawn_at is null and exists (select 1 from person p where p.id = consent.person_id));
create policy consent_withdraw on consent for update to lindung_app
  using (agency_id = lindung_agency_id() and lindung_can('consent:record') and withdrawn_at is null)
  with check (agency_id = lindung_agency_id() and lindung_can('consent:record') and withdrawn_by = lindung_user_id());

-- A referral is seen by its two agencies. It is sent either from the sender's own case, or (a
-- re-referral) onward from a referral the sender accepted, under the same case and consent; in
-- both, the consent must be in force and cover the recipient and the purpose.
create policy referral_read on referral for select to lindung_app
  using (lindung_agency_id() in (agency_id, to_agency_id) and lindung_can('case:read'));
create policy referral_send on referral for insert to lindung_app with check (
  agency_id = lindung_agency_id() and lindung_can('referral:manage') and created_by = lindung_user_id()
  and status = 'pending'
  and lindung_referral_basis_problems(consent_id, case_id, to_agency_id, purpose) = '{}'::text[]
  and case when parent_referral_id is null
    then exists (select 1 from case_file f where f.id = referral.case_id and f.reference = referral.case_reference)
    else exists (select 1 from referral p
                  where p.id = referral.parent_referral_id and p.to_agency_id = lindung_agency_id()
                    and p.status = 'accepted' and p.case_id = referral.case_id
                    and p.consent_id = referral.consent_id and p.case_reference = referral.case_reference)
  end);
create policy referral_respond on referral for update to lindung_app
  using (lindung_agency_id() in (agency_id, to_agency_id) and lindung_can('referral:manage'))
  with check (lindung_agency_id() in (agency_id, to_agency_id) and lindung_can('referral:manage'));
