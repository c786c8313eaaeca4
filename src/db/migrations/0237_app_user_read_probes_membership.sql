-- The case detail names its case workers through `app_user`, whose read policy (0004) lets a user
-- see a user of their own agency. PostgreSQL planned that membership test as a hashed subplan: on
-- every read it scanned the acting agency's memberships (a bitmap scan of membership_agency) and
-- built a hash table, to answer it for the one or two workers of the case. Measured on one backend
-- at 100k cases (bench/RESULTS.md, detail12): the policy cost ~40 µs of a tenant detail read's
-- ~185, the hash ~15–25 of them. `offset 0` keeps the subquery from being turned into a hashed
-- one (PostgreSQL only hashes an EXISTS it can rewrite as IN, never one with an OFFSET), so each
-- user the statement reaches is tested by one index probe of membership_pkey (user, agency).
-- The same rows pass: the condition is unchanged (docs/decisions/0110). The users list, which
-- tests every user it passes, pays ~1.4 µs per user more (0.36 → 0.73 ms at 260 users).
alter policy app_user_read on app_user using (
  id = lindung_user_id()
  or lindung_can('user:manage_any')
  or exists (
    select 1 from membership m
     where m.user_id = app_user.id and m.agency_id = lindung_agency_id()
    offset 0
  )
);
