-- An agency's match reads the persons with a name in its blocks (issue 8, migration 0236) through
-- an index of the names' blocks that carry their agency. person_name_linkage_keys holds every
-- agency's names: a block capped by the agency's own count (at most 1,000 of its names) can hold
-- many more of the others', and the look-up visited each of them in the table only to leave it
-- out — a Vietnamese name's 21 blocks at 1,036,920 names: 8,193 names, 7,675 table pages read for
-- 348 of the agency's (58 ms, the slowest of 40 jobs). Keyed by agency, the bitmap holds the
-- agency's names only (348, 3.6 ms). Which persons the look-up answers does not change: the same
-- blocks, the same agency.

-- A name's blocks, each prefixed by its agency's first 8 hexadecimal digits (`<agency8>/<block>`):
-- short, so that the index is not twice the size of the plain one; two agencies sharing those
-- digits only share index entries, the look-up still keeps the caller's agency's names alone.
create function lindung_agency_linkage_keys(agency uuid, keys text[]) returns text[]
  language sql immutable parallel safe
  as $$ select array(select left(agency::text, 8) || '/' || k from unnest(keys) k) $$;
-- Without a pending list, as person_name_linkage_keys (0105): every match looks blocks up.
create index person_name_agency_linkage_keys on person_name
  using gin (lindung_agency_linkage_keys(agency_id, linkage_keys)) with (fastupdate = off);

create or replace function lindung_linkage_block_persons(blocks text[])
  returns setof uuid
  language plpgsql stable security definer set search_path = public, pg_temp
  as $function$
  declare
    agency uuid := lindung_agency_id();
  begin
    if agency is null or not coalesce(lindung_can('person:read'), false) then
      return;
    end if;
    return query
      select n.person_id from person_name n
       where lindung_agency_linkage_keys(n.agency_id, n.linkage_keys) && lindung_agency_linkage_keys(agency, blocks)
         and n.agency_id = agency;
  end
  $function$;
