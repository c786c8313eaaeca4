-- Job adverts an officer screened and saved to an investigation as evidence of online recruitment.
-- The advert's text and where it was found are encrypted by the application (they can name
-- recruiters, victims' phone numbers, places); the screening's outcome is kept beside them as
-- it was when saved (risk, the flags that fired, the versions of the rules and the model).
create table investigation_advert (
  id uuid primary key default gen_random_uuid(),
  investigation_id uuid not null,
  agency_id uuid not null references agency (id),
  -- Encrypted by the application.
  advert_text text not null,
  -- Encrypted by the application: a URL, a page or a group name; null when not given.
  source text,
  language text not null check (language in ('en', 'ms', 'id', 'vi', 'th', 'my', 'km')),
  risk text not null check (risk in ('low', 'medium', 'high')),
  score numeric(3, 2) not null check (score between 0 and 1),
  flags text[] not null,
  rules_version text not null check (length(rules_version) between 1 and 50),
  model_version text not null check (length(model_version) between 1 and 50),
  saved_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  constraint investigation_advert_investigation foreign key (investigation_id, agency_id)
    references investigation (id, agency_id)
);
create index investigation_advert_investigation on investigation_advert (investigation_id, created_at, id);

alter table investigation_advert enable row level security;
-- Evidence: inserted and read, never changed or removed through the application.
grant select, insert on investigation_advert to lindung_app;
create policy investigation_advert_own on investigation_advert for select to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('prosecution:manage')));
create policy investigation_advert_save on investigation_advert for insert to lindung_app
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('prosecution:manage'))
    and saved_by = (select lindung_user_id()));
