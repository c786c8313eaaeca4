-- Person search's key branch reads its own agency's names only (issue 8, decision 0080). The
-- look-up's second branch (0131) takes the names that share a normalised word key or a phonetic
-- code with the query, at most a quarter of the candidates, in no order. Its GIN indexes
-- (person_name_match_keys, person_name_phonetic_keys, 0055) hold every agency's names: for a common
-- name the bitmap gathered every agency's bearers before the agency's were kept — "Nguyen Van"'s
-- keys and codes 228,000 names at 1,036,920 (the largest agency holds a fifth of them), built in
-- full before the first of the 25 rows kept was read. One index of keys that carry their agency
-- replaces both: the bitmap is the agency's bearers only. Which names the branch keeps does not
-- change (the same rows in the same physical order, the others' filtered out before).

-- The name's keys and codes, each prefixed by its agency: `<agency>/k:<key>`, `<agency>/c:<code>`.
create function lindung_agency_name_keys(agency uuid, match_keys text[], phonetic_keys text[]) returns text[]
  language sql immutable parallel safe
  as $$
    select array(select agency::text || '/k:' || k from unnest(match_keys) k
                 union all
                 select agency::text || '/c:' || c from unnest(phonetic_keys) c)
  $$;
create index person_name_agency_keys on person_name
  using gin (lindung_agency_name_keys(agency_id, match_keys, phonetic_keys));
drop index person_name_match_keys;
drop index person_name_phonetic_keys;

create or replace function lindung_person_name_candidates(
  query text, wanted_keys text[], wanted_codes text[], candidates integer, wanted_year integer default null
)
  returns table (person_id uuid, score real, shared integer)
  language plpgsql stable security definer set search_path = public, pg_temp
  -- As 0166: the key branch's index, not a sequential scan that stops early.
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
        select t.at, t.rest, d.word, d.own
          from typed t cross join lateral (
            select f.word, (f.word = t.word or f.word = any($2)) as own from person_name_word_form f
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
        select p.name_id, p.person_id, p.birth_year, p.word || ' ' || p.rest as words
          from matched m cross join lateral (
            (select w.name_id, w.person_id, w.birth_year, w.word, w.rest from person_name_word w
              where w.agency_id = $5 and w.word = m.word and (w.rest, w.birth_year) >= (m.rest, $8)
              order by w.rest, w.birth_year limit case when m.own then $7 else $6 end)
            union all
            (select w.name_id, w.person_id, w.birth_year, w.word, w.rest from person_name_word w
              where w.agency_id = $5 and w.word = m.word and (w.rest, w.birth_year) < (m.rest, $8)
              order by w.rest desc, w.birth_year desc limit case when m.own then $7 else $6 end)
          ) p
      ), by_words as (
        select q.person_id, q.score, q.bonus,
               cardinality(array(select unnest(string_to_array(q.words, ' ')) intersect select unnest($2)))::integer as shared
          from (
            select distinct on (p.name_id) p.person_id, p.words, similarity(p.words, lindung_fold($1)) as score,
                   case when $8 = 0 or p.birth_year = 0 then 0
                        when p.birth_year = $8 then 2
                        when abs(p.birth_year - $8) <= 2 then 1
                        else 0 end as bonus
              from posted p order by p.name_id
          ) q
         order by q.score desc, q.bonus desc, q.person_id
         limit $4
      ), by_keys as (
        select n.person_id, similarity(lindung_fold(n.full_name), lindung_fold($1)) as score, 0 as bonus,
               cardinality(array(select unnest(n.match_keys) intersect select unnest($2)))::integer as shared
          from person_name n
         where n.agency_id = $5
           and lindung_agency_name_keys(n.agency_id, n.match_keys, n.phonetic_keys) && lindung_agency_name_keys($5, $2, $3)
         limit $6
      )
      select c.person_id, max(c.score) as score, max(c.shared) as shared
        from (select * from by_words union all select * from by_keys) c
       group by c.person_id
       order by shared desc, score desc, max(c.bonus) desc, c.person_id
       limit $4
    $sql$ using query, wanted_keys, wanted_codes, candidates, agency, greatest(candidates / 4, 25), candidates,
                coalesce(wanted_year, 0)::smallint;
  end
  $function$;
