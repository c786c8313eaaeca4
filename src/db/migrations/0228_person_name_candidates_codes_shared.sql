-- Person search's key branch ranks the names it reads by the keys and codes they share with the
-- query, no longer by their normalised keys alone (issue 8). 0227 ranked them by the keys shared:
-- at 1,036,920 names, Sombath Inthharath (searched as Sombat Intharat) and SOMSK CHHANOCHA (as
-- Somsak Chanocha) share one skeleton key with the query and four codes, and were cut after 27
-- namesakes of their first word (two keys, one code); 0200's heap order had happened to keep them.
-- Only the order within the branch changes: the `shared` it returns, which the candidates are
-- ranked by with the word branch's, is still the keys shared.

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
      ), keyed as (
        -- Each key or code read by itself: a rare one's few bearers are all read, whatever the
        -- common keys' bearers before them on the heap.
        select distinct on (n.id) n.person_id, n.full_name, n.match_keys, n.entries
          from unnest(lindung_agency_name_keys($5, $2, $3)) e cross join lateral (
            select n.id, n.person_id, n.full_name, n.match_keys,
                   lindung_agency_name_keys(n.agency_id, n.match_keys, n.phonetic_keys) as entries
              from person_name n
             where n.agency_id = $5
               and lindung_agency_name_keys(n.agency_id, n.match_keys, n.phonetic_keys) && array[e]
             limit $6
          ) n
         order by n.id
      ), by_keys as (
        select k.person_id, similarity(lindung_fold(k.full_name), lindung_fold($1)) as score, 0 as bonus,
               cardinality(array(select unnest(k.match_keys) intersect select unnest($2)))::integer as shared
          from keyed k
         -- Keys and codes shared: a spelling sharing only codes and skeletons with the query
         -- (Sombath Inthharath for Sombat Intharat: ~sombat and four codes) before a namesake
         -- of one word (Sombat X: sombat, ~sombat, SMPT).
         order by cardinality(array(select unnest(k.entries) intersect select unnest(lindung_agency_name_keys($5, $2, $3)))) desc,
                  score desc, k.person_id
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
