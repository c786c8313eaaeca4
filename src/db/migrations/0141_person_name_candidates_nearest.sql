-- Person search's candidates at a million persons (decision 0051). 0131 fetched every name of the
-- agency like the query by trigrams, keys or phonetic codes and ranked them all before keeping the
-- best: for a common name ("Muhammad bin Abdullah") 22,000 names, 1.5 s. Now each way of being
-- like the query yields a bounded number of names, so the work no longer grows with how common
-- the name is:
-- - by trigrams, the names nearest the query from an index ordered by trigram distance within the
--   agency (GiST, `<->`), those at least as similar as `%` asks, nearest first, `candidates` of them;
-- - by keys or phonetic codes, `candidates` of the names sharing one (all of them when the keys
--   are rare: a variant spelling the trigrams miss, such as Soekarno for Sukarno).
-- The union is then ranked as before (most keys shared, then similarity). The policy's condition
-- stays written in (the caller's agency, `person:read`); ids and figures only are returned.
create extension if not exists btree_gist;
create index person_name_nearest on person_name using gist (agency_id, lindung_fold(full_name) gist_trgm_ops);

create or replace function lindung_person_name_candidates(query text, wanted_keys text[], wanted_codes text[], candidates integer)
  returns table (person_id uuid, score real, shared integer)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    with nearest as (
      select n.id from person_name n
       where n.agency_id = lindung_agency_id() and lindung_can('person:read')
         and lindung_fold(n.full_name) % lindung_fold(query)
       order by lindung_fold(n.full_name) <-> lindung_fold(query)
       limit candidates
    ), keyed as (
      select n.id from person_name n
       where n.agency_id = lindung_agency_id() and lindung_can('person:read')
         and (n.match_keys && wanted_keys or n.phonetic_keys && wanted_codes)
       limit candidates
    )
    select n.person_id, max(similarity(lindung_fold(n.full_name), lindung_fold(query))) as score,
           max(cardinality(array(select unnest(n.match_keys) intersect select unnest(wanted_keys))))::integer as shared
      from person_name n
     where n.id in (select id from nearest union select id from keyed)
     group by n.person_id
     order by shared desc, score desc, n.person_id
     limit candidates
  $$;
