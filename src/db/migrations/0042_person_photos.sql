-- A person's photo (issue: "photo (encrypted attachment)"): an image kept encrypted in the
-- attachments folder like a case's files, the row holding what is needed to find and check it.
-- A new photo supersedes the last; earlier ones are kept, as a record of what the agency held.
create table person_photo (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id) on delete cascade,
  agency_id uuid not null references agency (id),
  media_type text not null check (media_type in ('image/jpeg', 'image/png', 'image/webp', 'image/heic')),
  size_bytes integer not null check (size_bytes > 0),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  uploaded_by uuid references app_user (id),
  created_at timestamptz not null default clock_timestamp()
);
create index person_photo_person on person_photo (person_id, created_at desc);

alter table person_photo enable row level security;
grant select, insert on person_photo to lindung_app;
create policy person_photo_own on person_photo for all to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('person:read')))
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('person:write')));
