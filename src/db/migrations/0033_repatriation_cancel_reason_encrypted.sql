-- The reason for cancelling a return is free text that may name people: the application now
-- stores it encrypted, so its length is checked in the API before encryption, not here.
alter table repatriation drop constraint repatriation_cancel_reason_check;
