-- Persons: whoever a case is about or involves (presumed victim, victim, suspect, witness, family,
-- guardian — the role belongs to the case, not to the person). A person belongs to the agency that
-- recorded them; other agencies see them only through sharing (referrals, consent), added later.
create table person (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  sex text not null default 'unknown' check (sex in ('female', 'male', 'other', 'unknown')),
  -- Date of birth as known: an exact date, a year only, an estimated age on a date, or nothing.
  birth_precision text not null default 'unknown' check (birth_precision in ('exact', 'year', 'estimated', 'unknown')),
  birth_date date,
  birth_year integer check (birth_year between 1900 and 2100),
  estimated_age integer check (estimated_age between 0 and 120),
  estimated_on date,
  nationality char(2) check (nationality ~ '^[A-Z]{2}$'),
  languages text[] not null default '{}',
  -- Encrypted by the application (crypto/field-cipher.ts): contact details and address.
  contact text,
  address text,
  created_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint person_birth_consistent check (
    (birth_precision = 'exact' and birth_date is not null and birth_year is null and estimated_age is null)
    or (birth_precision = 'year' and birth_year is not null and birth_date is null and estimated_age is null)
    or (birth_precision = 'estimated' and estimated_age is not null and estimated_on is not null and birth_date is null and birth_year is null)
    or (birth_precision = 'unknown' and birth_date is null and birth_year is null and estimated_age is null)
  )
);
create index person_agency on person (agency_id, created_at);

-- Names as given, several per person: birth name, aliases, the name in the person's own script.
create table person_name (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id) on delete cascade,
  agency_id uuid not null references agency (id),
  kind text not null check (kind in ('birth', 'alias', 'own_script', 'married', 'other')),
  -- The order the names were given in: the first is the name the person goes by.
  position integer not null default 0,
  full_name text not null check (length(btrim(full_name)) between 1 and 300),
  given_name text check (length(given_name) <= 200),
  family_name text check (length(family_name) <= 200),
  created_at timestamptz not null default now()
);
create index person_name_person on person_name (person_id);
-- Search before create: names compared by trigram similarity, ignoring case and accents.
create function lindung_fold(value text) returns text
  language sql immutable parallel safe
  as $$ select lower(public.unaccent('public.unaccent'::regdictionary, replace(replace(value, 'đ', 'd'), 'Đ', 'D'))) $$;
create index person_name_trigram on person_name using gin (lindung_fold(full_name) gin_trgm_ops);

create table identity_document (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id) on delete cascade,
  agency_id uuid not null references agency (id),
  type text not null check (type in ('passport', 'national_id', 'work_permit', 'birth_certificate', 'travel_document', 'other')),
  -- The number, encrypted; `number_index` is its keyed hash for exact look-ups.
  number text not null,
  number_index text not null,
  issuing_country char(2) check (issuing_country ~ '^[A-Z]{2}$'),
  held_by text not null default 'unknown' check (held_by in ('person', 'employer', 'recruiter', 'authorities', 'other', 'unknown')),
  expires_on date,
  created_at timestamptz not null default now()
);
create index identity_document_person on identity_document (person_id);
create index identity_document_number on identity_document (number_index);

alter table person enable row level security;
alter table person_name enable row level security;
alter table identity_document enable row level security;
grant select, insert, update on person, person_name, identity_document to lindung_app;
grant delete on person_name, identity_document to lindung_app;

create policy person_own on person for all to lindung_app
  using (agency_id = lindung_agency_id() and lindung_can('person:read'))
  with check (agency_id = lindung_agency_id() and lindung_can('person:write'));
create policy person_name_own on person_name for all to lindung_app
  using (agency_id = lindung_agency_id() and lindung_can('person:read'))
  with check (agency_id = lindung_agency_id() and lindung_can('person:write'));
create policy identity_document_own on identity_document for all to lindung_app
  using (agency_id = lindung_agency_id() and lindung_can('person:read'))
  with check (agency_id = lindung_agency_id() and lindung_can('person:write'));
