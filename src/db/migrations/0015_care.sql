-- The care of a victim on a case: needs assessments, a care plan kept in versions, and the
-- services delivered. All three are records: rows are added, never changed or removed (a new
-- assessment supersedes the last one; editing the plan makes a new version beside the old ones).
create table needs_assessment (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references case_file (id) on delete cascade,
  agency_id uuid not null references agency (id),
  assessed_on date not null,
  assessed_by uuid not null references app_user (id),
  -- Every domain's level of need, and nothing else.
  levels jsonb not null check (
    jsonb_typeof(levels) = 'object'
    and levels ?& array['safety', 'shelter', 'medical', 'mental_health', 'legal', 'documentation', 'financial',
      'employment', 'education', 'family', 'repatriation', 'interpretation']
    and levels - array['safety', 'shelter', 'medical', 'mental_health', 'legal', 'documentation', 'financial',
      'employment', 'education', 'family', 'repatriation', 'interpretation'] = '{}'::jsonb
    and not jsonb_path_exists(levels,
      '$.* ? (@.type() != "string" || !(@ == "none" || @ == "low" || @ == "medium" || @ == "high" || @ == "urgent"))')
  ),
  -- Encrypted by the application: the notes by domain, as one JSON object (null without notes).
  notes text,
  supersedes_id uuid,
  recorded_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  constraint needs_assessment_of_case unique (id, case_id),
  constraint needs_assessment_supersedes foreign key (supersedes_id, case_id)
    references needs_assessment (id, case_id),
  -- The assessments of a case form one line: each is superseded at most once, and only one
  -- starts it (two workers recording at the same moment cannot fork it).
  constraint needs_assessment_superseded_once unique (supersedes_id)
);
create unique index needs_assessment_first on needs_assessment (case_id) where supersedes_id is null;
create index needs_assessment_case on needs_assessment (case_id, created_at desc);

-- One row per version of a case's care plan; the highest version is the current plan.
create table care_plan (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references case_file (id) on delete cascade,
  agency_id uuid not null references agency (id),
  version integer not null check (version >= 1),
  planned_on date not null,
  review_on date not null,
  -- Encrypted by the application: the goals, as one JSON array of text.
  goals text not null,
  -- A supervisor's approval of this version, where a country wants one (recorded later).
  approved_by uuid references app_user (id),
  approved_at timestamptz,
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  constraint care_plan_version_unique unique (case_id, version),
  constraint care_plan_of_case unique (id, case_id),
  constraint care_plan_review_date check (review_on >= planned_on),
  constraint care_plan_approval check ((approved_by is null) = (approved_at is null))
);

-- A service the plan provides for. Its identity outlives the plan's versions, so that a service
-- delivered names it whichever version is current.
create table planned_service (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references case_file (id) on delete cascade,
  agency_id uuid not null references agency (id),
  created_at timestamptz not null default now(),
  constraint planned_service_of_case unique (id, case_id)
);

-- A planned service as one version of the plan sets it out.
create table care_plan_service (
  care_plan_id uuid not null,
  planned_service_id uuid not null,
  case_id uuid not null,
  agency_id uuid not null references agency (id),
  position smallint not null check (position >= 0),
  type text not null check (type in ('medical', 'psychosocial', 'legal_aid', 'interpretation', 'shelter',
    'financial', 'vocational', 'education', 'repatriation', 'family_tracing', 'documentation', 'reintegration',
    'other')),
  -- Who provides it: the case's agency or another (a shelter operator, an embassy, an NGO).
  responsible_agency_id uuid not null references agency (id),
  starts_on date,
  ends_on date,
  status text not null check (status in ('planned', 'active', 'done', 'cancelled')),
  primary key (care_plan_id, planned_service_id),
  constraint care_plan_service_position unique (care_plan_id, position),
  constraint care_plan_service_plan foreign key (care_plan_id, case_id)
    references care_plan (id, case_id) on delete cascade,
  constraint care_plan_service_identity foreign key (planned_service_id, case_id)
    references planned_service (id, case_id) on delete cascade,
  constraint care_plan_service_dates check (ends_on is null or starts_on is null or ends_on >= starts_on)
);
create index care_plan_service_planned on care_plan_service (planned_service_id);

create table service_delivery (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references case_file (id) on delete cascade,
  agency_id uuid not null references agency (id),
  type text not null check (type in ('medical', 'psychosocial', 'legal_aid', 'interpretation', 'shelter',
    'financial', 'vocational', 'education', 'repatriation', 'family_tracing', 'documentation', 'reintegration',
    'other')),
  delivered_on date not null,
  provider_agency_id uuid not null references agency (id),
  -- Encrypted by the application.
  description text not null,
  planned_service_id uuid,
  recorded_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  constraint service_delivery_planned foreign key (planned_service_id, case_id)
    references planned_service (id, case_id)
);
create index service_delivery_case on service_delivery (case_id, delivered_on desc, created_at desc);

alter table needs_assessment enable row level security;
alter table care_plan enable row level security;
alter table planned_service enable row level security;
alter table care_plan_service enable row level security;
alter table service_delivery enable row level security;
-- Records: added, never edited or removed (approval of a plan version gets its own grant later).
-- Key rotation runs as the owner, not as lindung_app.
grant select, insert on needs_assessment, care_plan, planned_service, care_plan_service, service_delivery
  to lindung_app;

-- Added only by the signed-in user, to a case of their agency that they can see and that is not
-- closed: the foreign key alone does not look through case_file's policies.
create policy needs_assessment_own on needs_assessment for all to lindung_app
  using (agency_id = lindung_agency_id() and lindung_can('case:read'))
  with check (agency_id = lindung_agency_id() and lindung_can('case:write') and recorded_by = lindung_user_id()
    and exists (select 1 from case_file c where c.id = needs_assessment.case_id and c.status <> 'closed'));
create policy care_plan_own on care_plan for all to lindung_app
  using (agency_id = lindung_agency_id() and lindung_can('case:read'))
  with check (agency_id = lindung_agency_id() and lindung_can('case:write') and created_by = lindung_user_id()
    and approved_by is null
    and exists (select 1 from case_file c where c.id = care_plan.case_id and c.status <> 'closed'));
create policy planned_service_own on planned_service for all to lindung_app
  using (agency_id = lindung_agency_id() and lindung_can('case:read'))
  with check (agency_id = lindung_agency_id() and lindung_can('case:write')
    and exists (select 1 from case_file c where c.id = planned_service.case_id and c.status <> 'closed'));
create policy care_plan_service_own on care_plan_service for all to lindung_app
  using (agency_id = lindung_agency_id() and lindung_can('case:read'))
  with check (agency_id = lindung_agency_id() and lindung_can('case:write')
    and exists (select 1 from care_plan p where p.id = care_plan_service.care_plan_id));
create policy service_delivery_own on service_delivery for all to lindung_app
  using (agency_id = lindung_agency_id() and lindung_can('case:read'))
  with check (agency_id = lindung_agency_id() and lindung_can('case:write') and recorded_by = lindung_user_id()
    and exists (select 1 from case_file c where c.id = service_delivery.case_id and c.status <> 'closed'));
