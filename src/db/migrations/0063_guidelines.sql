-- Standard operating guidelines: a guideline of a country, issued by a coordinating agency, in
-- numbered versions with an effective date; each version names the agencies that must acknowledge
-- it, and each acknowledgement is kept (who, when) and never changed. Read by every agency of the
-- country; versions added by the issuing agency's coordinators; acknowledged by each required
-- agency for itself. No victim data.
create table guideline (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  country char(2) not null check (country ~ '^[A-Z]{2}$'),
  title text not null check (length(btrim(title)) between 3 and 300),
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now()
);
create index guideline_country on guideline (country, title);

create table guideline_version (
  id uuid primary key default gen_random_uuid(),
  guideline_id uuid not null references guideline (id),
  version integer not null check (version >= 1),
  effective_on date not null,
  summary text not null check (length(btrim(summary)) between 2 and 2000),
  body text not null check (length(btrim(body)) between 2 and 200000),
  required_agency_ids uuid[] not null default '{}',
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  unique (guideline_id, version)
);

create table guideline_acknowledgement (
  version_id uuid not null references guideline_version (id),
  agency_id uuid not null references agency (id),
  acknowledged_by uuid not null references app_user (id),
  acknowledged_at timestamptz not null default now(),
  primary key (version_id, agency_id)
);

create function lindung_guideline_readable(target uuid) returns boolean
  language sql stable security definer set search_path = public, pg_temp
  as $$ select exists (select 1 from guideline g where g.id = target and g.country = lindung_agency_country()) $$;
create function lindung_guideline_issued(target uuid) returns boolean
  language sql stable security definer set search_path = public, pg_temp
  as $$ select exists (select 1 from guideline g where g.id = target and g.agency_id = lindung_agency_id())
           and lindung_can('coordination:manage') $$;

alter table guideline enable row level security;
alter table guideline_version enable row level security;
alter table guideline_acknowledgement enable row level security;
-- Versions and acknowledgements are history: inserted, never changed or removed.
grant select, insert on guideline, guideline_version, guideline_acknowledgement to lindung_app;

create policy guideline_read on guideline for select to lindung_app
  using (country = (select lindung_agency_country()));
create policy guideline_create on guideline for insert to lindung_app
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('coordination:manage'))
    and country = (select lindung_agency_country()) and created_by = (select lindung_user_id()));
create policy guideline_version_read on guideline_version for select to lindung_app
  using (lindung_guideline_readable(guideline_id));
create policy guideline_version_add on guideline_version for insert to lindung_app
  with check (lindung_guideline_issued(guideline_id) and created_by = (select lindung_user_id()));
create policy guideline_acknowledgement_read on guideline_acknowledgement for select to lindung_app
  using (exists (select 1 from guideline_version v where v.id = version_id and lindung_guideline_readable(v.guideline_id)));
-- Each required agency acknowledges for itself.
create policy guideline_acknowledgement_add on guideline_acknowledgement for insert to lindung_app
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('coordination:report'))
    and acknowledged_by = (select lindung_user_id())
    and exists (select 1 from guideline_version v where v.id = version_id and agency_id = any (v.required_agency_ids)
                   and lindung_guideline_readable(v.guideline_id)));
