-- Shelters and placements. A shelter belongs to the agency that operates it; its registry entry
-- (name, type, whom it takes, region, services, beds) is visible to every signed-in user, so that
-- a case manager can find a place; its address is encrypted by the application and shown only to
-- the operator and to agencies with someone placed there. A placement puts a person of a case in
-- a bed: it is made by the case's agency, in its own shelter or in one of an agency that accepted
-- the case's referral for shelter, and is seen by both agencies. The shelter's agency reads only
-- the placement itself and, through `lindung_placement_person()`, the person's name, sex and age
-- band — never the case. See docs/decisions/0008-shelter-placements.md.
create table shelter (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  name text not null check (length(btrim(name)) between 2 and 200),
  type text not null check (type in ('government', 'ngo')),
  population text not null check (population in ('women', 'men', 'children', 'mixed')),
  -- The rules placements are checked against (a warning, not a block): sexes admitted, ages.
  admits_sexes text[] not null check (cardinality(admits_sexes) > 0
    and admits_sexes <@ array['female', 'male', 'other']),
  min_age integer check (min_age between 0 and 120),
  max_age integer check (max_age between 0 and 120),
  -- ISO 3166-2 subdivision (state, province): the unit occupancy is reported by.
  region text not null check (region ~ '^[A-Z]{2}-[A-Z0-9]{1,3}$'),
  -- Encrypted by the application.
  address text,
  phone text check (length(btrim(phone)) between 3 and 40),
  email text check (email ~ '^[^@\s]+@[^@\s]+$' and length(email) <= 254),
  services text[] not null default '{}' check (services <@ array[
    'medical_care', 'psychosocial_support', 'counselling', 'legal_aid', 'interpretation', 'education',
    'vocational_training', 'childcare', 'religious_support', 'recreation', 'family_tracing',
    'repatriation_support', 'disability_access'
  ]),
  active boolean not null default true,
  -- Null for the platform's own (the demo data).
  created_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint shelter_ages check (min_age is null or max_age is null or min_age <= max_age),
  constraint shelter_of_agency unique (id, agency_id)
);
create index shelter_agency on shelter (agency_id, name);
create index shelter_region on shelter (region);

-- Capacity is counted in beds, each a row with its label; a bed may be taken out of service.
create table shelter_bed (
  id uuid primary key default gen_random_uuid(),
  shelter_id uuid not null,
  agency_id uuid not null,
  label text not null check (length(btrim(label)) between 1 and 40),
  in_service boolean not null default true,
  created_at timestamptz not null default now(),
  constraint shelter_bed_shelter foreign key (shelter_id, agency_id) references shelter (id, agency_id),
  constraint shelter_bed_label unique (shelter_id, label),
  constraint shelter_bed_of_shelter unique (id, shelter_id)
);

create table placement (
  id uuid primary key default gen_random_uuid(),
  -- The case's agency, which placed the person.
  agency_id uuid not null references agency (id),
  case_id uuid not null references case_file (id),
  person_id uuid not null references person (id),
  shelter_id uuid not null,
  shelter_agency_id uuid not null,
  bed_id uuid not null,
  -- The accepted referral that lets an agency place in another agency's shelter.
  referral_id uuid references referral (id),
  reason text not null check (reason in ('safety', 'no_accommodation', 'recovery', 'protection_order',
    'awaiting_proceedings', 'awaiting_repatriation', 'other')),
  admitted_on date not null,
  admitted_by uuid not null references app_user (id),
  -- Warnings against the shelter's rules that the placing user acknowledged.
  acknowledged_warnings text[] not null default '{}',
  -- A transfer: this placement continues the one it names, discharged as 'transferred'.
  transferred_from_id uuid unique references placement (id),
  discharged_on date,
  discharge_reason text check (discharge_reason in ('returned_home', 'repatriated', 'transferred',
    'independent_living', 'family_reunification', 'left_voluntarily', 'absconded', 'order_ended', 'other')),
  discharged_by uuid references app_user (id),
  discharged_at timestamptz,
  created_at timestamptz not null default now(),
  constraint placement_shelter foreign key (shelter_id, shelter_agency_id) references shelter (id, agency_id),
  constraint placement_bed foreign key (bed_id, shelter_id) references shelter_bed (id, shelter_id),
  constraint placement_discharge check (
    (discharged_on is null) = (discharge_reason is null)
    and (discharged_on is null) = (discharged_by is null)
    and (discharged_on is null) = (discharged_at is null)),
  constraint placement_discharge_after_admission check (discharged_on is null or discharged_on >= admitted_on),
  constraint placement_other_agency_by_referral check (shelter_agency_id = agency_id or referral_id is not null)
);
-- A person is in one shelter at a time, and a bed holds one person.
create unique index placement_person_open on placement (person_id) where discharged_on is null;
create unique index placement_bed_open on placement (bed_id) where discharged_on is null;
create index placement_case on placement (case_id, admitted_on desc);
create index placement_shelter_open on placement (shelter_id, admitted_on desc);
create index placement_shelter_agency on placement (shelter_agency_id);

-- A person's age in whole years on a day, from the birth as known; null when unknown.
create function lindung_person_age(p person, on_day date) returns integer
  language sql stable parallel safe
  as $$
    select case p.birth_precision
      when 'exact' then extract(year from age(on_day, p.birth_date))::integer
      when 'year' then extract(year from on_day)::integer - p.birth_year
      when 'estimated' then p.estimated_age + extract(year from age(on_day, p.estimated_on))::integer
    end
  $$;

create function lindung_age_band(age integer) returns text
  language sql immutable parallel safe
  as $$
    select case when age is null or age < 0 then 'unknown'
                when age < 12 then 'under_12' when age < 18 then '12_17' when age < 25 then '18_24'
                when age < 40 then '25_39' when age < 60 then '40_59' else '60_plus' end
  $$;

-- Beds and occupancy of every shelter, for anyone signed in: counts only, nobody's data.
create function lindung_shelter_occupancy()
  returns table (shelter_id uuid, beds integer, occupied integer, free integer)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select s.id,
           (select count(*) from shelter_bed b where b.shelter_id = s.id and b.in_service)::integer,
           (select count(*) from placement p where p.shelter_id = s.id and p.discharged_on is null)::integer,
           (select count(*) from shelter_bed b
             where b.shelter_id = s.id and b.in_service
               and not exists (select 1 from placement p where p.bed_id = b.id and p.discharged_on is null))::integer
      from shelter s
     where lindung_user_id() is not null
  $$;

-- The free beds of a shelter, for anyone signed in: labels only.
create function lindung_shelter_free_beds(target uuid) returns table (bed_id uuid, label text)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select b.id, b.label from shelter_bed b
     where b.shelter_id = target and b.in_service
       and not exists (select 1 from placement p where p.bed_id = b.id and p.discharged_on is null)
       and lindung_user_id() is not null
     order by length(b.label), b.label
  $$;

-- The least of the person a placement needs: the name they go by, sex and age band. For the
-- shelter's agency (users who manage shelters) and for the placing agency; for nobody else.
create function lindung_placement_person(target uuid)
  returns table (full_name text, sex text, age_band text)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select (select n.full_name from person_name n where n.person_id = p.id order by n.position, n.id limit 1),
           p.sex, lindung_age_band(lindung_person_age(p, current_date))
      from placement pl
      join person p on p.id = pl.person_id
     where pl.id = target
       and ((pl.shelter_agency_id = lindung_agency_id() and lindung_can('shelter:manage'))
            or (pl.agency_id = lindung_agency_id() and lindung_can('person:read')))
  $$;

-- Every admission, transfer and discharge goes on the case's timeline, whichever agency makes it
-- (the shelter's agency cannot write to the case itself). A transfer is one event.
create function placement_on_timeline() returns trigger
  language plpgsql security definer set search_path = public, pg_temp
  as $$
  begin
    if tg_op = 'INSERT' then
      insert into case_event (case_id, agency_id, actor_user_id, kind, detail)
      values (new.case_id, new.agency_id, lindung_user_id(),
        case when new.transferred_from_id is null then 'case.shelter_admitted' else 'case.shelter_transferred' end,
        jsonb_build_object('placementId', new.id, 'shelterId', new.shelter_id, 'admittedOn', new.admitted_on,
          'reason', new.reason, 'transferredFromId', new.transferred_from_id,
          'fromShelterId', (select f.shelter_id from placement f where f.id = new.transferred_from_id)));
    elsif old.discharged_on is null and new.discharged_on is not null and new.discharge_reason <> 'transferred' then
      insert into case_event (case_id, agency_id, actor_user_id, kind, detail)
      values (new.case_id, new.agency_id, lindung_user_id(), 'case.shelter_discharged',
        jsonb_build_object('placementId', new.id, 'shelterId', new.shelter_id, 'dischargedOn', new.discharged_on,
          'dischargeReason', new.discharge_reason, 'byAgencyId', lindung_agency_id()));
    end if;
    return null;
  end
  $$;
create trigger placement_on_timeline after insert or update on placement
  for each row execute function placement_on_timeline();

alter table shelter enable row level security;
alter table shelter_bed enable row level security;
alter table placement enable row level security;
-- Shelters and beds are changed, never removed (closed or out of service instead); a placement
-- changes only when it ends.
grant select, insert on shelter, shelter_bed, placement to lindung_app;
grant update (name, type, population, admits_sexes, min_age, max_age, region, address, phone, email, services,
  active, updated_at) on shelter to lindung_app;
grant update (in_service) on shelter_bed to lindung_app;
grant update (discharged_on, discharge_reason, discharged_by, discharged_at) on placement to lindung_app;

create policy shelter_read on shelter for select to lindung_app
  using ((select lindung_user_id()) is not null);
create policy shelter_register on shelter for insert to lindung_app
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('shelter:manage'))
    and created_by = (select lindung_user_id()));
create policy shelter_change on shelter for update to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('shelter:manage')))
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('shelter:manage')));

create policy shelter_bed_read on shelter_bed for select to lindung_app
  using ((select lindung_user_id()) is not null);
create policy shelter_bed_add on shelter_bed for insert to lindung_app
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('shelter:manage')));
create policy shelter_bed_change on shelter_bed for update to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('shelter:manage')))
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('shelter:manage')));

-- Both agencies of a placement see it: the placing agency's case readers, the shelter's managers.
create policy placement_read on placement for select to lindung_app using (
  (agency_id = (select lindung_agency_id()) and (select lindung_can('case:read')))
  or (shelter_agency_id = (select lindung_agency_id()) and (select lindung_can('shelter:manage'))));
-- Placed by the case's agency, for a person of its open case, in an open shelter of its own or of
-- an agency that accepted this case's referral for shelter while the consent stays in force.
create policy placement_admit on placement for insert to lindung_app with check (
  agency_id = (select lindung_agency_id()) and (select lindung_can('case:write'))
  and admitted_by = (select lindung_user_id()) and discharged_on is null
  and exists (select 1 from case_person cp join case_file c on c.id = cp.case_id
               where cp.case_id = placement.case_id and cp.person_id = placement.person_id and c.status <> 'closed')
  and exists (select 1 from shelter s where s.id = placement.shelter_id and s.active)
  and (shelter_agency_id = agency_id
       or exists (select 1 from referral r
                   where r.id = placement.referral_id and r.agency_id = placement.agency_id
                     and r.to_agency_id = placement.shelter_agency_id and r.case_id = placement.case_id
                     and r.person_id = placement.person_id and r.status = 'accepted'
                     and (r.purpose = 'shelter' or 'shelter' = any (r.services))
                     and lindung_referral_consent_state(r.id) = 'in_force')));
-- Ended (discharged, or transferred) by either agency; an ended placement is never changed again.
create policy placement_discharge on placement for update to lindung_app
  using (discharged_on is null and (
    (agency_id = (select lindung_agency_id()) and (select lindung_can('case:write')))
    or (shelter_agency_id = (select lindung_agency_id()) and (select lindung_can('shelter:manage')))))
  with check (discharged_by = (select lindung_user_id()) and (
    (agency_id = (select lindung_agency_id()) and (select lindung_can('case:write')))
    or (shelter_agency_id = (select lindung_agency_id()) and (select lindung_can('shelter:manage')))));
