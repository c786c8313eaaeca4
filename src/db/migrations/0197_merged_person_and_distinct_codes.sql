-- Two rules found by a new user's walk (issues 4 and 8).
--
-- 1. A case's exploitation types and means of control hold each code once. The API now folds a
--    code given twice (src/shared/distinct-list.ts); before, a case could store
--    ["forced_labour","forced_labour"] and the statistics counted the victim twice under forced
--    labour. Stored repeats are folded (first place kept) and a check keeps them out whatever
--    writes the row.
create function lindung_codes_distinct(codes text[]) returns boolean
  language sql immutable parallel safe
  as $$ select cardinality(codes) = (select count(distinct code) from unnest(codes) code) $$;

create function lindung_codes_folded(codes text[]) returns text[]
  language sql immutable parallel safe
  as $$
    select coalesce(array_agg(code order by first_place), '{}')
      from (select code, min(place) as first_place
              from unnest(codes) with ordinality as listed (code, place) group by code) firsts
  $$;

update case_file
   set exploitation_types = lindung_codes_folded(exploitation_types),
       means_of_control = lindung_codes_folded(means_of_control)
 where not lindung_codes_distinct(exploitation_types) or not lindung_codes_distinct(means_of_control);

alter table case_file
  add constraint case_file_exploitation_types_distinct check (lindung_codes_distinct(exploitation_types)),
  add constraint case_file_means_of_control_distinct check (lindung_codes_distinct(means_of_control));

-- 2. A person merged into another (0084) is one of the survivor's source records: it keeps its
--    cases, screenings and consents, but takes no new ones — they belong on the survivor, where the
--    cluster's cases, search results and referrals already lead. Refused here, not only in the API,
--    so no path writes them (`person_merged_into_another`, src/db/errors.ts). Undoing the merge lifts it.
create function lindung_refuse_merged_person() returns trigger
  language plpgsql
  as $$
  begin
    if exists (select 1 from person_merge m where m.merged_id = new.person_id and m.undone_at is null) then
      raise exception 'a person merged into another takes no new records'
        using errcode = 'check_violation', constraint = 'person_merged_into_another';
    end if;
    return new;
  end
  $$;

create trigger screening_not_of_merged_person before insert on screening
  for each row execute function lindung_refuse_merged_person();
create trigger identification_decision_not_of_merged_person before insert on identification_decision
  for each row execute function lindung_refuse_merged_person();
create trigger case_person_not_merged before insert on case_person
  for each row execute function lindung_refuse_merged_person();
create trigger consent_not_of_merged_person before insert on consent
  for each row execute function lindung_refuse_merged_person();

-- A consent recorded on a record before it was merged is the same person's consent: it may found a
-- referral of a case of the survivor (and the other way round). The consent's agency, state,
-- recipients and purposes are judged as before.
create or replace function lindung_referral_basis_problems(basis_consent uuid, basis_case uuid, recipient uuid, purpose text)
  returns text[]
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select array_remove(array[
             case when f.status = 'closed' then 'case_closed' end,
             case when f.id is null or f.agency_id <> c.agency_id
                    or not exists (select 1 from case_person cp
                                    where cp.case_id = f.id
                                      and (cp.person_id = c.person_id
                                           or lindung_person_master(cp.person_id) = lindung_person_master(c.person_id)))
                  then 'case_mismatch' end,
             case when lindung_consent_state(c) = 'withdrawn' then 'consent_withdrawn' end,
             case when lindung_consent_state(c) = 'expired' then 'consent_expired' end,
             case when not lindung_consent_covers_agency(c, recipient) then 'recipient_not_covered' end,
             case when not (purpose = any (c.purposes)) then 'purpose_not_covered' end
           ], null)
      from consent c
      left join case_file f on f.id = basis_case
     where c.id = basis_consent
       and lindung_can('referral:manage')
       and (c.agency_id = lindung_agency_id()
            or exists (select 1 from referral r
                        where r.consent_id = c.id and r.to_agency_id = lindung_agency_id() and r.status = 'accepted'))
  $$;
