-- Why a person certainly under the jurisdiction's age of consent gave consent themselves rather
-- than through a guardian (issue 4, decision 0072): e.g. no guardian can be reached and the child
-- understands the sharing. Required by the application in that case only.
alter table consent
  add column own_consent_reason text check (length(btrim(own_consent_reason)) between 1 and 1000);
