-- A person known to several agencies asked one of them for erasure (decision 0042). Each agency's
-- persons are hidden from the others, so the platform's erasure job — before it erases the
-- person — scores them against every agency's persons with the linkage model, as the scan across
-- agencies does (decision 0024), and leaves each other agency holding a likely match a notice on
-- its own person: "a person who may be this one had their personal data erased by another agency
-- on their request; ask for this person's erasure under your own approval if it applies". Never
-- which agency, nor who: the same as a linkage hint. Each agency decides its own part.
create table erasure_notice (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  person_id uuid not null references person (id),
  probability double precision not null check (probability between 0 and 1),
  -- The erasure that caused it, for the platform's audit trail; not readable by the agency told.
  approval_id uuid not null references approval_request (id),
  noticed_at timestamptz not null default now(),
  constraint erasure_notice_once unique (person_id, approval_id)
);
create index erasure_notice_agency on erasure_notice (agency_id, noticed_at desc);
alter table erasure_notice enable row level security;
-- Read only, and not the cause: written by the platform's erasure job alone.
grant select (id, agency_id, person_id, probability, noticed_at) on erasure_notice to lindung_app;
create policy erasure_notice_own on erasure_notice for select to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('case:write'))
    and exists (select 1 from person p where p.id = person_id));
