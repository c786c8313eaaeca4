-- Supervisor approvals, where a country or agency wants them: some changes (closing a case, for
-- now) are requested, and take effect only when another member of the agency with the right to
-- decide approves them. Which changes need approval is the agency's setting.
alter table agency add column approvals_required text[] not null default '{}'
  check (approvals_required <@ array['case_closure']);

-- Deciding needs the case itself in view, so it goes with case management, not administration.
insert into role_permission (role_code, permission) values ('case_manager', 'approval:decide');

create table approval_request (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  kind text not null check (kind in ('case_closure')),
  case_id uuid not null references case_file (id) on delete cascade,
  -- The change asked for, as the command that makes it will take it (e.g. the closing reason).
  change jsonb not null default '{}',
  requested_by uuid not null references app_user (id),
  requested_at timestamptz not null default now(),
  status text not null default 'pending' check (status in ('pending', 'approved', 'rejected', 'withdrawn')),
  decided_by uuid references app_user (id),
  decided_at timestamptz,
  comment text check (length(comment) <= 2000),
  constraint approval_decided check ((status = 'pending') = (decided_at is null)),
  -- Nobody approves their own request.
  constraint approval_not_by_requester check (decided_by is distinct from requested_by or status = 'withdrawn')
);
-- One open request per change of a case.
create unique index approval_one_pending on approval_request (case_id, kind) where status = 'pending';
create index approval_pending_agency on approval_request (agency_id, requested_at) where status = 'pending';

alter table approval_request enable row level security;
grant select, insert on approval_request to lindung_app;
grant update (status, decided_by, decided_at, comment) on approval_request to lindung_app;
create policy approval_request_read on approval_request for select to lindung_app
  using (agency_id = lindung_agency_id() and lindung_can('case:read'));
create policy approval_request_create on approval_request for insert to lindung_app
  with check (agency_id = lindung_agency_id() and lindung_can('case:write') and requested_by = lindung_user_id()
    and status = 'pending');
-- Deciding needs the permission; withdrawing is the requester's own.
create policy approval_request_decide on approval_request for update to lindung_app
  using (agency_id = lindung_agency_id() and status = 'pending'
    and (lindung_can('approval:decide') or requested_by = lindung_user_id()))
  with check (agency_id = lindung_agency_id()
    and ((status in ('approved', 'rejected') and lindung_can('approval:decide') and decided_by = lindung_user_id())
      or (status = 'withdrawn' and requested_by = lindung_user_id())));
