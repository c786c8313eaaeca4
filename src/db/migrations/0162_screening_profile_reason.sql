-- Why a person 18 or over on the screening date is screened with a child profile (issue 4,
-- decision 0059): e.g. exploited as a child. Required by the application in that case only.
alter table screening
  add column profile_reason text check (length(btrim(profile_reason)) between 1 and 1000);
grant update (profile_reason) on screening to lindung_app;
