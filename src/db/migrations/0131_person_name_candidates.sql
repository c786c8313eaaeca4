-- Person search (decision 0014) looked its candidates up with `%` (trigram similarity) and `&&`
-- (shared keys) on person_name under row-level security. Neither operator is leakproof, so
-- PostgreSQL evaluates them only after the policy's condition and never as an index condition: the
-- trigram and key indexes went unused and every search read all names of every agency (a second at
-- 400,000 names; decision 0047). The look-up runs here instead, as the tables' owner, with the
-- policy's own condition written in (the caller's agency, `person:read`), so the indexes serve it.
-- It returns only the caller's agency's persons: the ids, their best trigram similarity to the
-- query and how many of its keys they share, the most sharing first (ties by similarity, then id).
create function lindung_person_name_candidates(query text, wanted_keys text[], wanted_codes text[], candidates integer)
  returns table (person_id uuid, score real, shared integer)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select n.person_id, max(similarity(lindung_fold(n.full_name), lindung_fold(query))) as score,
           max(cardinality(array(select unnest(n.match_keys) intersect select unnest(wanted_keys))))::integer as shared
      from person_name n
     where n.agency_id = lindung_agency_id() and lindung_can('person:read')
       and (lindung_fold(n.full_name) % lindung_fold(query) or n.match_keys && wanted_keys
            or n.phonetic_keys && wanted_codes)
     group by n.person_id
     order by shared desc, score desc, n.person_id
     limit candidates
  $$;
revoke all on function lindung_person_name_candidates(text, text[], text[], integer) from public;
grant execute on function lindung_person_name_candidates(text, text[], text[], integer) to lindung_app;
