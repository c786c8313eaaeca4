-- Identification screenings (an officer asks a person the questions of a screening instrument) and
-- identification decisions (what an authorised officer then decides about the person).
--
-- Instruments are not stored here. A screening records the id and version of the instrument it
-- used, and the definition is resolved from the instruments the release ships
-- (modules/screening/instrument.registry.ts, keyed `id@version`). Shipped versions are never
-- removed or changed — a correction is a new version beside the old one — so an old screening
-- always finds the version it was answered against; its assessment is also kept in full on
-- completion. Only the form of the instrument and profile codes is checked below: which profiles
-- exist (the ILO/EC lists: adult_labour, adult_sexual, child_labour, child_sexual) is the
-- instrument's to say.
create table screening (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  person_id uuid not null references person (id),
  instrument_id text not null check (instrument_id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  instrument_version text not null
    check (instrument_version ~ '^[0-9A-Za-z][0-9A-Za-z.-]*$' and length(instrument_version) <= 40),
  profile text not null check (profile ~ '^[a-z][a-z0-9_]*$'),
  status text not null default 'draft' check (status in ('draft', 'completed')),
  officer_user_id uuid not null references app_user (id),
  -- The interpreter's language (ISO 639) and, when given, name.
  interpreter_language text check (interpreter_language ~ '^[a-z]{2,3}$'),
  interpreter_name text check (length(btrim(interpreter_name)) between 1 and 200),
  location text check (length(btrim(location)) between 1 and 300),
  screened_on date not null,
  -- Encrypted by the application (crypto/field-cipher.ts): the officer's free-text observations.
  observations text,
  -- Indicator id → yes / no / unknown. A missing key is unanswered, like unknown: never a no.
  answers jsonb not null default '{}' check (
    jsonb_typeof(answers) = 'object'
    and not jsonb_path_exists(answers,
      '$.* ? (@.type() != "string" || !(@ == "yes" || @ == "no" || @ == "unknown"))')
  ),
  -- The decision rule's outcome and its full account (dimensions, requirements, unanswered),
  -- fixed at completion.
  outcome text check (outcome in ('presumed_victim', 'not_presumed')),
  assessment jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  completed_at timestamptz,
  completed_by uuid references app_user (id),
  constraint screening_interpreter_language check (interpreter_name is null or interpreter_language is not null),
  constraint screening_completion check (
    (status = 'draft' and outcome is null and assessment is null and completed_at is null and completed_by is null)
    or (status = 'completed' and outcome is not null and assessment is not null and completed_at is not null
        and completed_by is not null)
  ),
  -- Lets an identification decision name a screening only together with the person it is about.
  constraint screening_of_person unique (id, person_id)
);
create index screening_person on screening (person_id, created_at desc);
create index screening_agency on screening (agency_id, created_at);

-- An identification decision, distinct from the screening that may have prompted it. Append-only:
-- a changed decision is a new row that supersedes the agency's previous one for the person, so
-- the history of who decided what, when and on what basis stays whole.
create table identification_decision (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  person_id uuid not null references person (id),
  screening_id uuid,
  decision text not null check (decision in ('confirmed_victim', 'not_a_victim', 'unable_to_determine')),
  -- Encrypted by the application: the narrative basis of the decision.
  basis text not null,
  decided_by uuid not null references app_user (id),
  decided_on date not null,
  supersedes_id uuid,
  created_at timestamptz not null default now(),
  constraint identification_decision_of_person unique (id, person_id),
  constraint identification_decision_screening foreign key (screening_id, person_id)
    references screening (id, person_id),
  constraint identification_decision_supersedes foreign key (supersedes_id, person_id)
    references identification_decision (id, person_id),
  -- The decisions for a person form one line per agency: each is superseded at most once, and
  -- only one starts it (two officers recording at the same moment cannot fork it).
  constraint identification_decision_superseded_once unique (supersedes_id)
);
create unique index identification_decision_first on identification_decision (agency_id, person_id)
  where supersedes_id is null;
create index identification_decision_person on identification_decision (person_id, created_at desc);

alter table screening enable row level security;
alter table identification_decision enable row level security;
-- Who screened whom, with which instrument, is never rewritten: only a draft's answers and
-- details, and its completion, can change. Key rotation runs as the owner, not as lindung_app.
grant select, insert on screening, identification_decision to lindung_app;
grant update (profile, interpreter_language, interpreter_name, location, screened_on, observations, answers,
  status, outcome, assessment, updated_at, completed_at, completed_by) on screening to lindung_app;

-- The person must be one this agency may see: foreign keys alone do not look through its policies.
create policy screening_read on screening for select to lindung_app
  using (agency_id = lindung_agency_id() and lindung_can('person:read'));
create policy screening_start on screening for insert to lindung_app
  with check (agency_id = lindung_agency_id() and lindung_can('screening:conduct') and status = 'draft'
    and officer_user_id = lindung_user_id()
    and exists (select 1 from person p where p.id = screening.person_id));
-- A completed screening is a record: only drafts can be changed.
create policy screening_change on screening for update to lindung_app
  using (agency_id = lindung_agency_id() and lindung_can('screening:conduct') and status = 'draft')
  with check (agency_id = lindung_agency_id() and lindung_can('screening:conduct')
    and (status = 'draft' or completed_by = lindung_user_id()));

-- Deciding whether a person is a victim is casework: `case:write` (frontline officers, case
-- managers and investigators, who are the competent authority in several countries).
create policy identification_decision_read on identification_decision for select to lindung_app
  using (agency_id = lindung_agency_id() and lindung_can('person:read'));
create policy identification_decision_record on identification_decision for insert to lindung_app
  with check (agency_id = lindung_agency_id() and lindung_can('case:write') and decided_by = lindung_user_id()
    and exists (select 1 from person p where p.id = identification_decision.person_id)
    and (screening_id is null
      or exists (select 1 from screening s where s.id = identification_decision.screening_id)));
