-- Review of possible duplicate persons, merge and undo (issue 8, decisions 0024 and 0029).
-- A candidate pair is two persons the linkage model scored as possibly the same, with the evidence
-- per field. A reviewer with `person:link` (the agency's case managers) decides: same person, not
-- the same, unsure. Merging never changes or deletes a person: a `person_merge` row says that one
-- person (merged) now resolves to another (survivor); both keep their agency, names, documents and
-- cases, and `lindung_person_master()` follows the merges still in force. Undo closes the row.
-- Row-level security follows the persons' own: a pair or a merge is visible only to an agency that
-- can see both persons (person's policy runs inside the `exists`), so nobody learns of a person
-- through a pair.
insert into role_permission (role_code, permission) values ('case_manager', 'person:link')
  on conflict do nothing;

create table person_match_candidate (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  person_a uuid not null references person (id),
  person_b uuid not null references person (id),
  probability double precision not null check (probability between 0 and 1),
  weight double precision not null,
  -- [{ field, level, weight, termFrequency }] as the model explained the pair (no personal data).
  evidence jsonb not null,
  -- A digest of the fields compared, as scored: a decision on persons changed since is refused.
  fingerprint text not null,
  status text not null default 'open' check (status in ('open', 'same', 'different', 'unsure')),
  reason text check (length(btrim(reason)) between 1 and 1000),
  decided_by uuid references app_user (id),
  decided_at timestamptz,
  version integer not null default 1,
  scored_at timestamptz not null default now(),
  constraint person_match_candidate_order check (person_a < person_b),
  constraint person_match_candidate_pair unique (person_a, person_b),
  constraint person_match_candidate_decided check (
    (status = 'open') = (decided_at is null) and (decided_at is null) = (decided_by is null)
    and (status = 'open' or reason is not null))
);
create index person_match_candidate_queue on person_match_candidate (agency_id, status, probability desc, id);

create table person_merge (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  candidate_id uuid references person_match_candidate (id),
  survivor_id uuid not null references person (id),
  merged_id uuid not null references person (id),
  reason text not null check (length(btrim(reason)) between 1 and 1000),
  merged_by uuid not null references app_user (id),
  merged_at timestamptz not null default now(),
  undone_at timestamptz,
  undone_by uuid references app_user (id),
  undo_reason text check (length(btrim(undo_reason)) between 1 and 1000),
  constraint person_merge_two check (survivor_id <> merged_id),
  constraint person_merge_undone check (
    (undone_at is null) = (undone_by is null) and (undone_at is null) = (undo_reason is null))
);
-- A person resolves to one survivor at a time.
create unique index person_merge_in_force on person_merge (merged_id) where undone_at is null;
create index person_merge_survivor on person_merge (survivor_id) where undone_at is null;

alter table person_match_candidate enable row level security;
alter table person_merge enable row level security;
grant select, insert, update, delete on person_match_candidate to lindung_app;
grant select, insert, update on person_merge to lindung_app;

create policy person_match_candidate_both on person_match_candidate for all to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('person:link'))
    and exists (select 1 from person p where p.id = person_a)
    and exists (select 1 from person p where p.id = person_b))
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('person:link'))
    and exists (select 1 from person p where p.id = person_a)
    and exists (select 1 from person p where p.id = person_b));

-- Read by whoever reads both persons (a case worker sees that two records are one person);
-- made and undone with `person:link`.
create policy person_merge_read on person_merge for select to lindung_app
  using (exists (select 1 from person p where p.id = survivor_id)
    and exists (select 1 from person p where p.id = merged_id));
create policy person_merge_make on person_merge for insert to lindung_app
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('person:link'))
    and exists (select 1 from person p where p.id = survivor_id)
    and exists (select 1 from person p where p.id = merged_id));
create policy person_merge_undo on person_merge for update to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('person:link'))
    and exists (select 1 from person p where p.id = survivor_id)
    and exists (select 1 from person p where p.id = merged_id))
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('person:link')));

-- The person a person resolves to through the merges in force (itself when not merged). Runs with
-- the caller's rights: merges the caller may not see are not followed.
create function lindung_person_master(person uuid) returns uuid
  language sql stable set search_path = public, pg_temp
  as $$
    with recursive up (id, depth) as (
      select person, 0
      union all
      select m.survivor_id, up.depth + 1
        from up join person_merge m on m.merged_id = up.id and m.undone_at is null
       where up.depth < 100
    )
    select id from up order by depth desc limit 1
  $$;
grant execute on function lindung_person_master(uuid) to lindung_app;

-- Across agencies (decision 0024): each agency's persons are hidden from the others, so the
-- platform's scan over every agency (`lindung linkage scan`, no user) leaves each agency only a
-- hint: its own person, the other agency, the probability — "possible match held by another
-- agency, ask for referral". No name, date or id of the other agency's person is stored here.
create table person_match_hint (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  person_id uuid not null references person (id),
  other_agency_id uuid not null references agency (id),
  probability double precision not null check (probability between 0 and 1),
  found_at timestamptz not null default now(),
  constraint person_match_hint_once unique (person_id, other_agency_id),
  constraint person_match_hint_other check (other_agency_id <> agency_id)
);
create index person_match_hint_agency on person_match_hint (agency_id, probability desc, id);
alter table person_match_hint enable row level security;
-- Read only: written by the platform's scan alone.
grant select on person_match_hint to lindung_app;
create policy person_match_hint_own on person_match_hint for select to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('person:link'))
    and exists (select 1 from person p where p.id = person_id));
