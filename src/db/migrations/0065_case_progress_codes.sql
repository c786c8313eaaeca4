-- Case progress for the public (issue 10): the case worker publishes a safe summary of a case
-- (stage, next step, contact point: free text they choose, stored encrypted) and issues secrets
-- (SHA-256 hashes only) that expire and can be revoked. Someone holding the case reference and a
-- live secret sees that summary and nothing else. Staff work as lindung_app under these policies:
-- only the case's own agency, with case:write, publishes and issues; the public lookup runs as the
-- owner through one narrow query (case-progress.repo.ts).
create table case_progress_summary (
  case_id uuid primary key references case_file (id),
  agency_id uuid not null references agency (id),
  stage text not null,
  next_step text not null,
  contact_point text not null,
  published_by uuid not null references app_user (id),
  published_at timestamptz not null default now()
);

create table case_progress_code (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references case_file (id),
  agency_id uuid not null references agency (id),
  secret_hash text not null check (secret_hash ~ '^[0-9a-f]{64}$'),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  revoked_by uuid references app_user (id),
  issued_by uuid not null references app_user (id),
  issued_at timestamptz not null default now(),
  constraint case_progress_code_expires_after_issue check (expires_at > issued_at)
);
create index case_progress_code_case on case_progress_code (case_id);
-- The public names a case by its reference alone.
create index case_file_reference on case_file (reference);

alter table case_progress_summary enable row level security;
alter table case_progress_code enable row level security;
grant select, insert, update on case_progress_summary to lindung_app;
grant select, insert, update on case_progress_code to lindung_app;

create function lindung_case_of_agency(target uuid) returns boolean
  language sql stable security definer set search_path = public, pg_temp
  as $$ select exists (select 1 from case_file c where c.id = target and c.agency_id = lindung_agency_id()) $$;

create policy case_progress_summary_read on case_progress_summary for select to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('case:read')));
create policy case_progress_summary_publish on case_progress_summary for insert to lindung_app
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('case:write'))
    and lindung_case_of_agency(case_id) and published_by = (select lindung_user_id()));
create policy case_progress_summary_change on case_progress_summary for update to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('case:write')))
  with check (agency_id = (select lindung_agency_id()) and lindung_case_of_agency(case_id));
create policy case_progress_code_read on case_progress_code for select to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('case:read')));
create policy case_progress_code_issue on case_progress_code for insert to lindung_app
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('case:write'))
    and lindung_case_of_agency(case_id) and issued_by = (select lindung_user_id()));
create policy case_progress_code_revoke on case_progress_code for update to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('case:write')))
  with check (agency_id = (select lindung_agency_id()) and lindung_case_of_agency(case_id));
