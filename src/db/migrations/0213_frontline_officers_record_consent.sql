-- Frontline officers record consent (decision 0093, amends 0004). They held `referral:manage`, but a
-- referral rests on a consent the referring agency recorded, and only case managers could record
-- one: an agency without case managers — the police, immigration, labour — could not refer a victim
-- at all, though police to welfare is the commonest referral. The officer who meets the victim is
-- the one who asks for the consent; the database's policies on `consent` already tie it to the
-- officer's own agency and to `consent:record`, so the grant is the whole change.
insert into role_permission (role_code, permission) values ('frontline_officer', 'consent:record')
  on conflict do nothing;
