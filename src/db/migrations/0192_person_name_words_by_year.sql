-- Person search with a year of birth reads the bearers of a name born near that year (issue 8,
-- decision 0074). The postings (0155) were ordered by (agency, word, the name's other words, name
-- id): a search read `candidates` postings nearest the query's other words whatever the year, and
-- among a common name's hundreds of bearers the year could only rank the arbitrary 200 read, so a
-- search with a year read back and ranked twice the candidates of one by name (0166). Each posting
-- now carries its person's year of birth as known (0 when unknown), in the index after the other
-- words: the run of a name's exact words is read from the query's year outwards (that year and the
-- next ones on one side, the years before on the other), so the bearers born that year and near it
-- come first, and the look-up ranks them by name and year before the cut. Without a year the run
-- is read from its start, as before (years then ids, an order as arbitrary as ids alone).
--
-- The year is kept by the words trigger for a name written, and by a trigger on person for a birth
-- changed. Filled here for the names stored (no keys refill: the year is the person's, not a key).

-- The year of birth as the search ranks it (src/modules/persons/person.commands.ts `birthYearOf`):
-- the date's, the year given, or the year an estimated age points to; 0 when unknown.
create function lindung_known_birth_year(birth_date date, birth_year integer, estimated_age integer, estimated_on date)
  returns smallint
  language sql immutable parallel safe
  as $$
    select coalesce(extract(year from birth_date)::int, birth_year,
                    extract(year from estimated_on)::int - estimated_age, 0)::smallint
  $$;

-- The postings are written anew into a new table rather than updated in place: an update of every
-- row leaves as many dead rows (twice the table until vacuumed), and an index built over the broken
-- HOT chains it leaves is marked `indcheckxmin` — unusable by any transaction whose snapshot is
-- older than the build, so that one long transaction elsewhere on the server (a bench, a backup)
-- turned the look-up into sequential scans of 2.3 million postings, seconds a search. Like 0155's,
-- the table has row-level security on, no policy and no grant; the migrator watches its writes.
create table person_name_word_by_year (
  agency_id uuid not null,
  word text not null,
  rest text not null,
  birth_year smallint not null default 0,
  name_id uuid not null,
  person_id uuid not null
);
insert into person_name_word_by_year (agency_id, word, rest, birth_year, name_id, person_id)
  select w.agency_id, w.word, w.rest,
         coalesce(lindung_known_birth_year(p.birth_date, p.birth_year, p.estimated_age, p.estimated_on), 0),
         w.name_id, w.person_id
    from person_name_word w left join person p on p.id = w.person_id;
drop table person_name_word;
alter table person_name_word_by_year rename to person_name_word;
alter table person_name_word enable row level security;
create index person_name_word_near on person_name_word (agency_id, word, rest, birth_year, name_id) include (person_id);

create or replace function lindung_person_name_words() returns trigger
  language plpgsql security definer set search_path = public, pg_temp
  as $function$
  declare
    year smallint;
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
      select lindung_known_birth_year(p.birth_date, p.birth_year, p.estimated_age, p.estimated_on)
        into year from person p where p.id = new.person_id;
      insert into person_name_word (agency_id, word, rest, birth_year, name_id, person_id)
        select new.agency_id, p.word, p.rest, coalesce(year, 0), new.id, new.person_id
          from lindung_person_name_postings(new.full_name, new.latin_name) p;
      insert into person_name_word_form (agency_id, word)
        select new.agency_id, p.word from lindung_person_name_postings(new.full_name, new.latin_name) p
        on conflict do nothing;
    end if;
    return null;
  end
  $function$;

-- A birth changed moves the person's postings to the new year.
create function lindung_person_name_words_year() returns trigger
  language plpgsql security definer set search_path = public, pg_temp
  as $function$
  declare
    year smallint := lindung_known_birth_year(new.birth_date, new.birth_year, new.estimated_age, new.estimated_on);
  begin
    if year is distinct from lindung_known_birth_year(old.birth_date, old.birth_year, old.estimated_age, old.estimated_on) then
      -- Found by the postings' index through the person's names (there is no index by person).
      update person_name_word w set birth_year = year
        from person_name n cross join lateral lindung_person_name_postings(n.full_name, n.latin_name) p
       where n.person_id = new.id
         and w.agency_id = n.agency_id and w.word = p.word and w.rest = p.rest and w.name_id = n.id;
    end if;
    return null;
  end
  $function$;
create trigger person_name_words_year
  after update of birth_date, birth_year, estimated_age, estimated_on on person
  for each row execute function lindung_person_name_words_year();

create or replace function lindung_write_missing_person_name_words() returns void
  language sql security definer set search_path = public, pg_temp
  as $$
    insert into person_name_word (agency_id, word, rest, birth_year, name_id, person_id)
      select n.agency_id, p.word, p.rest,
             lindung_known_birth_year(b.birth_date, b.birth_year, b.estimated_age, b.estimated_on), n.id, n.person_id
        from person_name n join person b on b.id = n.person_id
             cross join lateral lindung_person_name_postings(n.full_name, n.latin_name) p
       where not exists (select 1 from person_name_word w where w.name_id = n.id);
    insert into person_name_word_form (agency_id, word)
      select distinct w.agency_id, w.word from person_name_word w
      on conflict do nothing;
  $$;
revoke all on function lindung_write_missing_person_name_words() from public;
