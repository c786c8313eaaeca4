-- Person search by any name form (src/names): each written name keeps the keys it is matched on —
-- normalised tokens with their variant, old-spelling and romanisation keys — and the double-metaphone
-- codes of its tokens, both filled by the application on write. `keys_version` says which version
-- of the name rules made them; rows made before (or by older rules) are refilled by the backfill in
-- src/modules/persons/person-name-keys.ts when the server starts. Until then the folded words below
-- let the search find them.
alter table person_name
  add column match_keys text[] not null default '{}',
  add column phonetic_keys text[] not null default '{}',
  add column keys_version smallint not null default 0;

update person_name
   set match_keys = array(
     select distinct word from regexp_split_to_table(lindung_fold(full_name), '[^[:alnum:]]+') as word where word <> ''
   );

create index person_name_match_keys on person_name using gin (match_keys);
create index person_name_phonetic_keys on person_name using gin (phonetic_keys);
create index person_name_keys_version on person_name (keys_version);
