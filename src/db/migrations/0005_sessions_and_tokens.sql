-- Sign-in state. Tokens are random and only their SHA-256 is stored, so a copy of the database
-- cannot be used to sign in.
create table auth_session (
  token_hash text primary key,
  user_id uuid not null references app_user (id) on delete cascade,
  agency_id uuid not null references agency (id),
  -- 'complete', or 'enrolment_required' when the user must set up two-factor sign-in first.
  stage text not null check (stage in ('complete', 'enrolment_required')),
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index auth_session_user on auth_session (user_id);
create index auth_session_expiry on auth_session (expires_at);

create table api_token (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references app_user (id) on delete cascade,
  agency_id uuid not null references agency (id),
  name text not null check (length(btrim(name)) between 1 and 100),
  token_hash text not null unique,
  scopes text[] not null check (cardinality(scopes) > 0),
  expires_at timestamptz not null,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
create index api_token_user on api_token (user_id);

create table recovery_code (
  user_id uuid not null references app_user (id) on delete cascade,
  code_hash text not null,
  used_at timestamptz,
  primary key (user_id, code_hash)
);

-- Failed sign-ins per e-mail address (hashed, so unknown addresses are throttled too without
-- keeping them), shared by every API process.
create table sign_in_throttle (
  key_hash text primary key,
  failures integer not null,
  window_started_at timestamptz not null,
  locked_until timestamptz
);

-- A user manages their own API tokens; everything else here is read and written by the
-- authentication code before any user is known.
alter table auth_session enable row level security;
alter table api_token enable row level security;
alter table recovery_code enable row level security;
alter table sign_in_throttle enable row level security;
grant select, insert, update on api_token to lindung_app;
create policy api_token_own on api_token for all to lindung_app
  using (user_id = lindung_user_id() and agency_id = lindung_agency_id())
  with check (user_id = lindung_user_id() and agency_id = lindung_agency_id());
