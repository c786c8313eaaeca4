-- Person search's candidates through a dictionary of name words (decision 0058). 0141 walked a
-- GiST index of whole names in trigram-distance order; its trigram signatures saturate, so the walk
-- read most of the agency's part of the index whatever the name (≈ 4,700 pages, 120 ms on a quiet
-- machine at 200,000 names in the agency). Names are made of few words, and the words of a million
-- persons are a few tens of thousands: a query's words are matched against the agency's words
-- (small, trigram index), and the names holding a word like each of them are read from a btree of
-- postings (agency, word, the name's other words sorted) near the query's other words — a sorted
-- neighbourhood, so that a common word (Muhammad) yields the names nearest the query, a bounded
-- number of them, and a rare one all of its names. The key and phonetic branch stays as it was,
-- bounded. The policy's condition stays written in; ids and figures only are returned.

-- The words of a name as search compares them: folded (case, accents), split at spaces and
-- punctuation, in order; the first 8.
create function lindung_name_word_list(value text) returns text[]
  language sql immutable parallel safe
  as $$
    select coalesce(array_agg(s.w order by s.i), '{}')
      from regexp_split_to_table(lindung_fold(coalesce(value, '')), '[[:space:][:punct:]]+') with ordinality s(w, i)
     where s.w <> '' and s.i <= 9
  $$;

-- Each distinct word of a name with the name's other words, sorted and joined: the postings' order.
create function lindung_name_postings(value text) returns table (word text, rest text)
  language sql immutable parallel safe
  as $$
    select distinct on (w.word) w.word,
           array_to_string(array(select o from unnest(l.words[1:w.at - 1] || l.words[w.at + 1:]) o order by o), ' ')
      from (select (lindung_name_word_list(value))[1:8] as words) l, unnest(l.words) with ordinality w(word, at)
     order by w.word, w.at
  $$;

-- The postings: every word of every name, with the name's other words, its id and its person's.
-- Read only by the candidates' function (no grant, row-level security on and no policy).
create table person_name_word (
  agency_id uuid not null,
  word text not null,
  rest text not null,
  name_id uuid not null,
  person_id uuid not null
);
alter table person_name_word enable row level security;

-- The agency's distinct words, matched fuzzily against the query's words.
create table person_name_word_form (
  agency_id uuid not null,
  word text not null,
  primary key (agency_id, word)
);
alter table person_name_word_form enable row level security;

insert into person_name_word (agency_id, word, rest, name_id, person_id)
  select n.agency_id, p.word, p.rest, n.id, n.person_id
    from person_name n, lindung_name_postings(n.full_name) p;
-- Within names of the same words the order is by id (random), not by when they were written: a bounded
-- read of a common name's run must not favour the oldest (or newest) records.
create index person_name_word_near on person_name_word (agency_id, word, rest, name_id) include (person_id);
insert into person_name_word_form (agency_id, word)
  select distinct agency_id, word from person_name_word;
create index person_name_word_form_trigram on person_name_word_form using gin (word gin_trgm_ops);

-- Kept with the names: written with a name, changed with it, removed with it (and a word no name of
-- the agency holds any more leaves the dictionary, so that an erased name leaves nothing behind).
create function lindung_person_name_words() returns trigger
  language plpgsql security definer set search_path = public, pg_temp
  as $function$
  begin
    if tg_op in ('UPDATE', 'DELETE') then
      delete from person_name_word w
       using lindung_name_postings(old.full_name) p
       where w.agency_id = old.agency_id and w.word = p.word and w.rest = p.rest and w.name_id = old.id;
      delete from person_name_word_form f
       where f.agency_id = old.agency_id and f.word in (select p.word from lindung_name_postings(old.full_name) p)
         and not exists (select 1 from person_name_word w where w.agency_id = f.agency_id and w.word = f.word);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
      insert into person_name_word (agency_id, word, rest, name_id, person_id)
        select new.agency_id, p.word, p.rest, new.id, new.person_id from lindung_name_postings(new.full_name) p;
      insert into person_name_word_form (agency_id, word)
        select new.agency_id, p.word from lindung_name_postings(new.full_name) p
        on conflict do nothing;
    end if;
    return null;
  end
  $function$;
create trigger person_name_words after insert or delete or update of full_name, agency_id, person_id on person_name
  for each row execute function lindung_person_name_words();

-- What the trigger would have written, for names written with row triggers off (the synthetic
-- generator's bulk path, decision 0033): the postings and dictionary words of names that have none.
create function lindung_write_missing_person_name_words() returns void
  language sql security definer set search_path = public, pg_temp
  as $$
    insert into person_name_word (agency_id, word, rest, name_id, person_id)
      select n.agency_id, p.word, p.rest, n.id, n.person_id
        from person_name n cross join lateral lindung_name_postings(n.full_name) p
       where not exists (select 1 from person_name_word w where w.name_id = n.id);
    insert into person_name_word_form (agency_id, word)
      select distinct w.agency_id, w.word from person_name_word w
      on conflict do nothing;
  $$;
revoke all on function lindung_write_missing_person_name_words() from public;

-- The whole-name GiST of 0141 is no longer read.
drop index person_name_nearest;

-- Candidates: for each of the query's words (the last may be unfinished: words it begins count),
-- the agency's 8 words most like it; for each such word, the postings nearest the query's other
-- words on either side, `candidates` of them each; the `candidates` names most like the query by trigrams
-- among them (scored from the postings, no table read), with a quarter of `candidates` names sharing a key or phonetic code (read by the key
-- indexes, as they come; a query's key that is a word of the agency is matched as its words are);
-- ranked as before, most keys shared first, then trigram similarity.
create or replace function lindung_person_name_candidates(query text, wanted_keys text[], wanted_codes text[], candidates integer)
  returns table (person_id uuid, score real, shared integer)
  language plpgsql stable security definer set search_path = public, pg_temp
  -- The key branch stops after a few names: the planner then prefers a sequential scan that stops
  -- early, which reads most of the table when the agency holds few of the keys' names (5,000 pages
  -- for "Siti" in the largest agency at a million names). The key indexes read only the keys'.
  set enable_seqscan = off
  as $function$
  declare
    agency uuid := lindung_agency_id();
  begin
    if agency is null or not coalesce(lindung_can('person:read'), false) then
      return;
    end if;
    return query execute $sql$
      with typed as (
        select t.word, t.at, t.at = cardinality(l.words) as last,
               array_to_string(array(select o from unnest(l.words[1:t.at - 1] || l.words[t.at + 1:]) o order by o), ' ') as rest
          from (select (lindung_name_word_list($1))[1:8] as words) l, unnest(l.words) with ordinality t(word, at)
      ), matched as (
        select t.at, t.rest, d.word
          from typed t cross join lateral (
            select f.word from person_name_word_form f
             where f.agency_id = $5
               and (f.word % t.word or f.word = t.word or f.word = any($2)
                    or (t.last and length(t.word) >= 2
                        and f.word like replace(replace(replace(t.word, '\', '\\'), '%', '\%'), '_', '\_') || '%'))
             order by (f.word = t.word or f.word = any($2)) desc,
                      (t.last and starts_with(f.word, t.word)) desc,
                      similarity(f.word, t.word) desc, length(f.word), f.word
             limit 8
          ) d
      ), posted as (
        select p.name_id, p.person_id, p.word || ' ' || p.rest as words
          from matched m cross join lateral (
            (select w.name_id, w.person_id, w.word, w.rest from person_name_word w
              where w.agency_id = $5 and w.word = m.word and w.rest >= m.rest
              order by w.rest limit $7)
            union all
            (select w.name_id, w.person_id, w.word, w.rest from person_name_word w
              where w.agency_id = $5 and w.word = m.word and w.rest < m.rest
              order by w.rest desc limit $7)
          ) p
      ), by_words as (
        select q.person_id, q.score,
               cardinality(array(select unnest(string_to_array(q.words, ' ')) intersect select unnest($2)))::integer as shared
          from (
            select distinct on (p.name_id) p.person_id, p.words, similarity(p.words, lindung_fold($1)) as score
              from posted p order by p.name_id
          ) q
         order by q.score desc, q.person_id
         limit $4
      ), by_keys as (
        select n.person_id, similarity(lindung_fold(n.full_name), lindung_fold($1)) as score,
               cardinality(array(select unnest(n.match_keys) intersect select unnest($2)))::integer as shared
          from person_name n
         where n.agency_id = $5 and (n.match_keys && $2 or n.phonetic_keys && $3)
         limit $6
      )
      select c.person_id, max(c.score) as score, max(c.shared) as shared
        from (select * from by_words union all select * from by_keys) c
       group by c.person_id
       order by shared desc, score desc, c.person_id
       limit $4
    $sql$ using query, wanted_keys, wanted_codes, candidates, agency, greatest(candidates / 4, 25), candidates;
  end
  $function$;
