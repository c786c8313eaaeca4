-- The audit log: append-only, written in the same transaction as the change it records, each
-- entry chained to the one before by SHA-256 so that an altered or removed entry is detected
-- (`lindung audit verify`).
create table audit_event (
  seq bigint primary key,
  at timestamptz not null,
  actor_user_id uuid,
  agency_id uuid,
  action text not null check (action ~ '^[a-z_]+(\.[a-z_]+)+$'),
  subject_type text,
  subject_id text,
  outcome text not null default 'success' check (outcome in ('success', 'denied', 'failure')),
  reason text check (length(reason) <= 1000),
  request_id text,
  detail jsonb not null default '{}',
  prev_hash text not null,
  hash text not null
);
create index audit_event_agency_at on audit_event (agency_id, at);
create index audit_event_subject on audit_event (subject_type, subject_id);
create index audit_event_actor on audit_event (actor_user_id, at);

-- The text that an entry's hash covers. `lindung audit verify` rebuilds the same text in the
-- application from the stored columns, so a changed function cannot hide a changed row.
-- Each field is length-prefixed (in bytes) so that no two different entries give the same text.
create function audit_event_hash(e audit_event) returns text
  language sql stable parallel safe
  as $$
    select encode(sha256(convert_to(e.prev_hash || string_agg(
      coalesce(octet_length(field)::text || ':' || field, '-'), '|' order by position), 'UTF8')), 'hex')
    from unnest(array[
      e.seq::text,
      to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
      e.actor_user_id::text,
      e.agency_id::text,
      e.action,
      e.subject_type,
      e.subject_id,
      e.outcome,
      e.reason,
      e.request_id,
      e.detail::text
    ]) with ordinality as t(field, position)
  $$;

-- Chains each new entry under a lock held to the end of the transaction, so concurrent writers
-- take their turns and the sequence has no gaps (a rolled-back entry frees its number).
create function audit_event_chain() returns trigger
  language plpgsql security definer set search_path = public, pg_temp
  as $$
  declare
    last audit_event;
  begin
    perform pg_advisory_xact_lock(hashtext('lindung.audit_chain'));
    select * into last from audit_event order by seq desc limit 1;
    new.seq := coalesce(last.seq, 0) + 1;
    new.at := clock_timestamp();
    new.prev_hash := coalesce(last.hash, repeat('0', 64));
    new.hash := audit_event_hash(new);
    return new;
  end
  $$;

create function audit_event_refuse_change() returns trigger
  language plpgsql
  as $$
  begin
    raise exception 'the audit log is append-only: % is not allowed', tg_op
      using errcode = 'insufficient_privilege';
  end
  $$;

create trigger audit_event_chain before insert on audit_event
  for each row execute function audit_event_chain();
create trigger audit_event_no_update before update or delete on audit_event
  for each row execute function audit_event_refuse_change();
create trigger audit_event_no_truncate before truncate on audit_event
  for each statement execute function audit_event_refuse_change();

-- The application role may add entries for its own agency and read them with the right
-- permission; it has no update, delete or truncate grant at all.
alter table audit_event enable row level security;
grant select, insert on audit_event to lindung_app;
create policy audit_event_write on audit_event for insert to lindung_app
  with check (agency_id is not distinct from lindung_agency_id()
    and actor_user_id is not distinct from lindung_user_id());
create policy audit_event_read on audit_event for select to lindung_app using (
  lindung_can('audit:read_any') or (lindung_can('audit:read') and agency_id = lindung_agency_id())
);
