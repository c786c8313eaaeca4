-- The holder decides (decision 0050, red-team finding of issue 11): a hint that names the other
-- agency let anyone who can record a person probe which agency — which shelter — holds a victim.
-- Each likely pair of persons of two agencies now has a holder (the person already recorded when
-- the pair was found) and a newer side. The holder's hint names the newer agency, as before; the
-- newer side's hint names nobody until the holder discloses itself.

-- When the holding agency agreed to be named to the newer side, and who agreed.
alter table person_match_hint
  add column disclosed_at timestamptz,
  add column disclosed_by uuid references app_user (id);

-- Which two hints one pair of persons made, and which side holds. Kept once per pair in the
-- orientation it was first found in. No grant: only the platform's functions below read it.
create table person_match_hint_pair (
  holder_hint_id uuid not null references person_match_hint (id) on delete cascade,
  newer_hint_id uuid not null references person_match_hint (id) on delete cascade,
  primary key (holder_hint_id, newer_hint_id),
  constraint person_match_hint_pair_two check (holder_hint_id <> newer_hint_id)
);
create index person_match_hint_pair_newer on person_match_hint_pair (newer_hint_id);
alter table person_match_hint_pair enable row level security;

-- The other agency is never read by the application's role from the table itself: only through
-- lindung_match_hint_named_agency, which answers it to the side it may be told to.
revoke select on person_match_hint from lindung_app;
grant select (id, agency_id, person_id, probability, found_at, disclosed_at) on person_match_hint to lindung_app;

-- Whether the caller's agency holds the earlier record of at least one pair behind this hint.
create function lindung_match_hint_holds(hint uuid) returns boolean
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select exists (select 1 from person_match_hint h join person_match_hint_pair x on x.holder_hint_id = h.id
                    where h.id = hint and h.agency_id = lindung_agency_id() and lindung_can('person:link'))
  $$;
revoke all on function lindung_match_hint_holds(uuid) from public;
grant execute on function lindung_match_hint_holds(uuid) to lindung_app;

-- The other agency of the caller's hint, when the caller may know it: its agency holds every pair
-- behind the hint (it is newer in none), or a holder of a pair where it is newer disclosed itself.
-- Null otherwise — also for a hint with no pair, so that a missing pair never names anybody.
create function lindung_match_hint_named_agency(hint uuid) returns uuid
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select h.other_agency_id from person_match_hint h
     where h.id = hint and h.agency_id = lindung_agency_id() and lindung_can('person:link')
       and ((exists (select 1 from person_match_hint_pair x where x.holder_hint_id = h.id)
             and not exists (select 1 from person_match_hint_pair x where x.newer_hint_id = h.id))
         or exists (select 1 from person_match_hint_pair x join person_match_hint o on o.id = x.holder_hint_id
                     where x.newer_hint_id = h.id and o.disclosed_at is not null))
  $$;
revoke all on function lindung_match_hint_named_agency(uuid) from public;
grant execute on function lindung_match_hint_named_agency(uuid) to lindung_app;

-- The holder agrees to be named to the newer side: only a hint of the caller's agency that holds a
-- pair, with person:link. Idempotent: a second call keeps the first time and answers it.
create function lindung_disclose_match_hint(hint uuid) returns timestamptz
  language plpgsql volatile security definer set search_path = public, pg_temp
  as $$
  declare
    found person_match_hint%rowtype;
  begin
    select * into found from person_match_hint h where h.id = hint for update;
    if found.id is null or found.agency_id is distinct from lindung_agency_id()
       or not lindung_can('person:link')
       or not exists (select 1 from person_match_hint_pair x where x.holder_hint_id = hint) then
      raise exception 'not a match your agency holds' using errcode = 'insufficient_privilege';
    end if;
    if found.disclosed_at is null then
      update person_match_hint set disclosed_at = now(), disclosed_by = lindung_user_id()
       where id = hint returning disclosed_at into found.disclosed_at;
    end if;
    return found.disclosed_at;
  end
  $$;
revoke all on function lindung_disclose_match_hint(uuid) from public;
grant execute on function lindung_disclose_match_hint(uuid) to lindung_app;

-- Hints already stored: their pairs of persons were not kept, but both hints of one pair carry the
-- pair's probability to the last bit, so two reciprocal hints (A's person → B, B's person → A) of
-- equal probability are taken as one pair. The person recorded earlier holds (person.created_at,
-- then the smaller id). A hint left without a pair names nobody until the next full scan finds it.
insert into person_match_hint_pair (holder_hint_id, newer_hint_id)
select case when (p.created_at, p.id) < (q.created_at, q.id) then h.id else r.id end,
       case when (p.created_at, p.id) < (q.created_at, q.id) then r.id else h.id end
  from person_match_hint h
  join person_match_hint r on r.agency_id = h.other_agency_id and r.other_agency_id = h.agency_id
                          and r.probability = h.probability and h.id < r.id
  join person p on p.id = h.person_id
  join person q on q.id = r.person_id
on conflict do nothing;
