-- A name written in Burmese, Thai, Khmer or another script is also searched by its usual Latin
-- spelling (issue 8, decision 0071). The application romanises it (src/names/romanise: no such
-- rules exist in SQL) and stores the reading with the name's keys, as `latin_name`; null for a
-- Latin name. Its words are posted as the name's own words are (migration 0155), so that "Kyaw Zin
-- Htet" typed finds ကျော်ဇင်ထက် through the dictionary of words and the postings nearest the
-- query's other words, not only through the bounded key branch. Names stored before are given
-- their reading by the name keys refill (keys version 5), whose update posts the words.

alter table person_name add column latin_name text;

-- The postings of a name: its written words and its Latin reading's, each word once per form.
create function lindung_person_name_postings(full_name text, latin_name text) returns table (word text, rest text)
  language sql immutable parallel safe
  as $$
    select p.word, p.rest from lindung_name_postings(full_name) p
    union
    select p.word, p.rest from lindung_name_postings(latin_name) p where latin_name is not null
  $$;

create or replace function lindung_person_name_words() returns trigger
  language plpgsql security definer set search_path = public, pg_temp
  as $function$
  begin
    if tg_op in ('UPDATE', 'DELETE') then
      delete from person_name_word w
       using lindung_person_name_postings(old.full_name, old.latin_name) p
       where w.agency_id = old.agency_id and w.word = p.word and w.rest = p.rest and w.name_id = old.id;
      delete from person_name_word_form f
       where f.agency_id = old.agency_id
         and f.word in (select p.word from lindung_person_name_postings(old.full_name, old.latin_name) p)
         and not exists (select 1 from person_name_word w where w.agency_id = f.agency_id and w.word = f.word);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
      insert into person_name_word (agency_id, word, rest, name_id, person_id)
        select new.agency_id, p.word, p.rest, new.id, new.person_id
          from lindung_person_name_postings(new.full_name, new.latin_name) p;
      insert into person_name_word_form (agency_id, word)
        select new.agency_id, p.word from lindung_person_name_postings(new.full_name, new.latin_name) p
        on conflict do nothing;
    end if;
    return null;
  end
  $function$;

drop trigger person_name_words on person_name;
create trigger person_name_words
  after insert or delete or update of full_name, latin_name, agency_id, person_id on person_name
  for each row execute function lindung_person_name_words();

create or replace function lindung_write_missing_person_name_words() returns void
  language sql security definer set search_path = public, pg_temp
  as $$
    insert into person_name_word (agency_id, word, rest, name_id, person_id)
      select n.agency_id, p.word, p.rest, n.id, n.person_id
        from person_name n cross join lateral lindung_person_name_postings(n.full_name, n.latin_name) p
       where not exists (select 1 from person_name_word w where w.name_id = n.id);
    insert into person_name_word_form (agency_id, word)
      select distinct w.agency_id, w.word from person_name_word w
      on conflict do nothing;
  $$;
revoke all on function lindung_write_missing_person_name_words() from public;
