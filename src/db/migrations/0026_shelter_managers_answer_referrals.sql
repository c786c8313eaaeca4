-- A referral for shelter is answered by the shelter's agency, whose people are its shelter
-- managers: they accept or decline it (and may pass it on), which needs referral:manage. Sending a
-- referral from a case still needs that case, which a shelter's agency does not hold.
insert into role_permission (role_code, permission) values ('shelter_manager', 'referral:manage')
  on conflict do nothing;
