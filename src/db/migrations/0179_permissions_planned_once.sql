-- The permissions a user holds in one agency (0004), with the same query, in plpgsql instead of
-- SQL. A SQL function that cannot be inlined (this one joins and aggregates) is parsed, analysed
-- and planned afresh in every transaction that calls it; plpgsql keeps the plan of its query for
-- the connection. The session check that opens every signed-in case read (0152) spent about half
-- of its time planning this one query (docs/decisions/0066). Still stable, still run as the
-- caller, still no permission when the agency is inactive.
create or replace function lindung_permissions(target_user uuid, target_agency uuid) returns text[]
  language plpgsql stable
  as $$
  begin
    return (
      select coalesce(array_agg(distinct rp.permission order by rp.permission), '{}')
        from membership m
        join role_permission rp on rp.role_code = m.role_code
        join agency a on a.id = m.agency_id and a.active
       where m.user_id = target_user and m.agency_id = target_agency);
  end $$;
