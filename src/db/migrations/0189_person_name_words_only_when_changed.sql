-- 0185's trigger keeps a name's postings when its words may change: on an update of full_name,
-- latin_name, agency_id or person_id. "Update of" a column fires whenever the column is in the
-- SET list, changed or not, and the name keys' refill sets latin_name on every name it keys: a
-- re-key of a million names rewrote every posting (2.3 million rows deleted and written again)
-- for nothing. The postings now change only when one of those columns does.
create or replace function lindung_person_name_words() returns trigger
  language plpgsql security definer set search_path = public, pg_temp
  as $function$
  begin
    if tg_op = 'UPDATE' and (new.full_name, new.latin_name, new.agency_id, new.person_id)
       is not distinct from (old.full_name, old.latin_name, old.agency_id, old.person_id) then
      return null;
    end if;
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
