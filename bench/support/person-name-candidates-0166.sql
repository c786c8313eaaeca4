create function pg_temp.lindung_person_name_candidates_0166(query text, wanted_keys text[], wanted_codes text[], candidates integer)
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
        select p.name_id, p.person_id, p.word || ' ' || p.rest as words
          from matched m cross join lateral (
            (select w.name_id, w.person_id, w.word, w.rest from person_name_word w
              where w.agency_id = $5 and w.word = m.word and w.rest >= m.rest
              order by w.rest limit case when m.own then $7 else $6 end)
            union all
            (select w.name_id, w.person_id, w.word, w.rest from person_name_word w
              where w.agency_id = $5 and w.word = m.word and w.rest < m.rest
              order by w.rest desc limit case when m.own then $7 else $6 end)
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
