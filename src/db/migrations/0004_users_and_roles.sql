-- Roles and their permissions are data: a country can adjust them without a code change.
create table role (
  code text primary key check (code ~ '^[a-z_]+$'),
  description text not null
);

create table role_permission (
  role_code text not null references role (code) on delete cascade,
  permission text not null check (permission ~ '^[a-z_]+:[a-z_]+$'),
  primary key (role_code, permission)
);

insert into role (code, description) values
  ('frontline_officer', 'Screens people with the trafficking indicators, opens cases and refers them on'),
  ('case_manager', 'Manages victims'' cases: needs, consent, care plan, services, referrals, return'),
  ('shelter_manager', 'Runs a shelter: capacity, admissions, discharges, daily care'),
  ('investigator', 'Investigates offences: suspects, arrests, evidence, linked victims'),
  ('prosecutor', 'Charges, hearings, verdicts, sentences and restitution'),
  ('coordinator', 'National action plan, committees, statistics and reports'),
  ('trainer', 'Training courses, sessions, participants and certificates'),
  ('agency_admin', 'Manages the users and details of one agency'),
  ('system_admin', 'Manages all agencies, users and platform settings'),
  ('auditor', 'Reads the audit log of the agency');

insert into role_permission (role_code, permission) values
  ('frontline_officer', 'person:read'), ('frontline_officer', 'person:write'),
  ('frontline_officer', 'case:read'), ('frontline_officer', 'case:write'),
  ('frontline_officer', 'screening:conduct'), ('frontline_officer', 'referral:manage'),
  ('case_manager', 'person:read'), ('case_manager', 'person:write'),
  ('case_manager', 'case:read'), ('case_manager', 'case:write'), ('case_manager', 'case:assign'),
  ('case_manager', 'screening:conduct'), ('case_manager', 'consent:record'),
  ('case_manager', 'referral:manage'), ('case_manager', 'health:read'),
  ('shelter_manager', 'person:read'), ('shelter_manager', 'case:read'),
  ('shelter_manager', 'shelter:manage'), ('shelter_manager', 'health:read'),
  ('investigator', 'person:read'), ('investigator', 'person:write'),
  ('investigator', 'case:read'), ('investigator', 'case:write'), ('investigator', 'prosecution:manage'),
  ('prosecutor', 'person:read'), ('prosecutor', 'case:read'), ('prosecutor', 'prosecution:manage'),
  ('coordinator', 'statistics:read'), ('coordinator', 'coordination:manage'),
  ('trainer', 'training:manage'),
  ('agency_admin', 'agency:update_own'), ('agency_admin', 'user:manage'),
  ('system_admin', 'agency:manage'), ('system_admin', 'user:manage_any'), ('system_admin', 'audit:read_any'),
  ('auditor', 'audit:read');

-- Every permission is also readable by anyone signed in, as is the role list.
alter table role enable row level security;
alter table role_permission enable row level security;
grant select on role, role_permission to lindung_app;
create policy role_read on role for select to lindung_app using (lindung_user_id() is not null);
create policy role_permission_read on role_permission for select to lindung_app
  using (lindung_user_id() is not null);

create table app_user (
  id uuid primary key default gen_random_uuid(),
  email text not null check (email ~ '^[^@\s]+@[^@\s]+$' and length(email) <= 254),
  display_name text not null check (length(btrim(display_name)) between 1 and 200),
  locale text not null default 'en' check (locale in ('en', 'ms', 'id', 'vi')),
  password_hash text not null,
  password_changed_at timestamptz not null default now(),
  -- TOTP secret, encrypted by the application (see crypto/); null until enrolment starts.
  totp_secret text,
  totp_enabled_at timestamptz,
  -- The last TOTP time step accepted: a code is never accepted twice.
  totp_last_step bigint,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index app_user_email on app_user (lower(email));

create table membership (
  user_id uuid not null references app_user (id) on delete cascade,
  agency_id uuid not null references agency (id),
  role_code text not null references role (code),
  created_at timestamptz not null default now(),
  primary key (user_id, agency_id, role_code)
);
create index membership_agency on membership (agency_id);

-- Owned by the migration role, so it sees every membership whatever the caller's policies say:
-- an agency administrator may manage a user only when all of the user's memberships are in
-- the administrator's agency (never, say, a system administrator who also belongs there).
create function lindung_user_only_in_agency(target_user uuid, target_agency uuid) returns boolean
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select exists (select 1 from membership where user_id = target_user and agency_id = target_agency)
       and not exists (select 1 from membership where user_id = target_user and agency_id <> target_agency)
  $$;

alter table app_user enable row level security;
alter table membership enable row level security;
grant select, insert on app_user to lindung_app;
grant update (email, display_name, locale, password_hash, password_changed_at, totp_secret,
  totp_enabled_at, totp_last_step, active, updated_at) on app_user to lindung_app;
grant select, insert, delete on membership to lindung_app;

create policy app_user_read on app_user for select to lindung_app using (
  id = lindung_user_id()
  or lindung_can('user:manage_any')
  or exists (select 1 from membership m where m.user_id = app_user.id and m.agency_id = lindung_agency_id())
);
create policy app_user_create on app_user for insert to lindung_app
  with check (lindung_can('user:manage_any') or lindung_can('user:manage'));
create policy app_user_update on app_user for update to lindung_app using (
  id = lindung_user_id()
  or lindung_can('user:manage_any')
  or (lindung_can('user:manage') and lindung_user_only_in_agency(id, lindung_agency_id()))
);

create policy membership_read on membership for select to lindung_app using (
  agency_id = lindung_agency_id() or user_id = lindung_user_id() or lindung_can('user:manage_any')
);
-- Only a system administrator can make another one.
create policy membership_create on membership for insert to lindung_app with check (
  lindung_can('user:manage_any')
  or (lindung_can('user:manage') and agency_id = lindung_agency_id() and role_code <> 'system_admin')
);
create policy membership_delete on membership for delete to lindung_app using (
  lindung_can('user:manage_any') or (lindung_can('user:manage') and agency_id = lindung_agency_id())
);

-- The permissions a user holds in one agency through all their roles there (none if the
-- agency is inactive).
create function lindung_permissions(target_user uuid, target_agency uuid) returns text[]
  language sql stable
  as $$
    select coalesce(array_agg(distinct rp.permission order by rp.permission), '{}')
      from membership m
      join role_permission rp on rp.role_code = m.role_code
      join agency a on a.id = m.agency_id and a.active
     where m.user_id = target_user and m.agency_id = target_agency
  $$;
