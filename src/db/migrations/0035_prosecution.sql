-- Prosecution: investigations by a law-enforcement or prosecution agency, the victims' cases they
-- are linked to (the agency's own case, or a case referred to it for investigation), suspects (persons),
-- arrests, charges by offence code of the jurisdiction pack, court hearings, outcomes per charge
-- with sentences, and restitution or compensation ordered and paid. Every table is a record: rows
-- are added, never changed or removed (a later outcome of a charge supersedes the earlier one).
-- Everything belongs to the investigating agency and is seen there by users who manage
-- prosecutions; victims' identities stay behind the case and person tables' own policies (or the
-- referral's shared view), so a user without case:read never sees them. Figures leave the agency
-- only as counts, through lindung_prosecution_figures(). See docs/decisions/0010-prosecution.md.
create table investigation (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  -- The agency's own file number (a police report number, say); not personal data.
  reference text not null check (length(btrim(reference)) between 1 and 100),
  opened_on date not null,
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  constraint investigation_reference_unique unique (agency_id, reference),
  constraint investigation_of_agency unique (id, agency_id)
);
create index investigation_agency on investigation (agency_id, opened_on desc, id);

-- The offences an investigation is about, by the pack's code; the category is kept as it was.
create table investigation_offence (
  investigation_id uuid not null,
  agency_id uuid not null references agency (id),
  offence_code text not null check (offence_code ~ '^[a-z0-9_.-]{1,100}$'),
  offence_category text not null check (offence_category in (
    'trafficking_in_persons', 'smuggling_of_migrants', 'forced_labour', 'related')),
  primary key (investigation_id, offence_code),
  constraint investigation_offence_investigation foreign key (investigation_id, agency_id)
    references investigation (id, agency_id)
);

-- A victim's case the investigation concerns: the agency's own case, or a case another agency
-- referred to it for investigation (then only the referral is named: the case is not readable here).
create table investigation_victim (
  id uuid primary key default gen_random_uuid(),
  investigation_id uuid not null,
  agency_id uuid not null references agency (id),
  case_id uuid references case_file (id),
  referral_id uuid references referral (id),
  linked_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  constraint investigation_victim_one_source check ((case_id is null) <> (referral_id is null)),
  constraint investigation_victim_case_once unique (investigation_id, case_id),
  constraint investigation_victim_referral_once unique (investigation_id, referral_id),
  constraint investigation_victim_of_investigation unique (id, investigation_id),
  constraint investigation_victim_investigation foreign key (investigation_id, agency_id)
    references investigation (id, agency_id)
);

create table suspect (
  id uuid primary key default gen_random_uuid(),
  investigation_id uuid not null,
  agency_id uuid not null references agency (id),
  person_id uuid not null references person (id),
  added_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  constraint suspect_once unique (investigation_id, person_id),
  constraint suspect_of_investigation unique (id, investigation_id),
  constraint suspect_investigation foreign key (investigation_id, agency_id)
    references investigation (id, agency_id)
);

create table arrest (
  id uuid primary key default gen_random_uuid(),
  investigation_id uuid not null,
  agency_id uuid not null references agency (id),
  suspect_id uuid not null,
  arrested_on date not null,
  -- Encrypted by the application: where the arrest was made.
  place text not null,
  recorded_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  constraint arrest_suspect foreign key (suspect_id, investigation_id) references suspect (id, investigation_id),
  constraint arrest_investigation foreign key (investigation_id, agency_id)
    references investigation (id, agency_id)
);
create index arrest_investigation on arrest (investigation_id, arrested_on);

create table charge (
  id uuid primary key default gen_random_uuid(),
  investigation_id uuid not null,
  agency_id uuid not null references agency (id),
  suspect_id uuid not null,
  offence_code text not null check (offence_code ~ '^[a-z0-9_.-]{1,100}$'),
  offence_category text not null check (offence_category in (
    'trafficking_in_persons', 'smuggling_of_migrants', 'forced_labour', 'related')),
  charged_on date not null,
  recorded_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  constraint charge_of_investigation unique (id, investigation_id),
  constraint charge_suspect foreign key (suspect_id, investigation_id) references suspect (id, investigation_id),
  constraint charge_investigation foreign key (investigation_id, agency_id)
    references investigation (id, agency_id)
);
create index charge_investigation on charge (investigation_id, charged_on);

-- The outcome of a charge as the court decides it; a later row supersedes an earlier one
-- (pending, then convicted). A verdict cannot exist without its charge.
create table charge_outcome (
  id uuid primary key default gen_random_uuid(),
  charge_id uuid not null,
  investigation_id uuid not null,
  agency_id uuid not null references agency (id),
  outcome text not null check (outcome in ('convicted', 'acquitted', 'withdrawn', 'pending')),
  decided_on date not null,
  prison_months integer check (prison_months between 0 and 2400),
  fine_amount numeric(16, 2) check (fine_amount > 0),
  fine_currency char(3) check (fine_currency ~ '^[A-Z]{3}$'),
  recorded_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  constraint charge_outcome_sentence_only_on_conviction check (
    outcome = 'convicted' or (prison_months is null and fine_amount is null)),
  constraint charge_outcome_fine_currency check ((fine_amount is null) = (fine_currency is null)),
  constraint charge_outcome_charge foreign key (charge_id, investigation_id) references charge (id, investigation_id),
  constraint charge_outcome_investigation foreign key (investigation_id, agency_id)
    references investigation (id, agency_id)
);
create index charge_outcome_charge on charge_outcome (charge_id, decided_on desc, created_at desc);

create table court_hearing (
  id uuid primary key default gen_random_uuid(),
  investigation_id uuid not null,
  agency_id uuid not null references agency (id),
  charge_id uuid,
  hearing_on date not null,
  court text not null check (length(btrim(court)) between 1 and 200),
  kind text not null check (kind in (
    'first_appearance', 'mention', 'bail', 'trial', 'verdict', 'sentencing', 'appeal', 'other')),
  recorded_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  constraint court_hearing_charge foreign key (charge_id, investigation_id) references charge (id, investigation_id),
  constraint court_hearing_investigation foreign key (investigation_id, agency_id)
    references investigation (id, agency_id)
);
create index court_hearing_investigation on court_hearing (investigation_id, hearing_on);

-- Restitution or compensation a court ordered a convicted person to pay to one victim.
create table restitution_order (
  id uuid primary key default gen_random_uuid(),
  investigation_id uuid not null,
  agency_id uuid not null references agency (id),
  charge_id uuid not null,
  victim_id uuid not null,
  kind text not null check (kind in ('restitution', 'compensation')),
  amount numeric(16, 2) not null check (amount > 0),
  currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
  ordered_on date not null,
  recorded_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  constraint restitution_order_currency unique (id, currency),
  constraint restitution_order_charge foreign key (charge_id, investigation_id)
    references charge (id, investigation_id),
  constraint restitution_order_victim foreign key (victim_id, investigation_id)
    references investigation_victim (id, investigation_id),
  constraint restitution_order_investigation foreign key (investigation_id, agency_id)
    references investigation (id, agency_id)
);
create index restitution_order_investigation on restitution_order (investigation_id);

-- A payment towards an order, in the order's currency.
create table restitution_payment (
  id uuid primary key default gen_random_uuid(),
  order_id uuid not null,
  agency_id uuid not null references agency (id),
  amount numeric(16, 2) not null check (amount > 0),
  currency char(3) not null,
  paid_on date not null,
  recorded_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  constraint restitution_payment_order foreign key (order_id, currency) references restitution_order (id, currency)
);
create index restitution_payment_order on restitution_payment (order_id);

alter table investigation enable row level security;
alter table investigation_offence enable row level security;
alter table investigation_victim enable row level security;
alter table suspect enable row level security;
alter table arrest enable row level security;
alter table charge enable row level security;
alter table charge_outcome enable row level security;
alter table court_hearing enable row level security;
alter table restitution_order enable row level security;
alter table restitution_payment enable row level security;
-- Records: added, never edited or removed.
grant select, insert on investigation, investigation_offence, investigation_victim, suspect, arrest, charge,
  charge_outcome, court_hearing, restitution_order, restitution_payment to lindung_app;

create policy investigation_own on investigation for all to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('prosecution:manage')))
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('prosecution:manage'))
    and created_by = (select lindung_user_id()));
create policy investigation_offence_own on investigation_offence for all to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('prosecution:manage')))
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('prosecution:manage')));
-- Linking needs the case itself in view (own agency, case:read through case_file's policy), or a
-- referral this agency accepted for investigation.
create policy investigation_victim_own on investigation_victim for all to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('prosecution:manage')))
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('prosecution:manage'))
    and linked_by = (select lindung_user_id())
    and (select lindung_can('case:read'))
    and (exists (select 1 from case_file c where c.id = investigation_victim.case_id and c.type = 'victim_case')
      or exists (select 1 from referral r
                  where r.id = investigation_victim.referral_id and r.to_agency_id = (select lindung_agency_id())
                    and r.purpose = 'investigation' and r.status in ('accepted', 'completed'))));
-- A suspect is a person this agency recorded and the user can see.
create policy suspect_own on suspect for all to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('prosecution:manage')))
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('prosecution:manage'))
    and added_by = (select lindung_user_id())
    and exists (select 1 from person p where p.id = suspect.person_id));
create policy arrest_own on arrest for all to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('prosecution:manage')))
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('prosecution:manage'))
    and recorded_by = (select lindung_user_id()));
create policy charge_own on charge for all to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('prosecution:manage')))
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('prosecution:manage'))
    and recorded_by = (select lindung_user_id()));
create policy charge_outcome_own on charge_outcome for all to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('prosecution:manage')))
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('prosecution:manage'))
    and recorded_by = (select lindung_user_id()));
create policy court_hearing_own on court_hearing for all to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('prosecution:manage')))
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('prosecution:manage'))
    and recorded_by = (select lindung_user_id()));
create policy restitution_order_own on restitution_order for all to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('prosecution:manage')))
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('prosecution:manage'))
    and recorded_by = (select lindung_user_id()));
create policy restitution_payment_own on restitution_payment for all to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('prosecution:manage')))
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('prosecution:manage'))
    and recorded_by = (select lindung_user_id()));

-- Paid never exceeds ordered, whoever inserts: payments of one order are taken one at a time.
create function restitution_payment_check() returns trigger
  language plpgsql
  as $$
  declare
    ordered numeric;
    paid numeric;
  begin
    perform pg_advisory_xact_lock(hashtextextended('restitution_order:' || new.order_id::text, 0));
    select amount into ordered from restitution_order where id = new.order_id;
    select coalesce(sum(amount), 0) into paid from restitution_payment where order_id = new.order_id;
    if ordered is not null and paid + new.amount > ordered then
      raise exception 'payments of a restitution order exceed the amount ordered' using errcode = 'check_violation',
        constraint = 'restitution_payment_not_above_order';
    end if;
    return new;
  end
  $$;
create trigger restitution_payment_check before insert on restitution_payment
  for each row execute function restitution_payment_check();

-- Counts for the figures, and nothing else: investigations opened, arrests made, persons charged
-- and persons convicted (the charge's latest outcome), by offence category and period (the start of
-- the month, quarter or year). An investigation or arrest counts in each category the investigation
-- is about; the row with a null category counts each once. Scope: every agency of the caller's
-- country for statistics:read, the caller's own agency for prosecution:manage, otherwise nothing.
-- Runs as the owner so that a coordinator sees counts without seeing a single record.
create function lindung_prosecution_figures(from_date date, to_date date, bucket text)
  returns table (period date, category text, investigations integer, arrests integer, prosecutions integer,
    convictions integer)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    with scope as (
      select a.id from agency a
       where bucket in ('month', 'quarter', 'year')
         and case when lindung_can('statistics:read')
                    then a.country = (select o.country from agency o where o.id = lindung_agency_id())
                  when lindung_can('prosecution:manage') then a.id = lindung_agency_id()
                  else false end
    ),
    latest_outcome as (
      select distinct on (o.charge_id) o.charge_id, o.outcome, o.decided_on
        from charge_outcome o where o.agency_id in (select id from scope)
       order by o.charge_id, o.decided_on desc, o.created_at desc, o.id desc
    ),
    event as (
      select i.opened_on as day, f.offence_category as category, 'investigation' as measure, i.id as subject
        from investigation i join investigation_offence f on f.investigation_id = i.id
       where i.agency_id in (select id from scope)
      union all
      select a.arrested_on, f.offence_category, 'arrest', a.id
        from arrest a join investigation_offence f on f.investigation_id = a.investigation_id
       where a.agency_id in (select id from scope)
      union all
      select c.charged_on, c.offence_category, 'prosecution', s.person_id
        from charge c join suspect s on s.id = c.suspect_id
       where c.agency_id in (select id from scope)
      union all
      select l.decided_on, c.offence_category, 'conviction', s.person_id
        from latest_outcome l join charge c on c.id = l.charge_id join suspect s on s.id = c.suspect_id
       where l.outcome = 'convicted'
    )
    select e.period, e.category,
           count(distinct e.subject) filter (where e.measure = 'investigation')::integer,
           count(distinct e.subject) filter (where e.measure = 'arrest')::integer,
           count(distinct e.subject) filter (where e.measure = 'prosecution')::integer,
           count(distinct e.subject) filter (where e.measure = 'conviction')::integer
      from (select date_trunc(bucket, day::timestamp)::date as period, category, measure, subject
              from event where day between from_date and to_date) e
     group by grouping sets ((e.period, e.category), (e.period))
  $$;
revoke all on function lindung_prosecution_figures(date, date, text) from public;
grant execute on function lindung_prosecution_figures(date, date, text) to lindung_app;
