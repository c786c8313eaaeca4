-- Protection orders of a case: a court's order placing a person under protection (in Malaysia, in
-- a place of refuge under ATIPSOM). The expiry is computed from the agency's jurisdiction pack
-- and stored with the period it came from; it is never typed by hand. An interim order is
-- superseded by the protection order that follows it; any order may be revoked. Orders are
-- records: only their status (and the revocation) changes after they are made.
create table protection_order (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references case_file (id) on delete cascade,
  agency_id uuid not null references agency (id),
  person_id uuid not null references person (id),
  kind text not null check (kind in ('interim', 'full', 'extension')),
  status text not null default 'in_force' check (status in ('in_force', 'superseded', 'revoked')),
  court text not null check (length(btrim(court)) between 2 and 200),
  magistrate text check (length(btrim(magistrate)) between 2 and 200),
  court_reference text check (length(btrim(court_reference)) between 1 and 100),
  applied_on date not null,
  issued_on date not null,
  -- The pack the period came from, the law and section, and the period itself.
  jurisdiction text not null check (jurisdiction ~ '^[a-z]+$'),
  legal_basis text not null,
  period_amount integer not null check (period_amount > 0),
  period_unit text not null check (period_unit in ('days', 'months')),
  expires_on date not null,
  -- The order this one follows (a protection order after an interim one, an extension after either).
  follows_order_id uuid references protection_order (id),
  revoked_on date,
  revocation_reason text,
  revoked_by uuid references app_user (id),
  recorded_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint protection_order_issued_after_application check (issued_on >= applied_on),
  constraint protection_order_expires_after_issue check (expires_on > issued_on),
  constraint protection_order_followed_once unique (follows_order_id),
  constraint protection_order_follows_other check (follows_order_id is distinct from id),
  constraint protection_order_revocation check (
    (status = 'revoked') = (revoked_on is not null and revocation_reason is not null and revoked_by is not null))
);
create index protection_order_case on protection_order (case_id, issued_on desc, created_at desc);

alter table protection_order enable row level security;
grant select, insert on protection_order to lindung_app;
grant update (status, revoked_on, revocation_reason, revoked_by, updated_at) on protection_order to lindung_app;

-- Recorded by the signed-in user, on a case of their agency that they can see and that is not closed.
create policy protection_order_own on protection_order for all to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('case:read')))
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('case:write'))
    and exists (select 1 from case_file c where c.id = protection_order.case_id and c.agency_id = protection_order.agency_id));
