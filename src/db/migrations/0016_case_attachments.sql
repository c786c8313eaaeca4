-- Attachments of a case (a scanned passport, a medical letter, a photo). The file itself is kept
-- encrypted outside the database (attachments folder); the row holds what is needed to find,
-- check and describe it. Like notes, attachments are added, never changed.
create table case_attachment (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references case_file (id) on delete cascade,
  agency_id uuid not null references agency (id),
  -- The name the file was uploaded under, encrypted (names of files often name people).
  file_name text not null,
  -- The type found from the file's content, not the type the uploader claimed.
  media_type text not null,
  size_bytes integer not null check (size_bytes > 0),
  -- SHA-256 of the plaintext, checked on every download.
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  uploaded_by uuid references app_user (id),
  created_at timestamptz not null default now()
);
create index case_attachment_case on case_attachment (case_id, created_at);

alter table case_attachment enable row level security;
grant select, insert on case_attachment to lindung_app;
create policy case_attachment_own on case_attachment for all to lindung_app
  using (agency_id = lindung_agency_id() and lindung_can('case:read'))
  with check (agency_id = lindung_agency_id() and lindung_can('case:write'));
