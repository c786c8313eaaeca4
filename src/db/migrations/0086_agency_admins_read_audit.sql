-- Agency administrators read their own agency's audit log, as auditors do (decision 0031): they
-- manage its users and settings, and who saw and changed what is part of that. The policy on
-- `audit_event` (0006) already limits `audit:read` to the reader's agency.
insert into role_permission (role_code, permission) values ('agency_admin', 'audit:read')
  on conflict do nothing;
