-- Investigators review linkage too (decision 0086, amends 0029 and 0050). Only case managers held
-- `person:link`, so an agency without them — the police, immigration — could never read the hint
-- "a possible match is held by another agency", though the other agency is told this one "has been
-- told": the frontline officer's record stayed a duplicate nobody could see, and an offender's
-- aliases recorded by two agencies stayed apart. Frontline officers still do not hold it: anyone who
-- may record a person could probe with it (0050), and an investigator's reviews and merges are
-- audited and watched by the probe alert like a case manager's.
insert into role_permission (role_code, permission) values ('investigator', 'person:link')
  on conflict do nothing;
