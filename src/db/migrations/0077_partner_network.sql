-- The partner network: a country's directory of civil-society organisations, international
-- organisations and government focal points (services offered, regions covered, languages,
-- contact), their membership of the national network, and memoranda of understanding whose
-- expiry is a deadline of the coordinating agency (source kind `partner_mou_expiry`). Read by every
-- agency of the country; kept by the coordinating agency's coordinators (coordination:manage).
-- A partner that is itself an agency on the platform names it, so the directory feeds referral
-- targets. No victim data. See docs/decisions/0025-training-and-certificates.md.
create table partner_organisation (
  id uuid primary key default gen_random_uuid(),
  -- The coordinating agency that keeps the entry.
  agency_id uuid not null references agency (id),
  country char(2) not null check (country ~ '^[A-Z]{2}$'),
  name text not null check (length(btrim(name)) between 2 and 300),
  kind text not null check (kind in ('cso', 'international', 'government')),
  services text[] not null default '{}',
  regions text[] not null default '{}',
  languages text[] not null default '{}' check (languages <@ array['en', 'ms', 'id', 'vi']),
  contact_name text check (contact_name is null or length(btrim(contact_name)) between 2 and 200),
  contact_email text check (contact_email is null or contact_email ~ '^[^@\s]+@[^@\s]+$'),
  contact_phone text check (contact_phone is null or contact_phone ~ '^\+?[0-9 ()-]{6,30}$'),
  website text check (website is null or website ~ '^https?://'),
  network_member boolean not null default false,
  member_since date,
  -- The platform agency this partner is, where it is one (a referral can go to it).
  linked_agency_id uuid references agency (id),
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint partner_membership check (network_member or member_since is null)
);
create index partner_organisation_country on partner_organisation (country, name);

create table partner_mou (
  id uuid primary key default gen_random_uuid(),
  partner_id uuid not null references partner_organisation (id),
  title text not null check (length(btrim(title)) between 3 and 300),
  signed_on date not null,
  expires_on date not null,
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  constraint partner_mou_dates check (expires_on > signed_on)
);
create index partner_mou_partner on partner_mou (partner_id, expires_on);

create function lindung_partner_readable(target uuid) returns boolean
  language sql stable security definer set search_path = public, pg_temp
  as $$ select exists (select 1 from partner_organisation p where p.id = target and p.country = lindung_agency_country()) $$;
create function lindung_partner_kept(target uuid) returns boolean
  language sql stable security definer set search_path = public, pg_temp
  as $$ select exists (select 1 from partner_organisation p where p.id = target and p.agency_id = lindung_agency_id())
           and lindung_can('coordination:manage') $$;

alter table partner_organisation enable row level security;
alter table partner_mou enable row level security;
grant select, insert, update on partner_organisation to lindung_app;
grant select, insert on partner_mou to lindung_app;

create policy partner_read on partner_organisation for select to lindung_app
  using (country = (select lindung_agency_country()));
create policy partner_create on partner_organisation for insert to lindung_app
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('coordination:manage'))
    and country = (select lindung_agency_country()) and created_by = (select lindung_user_id()));
create policy partner_change on partner_organisation for update to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('coordination:manage')))
  with check (agency_id = (select lindung_agency_id()) and country = (select lindung_agency_country()));
create policy partner_mou_read on partner_mou for select to lindung_app
  using (lindung_partner_readable(partner_id));
create policy partner_mou_add on partner_mou for insert to lindung_app
  with check (lindung_partner_kept(partner_id) and created_by = (select lindung_user_id()));

-- An MoU's expiry is a deadline of the coordinating agency, seen and kept by its coordinators.
create policy deadline_partner_mou on deadline for all to lindung_app
  using (source_kind = 'partner_mou_expiry' and agency_id = (select lindung_agency_id())
    and (select lindung_can('coordination:manage')))
  with check (source_kind = 'partner_mou_expiry' and agency_id = (select lindung_agency_id()) and case_id is null
    and (select lindung_can('coordination:manage')));
