-- An agency hosted in another country (an embassy) works there: it reads the partner directory of
-- the host country as well as its own, so it can refer to the host country's shelters and services
-- through the directory (referral targets). Keeping entries stays with the country's own
-- coordinating agency. See docs/decisions/0034-partner-directory-feeds-referrals.md.
create function lindung_agency_countries() returns char(2)[]
  language sql stable security definer set search_path = public, pg_temp
  as $$ select array_remove(array[a.country, a.host_country], null) from agency a where a.id = lindung_agency_id() $$;

drop policy partner_read on partner_organisation;
create policy partner_read on partner_organisation for select to lindung_app
  using (country = any ((select lindung_agency_countries())::char(2)[]));

create or replace function lindung_partner_readable(target uuid) returns boolean
  language sql stable security definer set search_path = public, pg_temp
  as $$ select exists (select 1 from partner_organisation p
                        where p.id = target and p.country = any (lindung_agency_countries())) $$;
