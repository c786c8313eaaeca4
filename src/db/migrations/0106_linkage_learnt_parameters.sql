-- The parameters the linkage model learnt by EM on a population (an agency's persons, or every
-- agency's when agency_id is null): m, u and the prior, never a person's data. Kept in the database
-- so that a match in any process, or after a restart, reuses them while they are fresh (an hour,
-- the population within 5 %, decision 0037) instead of learning again on the whole population.
create table linkage_learnt_parameters (
  agency_id uuid references agency (id),
  persons integer not null,
  parameters jsonb not null,
  learnt_at timestamptz not null,
  constraint linkage_learnt_parameters_population unique nulls not distinct (agency_id)
);
alter table linkage_learnt_parameters enable row level security;
grant select, insert, update on linkage_learnt_parameters to lindung_app;
-- An agency reads its own with person:read and writes them where it scores (person:link); every
-- agency's parameters belong to the platform (the database owner) only.
create policy linkage_learnt_parameters_own on linkage_learnt_parameters for all to lindung_app
  using (agency_id = lindung_agency_id() and lindung_can('person:read'))
  with check (agency_id = lindung_agency_id() and lindung_can('person:link'));
