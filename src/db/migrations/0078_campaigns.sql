-- Awareness campaigns of a country: target audiences, languages, channels, a period, an optional
-- link to the action-plan activity they carry out; events (city, date, audience, partner
-- organisations, attendance, reach) and a materials library (posters, leaflets, videos by
-- language). Read by every agency of the country; kept by the running agency's coordinators
-- (coordination:manage). No victim data. See docs/decisions/0025-training-and-certificates.md.
create table campaign (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  country char(2) not null check (country ~ '^[A-Z]{2}$'),
  title text not null check (length(btrim(title)) between 3 and 300),
  audiences text[] not null check (cardinality(audiences) between 1 and 10),
  languages text[] not null check (cardinality(languages) between 1 and 4 and languages <@ array['en', 'ms', 'id', 'vi']),
  channels text[] not null default '{}',
  starts_on date not null,
  ends_on date not null,
  activity_id uuid references action_plan_activity (id),
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  constraint campaign_dates check (ends_on >= starts_on)
);
create index campaign_country on campaign (country, starts_on desc);

create table campaign_event (
  id uuid primary key default gen_random_uuid(),
  campaign_id uuid not null references campaign (id),
  city text not null check (length(btrim(city)) between 2 and 100),
  held_on date not null,
  audience text not null,
  partner_ids uuid[] not null default '{}',
  attendance integer not null default 0 check (attendance between 0 and 10000000),
  reach integer not null default 0 check (reach between 0 and 1000000000),
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now()
);
create index campaign_event_campaign on campaign_event (campaign_id, held_on);

create table campaign_material (
  id uuid primary key default gen_random_uuid(),
  campaign_id uuid not null references campaign (id),
  title text not null check (length(btrim(title)) between 2 and 300),
  kind text not null check (kind in ('poster', 'leaflet', 'video', 'radio', 'social_media', 'other')),
  language text not null check (language in ('en', 'ms', 'id', 'vi')),
  url text check (url is null or url ~ '^https://'),
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now()
);

create function lindung_campaign_readable(target uuid) returns boolean
  language sql stable security definer set search_path = public, pg_temp
  as $$ select exists (select 1 from campaign c where c.id = target and c.country = lindung_agency_country()) $$;
create function lindung_campaign_run(target uuid) returns boolean
  language sql stable security definer set search_path = public, pg_temp
  as $$ select exists (select 1 from campaign c where c.id = target and c.agency_id = lindung_agency_id())
           and lindung_can('coordination:manage') $$;

alter table campaign enable row level security;
alter table campaign_event enable row level security;
alter table campaign_material enable row level security;
grant select, insert on campaign, campaign_event, campaign_material to lindung_app;

create policy campaign_read on campaign for select to lindung_app
  using (country = (select lindung_agency_country()));
create policy campaign_create on campaign for insert to lindung_app
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('coordination:manage'))
    and country = (select lindung_agency_country()) and created_by = (select lindung_user_id()));
create policy campaign_event_read on campaign_event for select to lindung_app
  using (lindung_campaign_readable(campaign_id));
create policy campaign_event_add on campaign_event for insert to lindung_app
  with check (lindung_campaign_run(campaign_id) and created_by = (select lindung_user_id()));
create policy campaign_material_read on campaign_material for select to lindung_app
  using (lindung_campaign_readable(campaign_id));
create policy campaign_material_add on campaign_material for insert to lindung_app
  with check (lindung_campaign_run(campaign_id) and created_by = (select lindung_user_id()));
