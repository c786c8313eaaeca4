-- Person search's key branch keeps the names sharing the most keys with the query, not the first
-- on the heap (issue 8). 0200's branch took `greatest(candidates / 4, 25)` of the names sharing any
-- key or code, in no order: for a query with common words ("Thu Thida Oo": oo, thida and their
-- codes, 26,000 of the largest agency's names at 1,036,920) which 25 came back was the table's
-- physical order, and a true record sharing the query's rare keys (its whole-name join `thuthidaoo`,
-- borne by its 8 records) was kept or cut by where it lay (bench/RESULTS.md, search12: 10 misses of
-- recall@10 ranked first once more candidates were read). Ordering all of them reads every bearer's
-- row (270 ms for "Nguyen Van", 1.3 s for "Thu Thida Oo" at 1M). Each key and code is now read by
-- itself, up to the same limit: a key with no more bearers than that gives them all, so a name
-- sharing a rare key is always read; those read are ranked by keys shared, then trigram similarity,
-- before the limit. Only among names sharing only common keys does the heap still choose.
--
-- One index scan per key: each would read the whole GIN pending list (up to 4 MB) before its
-- postings. As the linkage keys' index (0105), this one has none: entries go to the tree on insert,
-- and the list left is emptied here.
alter index person_name_agency_keys set (fastupdate = off);
select gin_clean_pending_list('person_name_agency_keys'::regclass);

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
        select distinct on (n.id) n.person_id, n.full_name, n.match_keys
          from unnest(lindung_agency_name_keys($5, $2, $3)) e cross join lateral (
            select n.id, n.person_id, n.full_name, n.match_keys from person_name n
             where n.agency_id = $5
               and lindung_agency_name_keys(n.agency_id, n.match_keys, n.phonetic_keys) && array[e]
             limit $6
          ) n
         order by n.id
      ), by_keys as (
        select k.person_id, k.score, 0 as bonus, k.shared
          from (select k.person_id, similarity(lindung_fold(k.full_name), lindung_fold($1)) as score,
                       cardinality(array(select unnest(k.match_keys) intersect select unnest($2)))::integer as shared
                  from keyed k) k
         order by k.shared desc, k.score desc, k.person_id
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
