-- Person search's key branch reads only the query's rarer keys and codes (issue 8). 0227 read every
-- key and code by itself, each up to the branch's limit; a GIN bitmap scan reads all of a key's
-- postings before the limit applies, so the common ones cost the most and gave the least: at
-- 1,036,920 names "Wei Jie bin Yusof" has 29 keys and codes, 5,300 postings each on average
-- (A, F, J, wei, jie: tens of thousands), whose bitmaps took most of the search's database time.
-- Each agency's count of names bearing a key (`k:<key>`) or code (`c:<code>`) is now kept in
-- linkage_key_count by 0105's triggers and recount, and the keys are read rarest first while the
-- names counted so far stay within 4 × candidates (the rarest always). A common key's first
-- `limit` bearers on the heap were an arbitrary slice of them; its namesakes are the word branch's.
-- The names read are ranked as 0228 did, on their own key and code arrays (the agency's entries
-- were a function call per name read).

-- A name's search keys and codes as counted (once each, as the index holds them).
create function lindung_search_key_counted(match_keys text[], phonetic_keys text[]) returns text[]
  language sql immutable parallel safe
  as $$
    select array(select 'k:' || k from unnest(match_keys) k union select 'c:' || c from unnest(phonetic_keys) c)
  $$;

create or replace function lindung_count_linkage_keys(source text) returns text
  language sql immutable
  as $$
    select format(
      $sql$
      insert into linkage_key_count as c (key, agency_id, records)
      select k.key, d.agency_id, sum(d.delta)::integer
        from (%s) as d
        cross join lateral unnest(
          case when d.kind = 'person' then array['#persons']
               else d.linkage_keys || array['#names']
                    || case when d.linkage_value <> '' then array['#named', '=' || d.linkage_value] else '{}' end
                    || lindung_search_key_counted(d.match_keys, d.phonetic_keys)
          end) as k(key)
       group by k.key, d.agency_id
      having sum(d.delta) <> 0
       order by k.key, d.agency_id
      on conflict (key, agency_id) do update set records = c.records + excluded.records
      $sql$, source)
  $$;

create or replace function lindung_person_name_counted() returns trigger
  language plpgsql volatile security definer set search_path = public, pg_temp
  as $$
  begin
    execute lindung_count_linkage_keys(case tg_op
      when 'INSERT' then
        $s$select 'name' as kind, agency_id, linkage_keys, linkage_value, match_keys, phonetic_keys, 1 as delta
             from new_rows$s$
      when 'DELETE' then
        $s$select 'name' as kind, agency_id, linkage_keys, linkage_value, match_keys, phonetic_keys, -1 as delta
             from old_rows$s$
      else
        $s$select 'name' as kind, agency_id, linkage_keys, linkage_value, match_keys, phonetic_keys, 1 as delta
             from new_rows
           union all select 'name', agency_id, linkage_keys, linkage_value, match_keys, phonetic_keys, -1
             from old_rows$s$
    end);
    return null;
  end
  $$;

create or replace function lindung_person_counted() returns trigger
  language plpgsql volatile security definer set search_path = public, pg_temp
  as $$
  begin
    execute lindung_count_linkage_keys(case tg_op
      when 'INSERT' then
        $s$select 'person' as kind, agency_id, '{}'::text[] as linkage_keys, '' as linkage_value,
                  '{}'::text[] as match_keys, '{}'::text[] as phonetic_keys, 1 as delta from new_rows$s$
      else
        $s$select 'person' as kind, agency_id, '{}'::text[] as linkage_keys, '' as linkage_value,
                  '{}'::text[] as match_keys, '{}'::text[] as phonetic_keys, -1 as delta from old_rows$s$
    end);
    return null;
  end
  $$;

create or replace function lindung_recount_linkage_keys() returns void
  language sql volatile security definer set search_path = public, pg_temp
  as $$
    delete from linkage_key_count;
    insert into linkage_key_count (key, agency_id, records)
    select key, agency_id, count(*)::integer from (
      select unnest(n.linkage_keys || array['#names']
               || case when n.linkage_value <> '' then array['#named', '=' || n.linkage_value] else '{}' end
               || lindung_search_key_counted(n.match_keys, n.phonetic_keys)) as key,
             n.agency_id
        from person_name n
      union all select '#persons', agency_id from person) as k
     group by key, agency_id;
  $$;
revoke all on function lindung_recount_linkage_keys() from public;
select lindung_recount_linkage_keys();

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
      ), read_keys as (
        -- The query's keys and codes rarest first, by the agency's count of names bearing each:
        -- read while the names counted so far stay within 4 × candidates. A key borne by
        -- thousands gives only the first `limit` of them on the heap, and its bitmap costs its
        -- every posting; the rarest is always read.
        select r.entry from (
          select $5::text || '/' || q.key as entry,
                 sum(coalesce(c.records, 0)) over (order by coalesce(c.records, 0), q.key) as reached,
                 row_number() over (order by coalesce(c.records, 0), q.key) as rarity
            from (select 'k:' || k as key from unnest($2) k union select 'c:' || c from unnest($3) c) q
            left join linkage_key_count c on c.key = q.key and c.agency_id = $5
        ) r
         where r.rarity = 1 or r.reached <= 4 * $7
      ), keyed as (
        -- Each key or code read by itself: a rare one's few bearers are all read, whatever the
        -- common keys' bearers before them on the heap.
        select distinct on (n.id) n.person_id, n.full_name, n.match_keys, n.phonetic_keys
          from read_keys e cross join lateral (
            select n.id, n.person_id, n.full_name, n.match_keys, n.phonetic_keys
              from person_name n
             where n.agency_id = $5
               and lindung_agency_name_keys(n.agency_id, n.match_keys, n.phonetic_keys) && array[e.entry]
             limit $6
          ) n
         order by n.id
      ), by_keys as (
        select k.person_id, similarity(lindung_fold(k.full_name), lindung_fold($1)) as score, 0 as bonus,
               cardinality(array(select unnest(k.match_keys) intersect select unnest($2)))::integer as shared
          from keyed k
         -- Keys and codes shared (0228), counted on the name's own arrays: the agency's entries
         -- (lindung_agency_name_keys) were a function call per name read.
         order by cardinality(array(select unnest(k.match_keys) intersect select unnest($2)))
                  + cardinality(array(select unnest(k.phonetic_keys) intersect select unnest($3))) desc,
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
