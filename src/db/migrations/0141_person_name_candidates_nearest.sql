-- Person search's candidates at a million persons (decision 0051). 0131 fetched every name of the
-- agency like the query by trigrams, keys or phonetic codes and ranked them all before keeping the
-- best: for a common name ("Muhammad bin Abdullah") 22,000 names, 1.5 s. Now each way of being
-- like the query yields a bounded number of names, so the work no longer grows with how common
-- the name is:
-- - by trigrams, the names nearest the query from an index ordered by trigram distance within the
--   agency (GiST, `<->`), those at least as similar as `%` asks, nearest first, `candidates` of them;
-- - by keys or phonetic codes, the `candidates` names sharing one that are nearest by trigrams
--   (all of them when the keys are rare: a variant spelling the trigrams miss, such as Soekarno for
--   Sukarno; the planner then reads them by the key indexes and sorts them).
-- The union is then ranked as before (most keys shared, then similarity). The policy's condition
-- stays written in (the caller's agency, `person:read`); ids and figures only are returned.
create extension if not exists btree_gist;
create index person_name_nearest on person_name using gist (agency_id, lindung_fold(full_name) gist_trgm_ops);

-- PL/pgSQL's `execute … using` plans each call with the query's own keys: a plan made for any
-- keys took the key branch's `limit` for a sequential scan that stops early, and read the whole
-- table (2.4 s) when a rare name's keys matched nothing.
create or replace function lindung_person_name_candidates(query text, wanted_keys text[], wanted_codes text[], candidates integer)
  returns table (person_id uuid, score real, shared integer)
  language plpgsql stable security definer set search_path = public, pg_temp
  as $function$
  begin
    return query execute $sql$
      with nearest as (
        select n.id, n.person_id, n.full_name, n.match_keys from person_name n
         where n.agency_id = lindung_agency_id() and lindung_can('person:read')
           and lindung_fold(n.full_name) % lindung_fold($1)
         order by lindung_fold(n.full_name) <-> lindung_fold($1)
         limit $4
      ), keyed as (
        select n.id, n.person_id, n.full_name, n.match_keys from person_name n
         where n.agency_id = lindung_agency_id() and lindung_can('person:read')
           and (n.match_keys && $2 or n.phonetic_keys && $3)
         order by lindung_fold(n.full_name) <-> lindung_fold($1)
         limit $4
      )
      select n.person_id, max(similarity(lindung_fold(n.full_name), lindung_fold($1))) as score,
             max(cardinality(array(select unnest(n.match_keys) intersect select unnest($2))))::integer as shared
        from (select * from nearest union select * from keyed) n
       group by n.person_id
       order by shared desc, score desc, n.person_id
       limit $4
    $sql$ using query, wanted_keys, wanted_codes, candidates;
  end
  $function$;
