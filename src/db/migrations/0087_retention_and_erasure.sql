-- Retention and erasure (issue 11): how long closed cases keep the personal data in them, per
-- record type and jurisdiction (or one agency), and the right to erasure under a supervisor's
-- approval. Anonymising erases what names or describes a person (encrypted narratives, names and
-- their search keys, document numbers and their blind index, photos and files) and keeps what the
-- figures count (dates, codes, countries, sex, an age), so statistics do not change. See
-- docs/decisions/0032-retention-and-erasure.md.

-- Retention periods as data. `jurisdiction` is an agency's country code, or '*' for every
-- country; a row for one agency wins over its country's, which wins over '*'. The '*' rows below
-- are DEFAULTS chosen for the platform, not taken from any law: a deployment sets its own.
create table retention_period (
  id uuid primary key default gen_random_uuid(),
  jurisdiction text not null check (jurisdiction = '*' or jurisdiction ~ '^[A-Z]{2}$'),
  agency_id uuid references agency (id),
  record_type text not null check (record_type in ('victim_case', 'investigation')),
  -- Whole years after the case was closed.
  years integer not null check (years between 1 and 100),
  -- Where the period comes from (a law, a policy), or that it is the platform's default.
  source text not null check (length(btrim(source)) between 1 and 500)
);
create unique index retention_period_scope on retention_period
  (jurisdiction, coalesce(agency_id, '00000000-0000-0000-0000-000000000000'::uuid), record_type);
insert into retention_period (jurisdiction, record_type, years, source) values
  ('*', 'victim_case', 10, 'DEFAULT of the platform, not from law: set the period of your jurisdiction'),
  ('*', 'investigation', 10, 'DEFAULT of the platform, not from law: set the period of your jurisdiction');
-- Read by the platform's retention job only; the application role has no use for it.
alter table retention_period enable row level security;

-- When a case's and a person's personal data were erased (by retention or by an erasure request).
alter table case_file add column anonymised_at timestamptz;
alter table person add column anonymised_at timestamptz;
-- Only the platform marks them (the application role may change cases and persons, not this mark:
-- a case marked without being erased would escape retention).
create function lindung_guard_anonymised_at() returns trigger
  language plpgsql
  as $$
  begin
    if new.anonymised_at is distinct from old.anonymised_at and current_user = 'lindung_app' then
      raise exception 'only the platform marks a record anonymised' using errcode = '42501';
    end if;
    return new;
  end
  $$;
create trigger case_file_anonymised_at before update on case_file
  for each row execute function lindung_guard_anonymised_at();
create trigger person_anonymised_at before update on person
  for each row execute function lindung_guard_anonymised_at();
create index case_file_closed_to_anonymise on case_file (closed_at) where status = 'closed' and anonymised_at is null;

-- Erasure is always a supervisor's decision (not an agency's choice, as the other kinds are).
alter table approval_request drop constraint approval_request_kind_check;
alter table approval_request add constraint approval_request_kind_check
  check (kind in ('case_closure', 'care_plan', 'referral_out', 'erasure'));
-- A request is about a case of the requesting agency: an approved erasure is carried out by the
-- platform, so the database itself refuses a request naming another agency's case.
drop policy approval_request_create on approval_request;
create policy approval_request_create on approval_request for insert to lindung_app
  with check (agency_id = lindung_agency_id() and lindung_can('case:write') and requested_by = lindung_user_id()
    and status = 'pending'
    and exists (select 1 from case_file c where c.id = case_id and c.agency_id = lindung_agency_id()));

-- A legal hold: of the given cases, those an investigation still needs — linked to an investigation
-- (directly, or through a referral of the case) that has no charge yet or a charge whose latest
-- outcome is missing or pending. Security definer because the investigation belongs to another
-- agency (the police) whose rows the case's agency cannot read; only the case ids of the caller's
-- own agency come back (every case for the platform itself, which sets no agency).
create function lindung_cases_on_legal_hold(case_ids uuid[]) returns setof uuid
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select c.id from case_file c
     where c.id = any (case_ids)
       and (lindung_agency_id() is null or c.agency_id = lindung_agency_id())
       and exists (
         select 1 from investigation_victim iv
          where (iv.case_id = c.id or iv.referral_id in (select r.id from referral r where r.case_id = c.id))
            and (not exists (select 1 from charge ch where ch.investigation_id = iv.investigation_id)
                 or exists (
                   select 1 from charge ch
                    where ch.investigation_id = iv.investigation_id
                      and coalesce((select o.outcome from charge_outcome o where o.charge_id = ch.id
                                     order by o.decided_on desc, o.created_at desc limit 1), 'pending') = 'pending')))
  $$;
revoke all on function lindung_cases_on_legal_hold(uuid[]) from public;
grant execute on function lindung_cases_on_legal_hold(uuid[]) to lindung_app;

-- An approval queues its erasure in its own transaction (as 0069 queues a report): only for an
-- approved erasure of the caller's own agency, the job table being system work requests may not read.
create function lindung_enqueue_erasure(approval uuid) returns integer
  language sql volatile security definer set search_path = public, pg_temp
  as $$
    with queued as (
      insert into job (kind, payload)
      select 'retention.erase_case', jsonb_build_object('approvalId', a.id)
        from approval_request a
       where a.id = approval and a.kind = 'erasure' and a.status = 'approved'
         and a.agency_id = lindung_agency_id() and a.decided_by = lindung_user_id()
      returning 1)
    select count(*)::integer from queued
  $$;
revoke all on function lindung_enqueue_erasure(uuid) from public;
grant execute on function lindung_enqueue_erasure(uuid) to lindung_app;
