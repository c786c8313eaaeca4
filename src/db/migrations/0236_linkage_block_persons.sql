-- The persons of an agency with a name in any of a match's blocks (issue 8), as the match in the
-- agency reads them (decision 0037). Under the agency's row-level security the blocks' GIN index
-- could not be used: `&&` is not leakproof, so PostgreSQL evaluates it only after the policy's own
-- condition and scanned every name instead (1 s a match at 1,036,920 names; the same query as the
-- database owner takes milliseconds). As person search's candidates (0131), the look-up runs as
-- the owner and applies the policy of person_name itself: the caller's agency, with person:read;
-- nothing without them.
create function lindung_linkage_block_persons(blocks text[])
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
      select n.person_id from person_name n where n.linkage_keys && blocks and n.agency_id = agency;
  end
  $function$;

revoke all on function lindung_linkage_block_persons(text[]) from public;
grant execute on function lindung_linkage_block_persons(text[]) to lindung_app;
