-- The name keys refill (decision 0065) walks the stale names in (keys_version, id) order from where
-- its last batch ended. By keys_version alone, each batch took the stale names with the lowest ids
-- from a walk of the primary key from the start, past every name already refilled: the batches got
-- slower as the refill went on (quadratic in all; about 40 minutes at a million names). This index
-- gives each batch its names by a range read, whatever was refilled before, and answers "is any
-- name stale" as the old one did (its first column).
create index person_name_keys_version_id on person_name (keys_version, id);
drop index person_name_keys_version;
