-- Agencies: the tenants. Every agency-owned row elsewhere carries agency_id and is isolated by
-- row-level security; the directory of agencies itself is visible to every signed-in user, since
-- referrals and coordination need it.
create table agency (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(btrim(name)) between 2 and 200),
  short_name text check (length(btrim(short_name)) between 1 and 40),
  type text not null check (type in (
    'law_enforcement', 'immigration', 'labour', 'welfare', 'shelter_operator', 'prosecution',
    'embassy', 'ngo', 'international_organisation', 'coordinating_body'
  )),
  -- The state the agency belongs to (ISO 3166-1 alpha-2). An embassy also names where it works.
  country char(2) not null check (country ~ '^[A-Z]{2}$'),
  host_country char(2) check (host_country ~ '^[A-Z]{2}$'),
  parent_id uuid references agency (id),
  time_zone text not null default 'UTC',
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint agency_not_own_parent check (parent_id is distinct from id),
  constraint agency_host_country_for_embassies check (type = 'embassy' or host_country is null)
);

create unique index agency_name_per_country on agency (country, lower(name));
create index agency_parent on agency (parent_id);

alter table agency enable row level security;
grant select, insert, update on agency to lindung_app;

create policy agency_read on agency for select to lindung_app
  using (lindung_user_id() is not null);
create policy agency_create on agency for insert to lindung_app
  with check (lindung_can('agency:manage'));
create policy agency_update on agency for update to lindung_app
  using (lindung_can('agency:manage') or (id = lindung_agency_id() and lindung_can('agency:update_own')))
  with check (lindung_can('agency:manage') or (id = lindung_agency_id() and lindung_can('agency:update_own')));
