-- The audit chain in an insert-only table of its own (decision 0128, done in 0157). Until now an
-- entry's chain state lived in its own row: `seq`, `prev_hash` and `hash` null until the chainer
-- updated them (0047), a partial index finding the unchained and a unique one holding `seq`. So
-- every audited read paid twice: its insert kept the unchained index, and its chaining wrote a
-- whole new tuple and an entry in every index of `audit_event` (an update that cannot be HOT, as
-- `seq` is indexed), leaving a dead tuple behind. Now the chainer inserts one narrow row per entry
-- into `audit_chain`, never updated, and `audit_event` is insert-only again: no update passes.
-- The hash covers the same text as before, so every chained entry keeps its hash and verifies.

create table audit_chain (
  entry_id bigint primary key,
  seq bigint not null unique,
  prev_hash text not null,
  hash text not null
);
insert into audit_chain (entry_id, seq, prev_hash, hash)
  select id, seq, prev_hash, hash from audit_event where seq is not null;

-- The entry's hash, from the entry and its chain row's number and previous hash: the same text as
-- 0215's (`entryHash` in src/audit/verify.ts rebuilds it), the chain fields now given apart.
create function audit_event_hash(e audit_event, seq bigint, prev_hash text) returns text
  language plpgsql stable parallel safe
  as $$
  declare
    stamped text := to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
    detail text := e.detail::text;
  begin
    return encode(sha256(convert_to(prev_hash
      || coalesce(octet_length(seq::text)::text || ':' || seq::text, '-')
      || '|' || coalesce(octet_length(stamped)::text || ':' || stamped, '-')
      || '|' || coalesce(octet_length(e.actor_user_id::text)::text || ':' || e.actor_user_id::text, '-')
      || '|' || coalesce(octet_length(e.agency_id::text)::text || ':' || e.agency_id::text, '-')
      || '|' || coalesce(octet_length(e.action)::text || ':' || e.action, '-')
      || '|' || coalesce(octet_length(e.subject_type)::text || ':' || e.subject_type, '-')
      || '|' || coalesce(octet_length(e.subject_id)::text || ':' || e.subject_id, '-')
      || '|' || coalesce(octet_length(e.outcome)::text || ':' || e.outcome, '-')
      || '|' || coalesce(octet_length(e.reason)::text || ':' || e.reason, '-')
      || '|' || coalesce(octet_length(e.request_id)::text || ':' || e.request_id, '-')
      || '|' || coalesce(octet_length(detail)::text || ':' || detail, '-'), 'UTF8')), 'hex');
  end
  $$;

-- Where the chainer's scan starts, so that it does not read the whole log: every entry below
-- `floor` is chained or was never committed. `mark` is the last number given out when the floor
-- last moved and `mark_xmax` the id the chainer's transaction took just after reading it: every
-- number up to `mark` is held by a transaction whose id is below `mark_xmax`, so once all those
-- have ended no entry up to `mark` is still to come. It starts at the first entry not chained yet
-- (new entries get higher numbers), with a mark already passed.
create table audit_chain_floor (
  one boolean primary key default true check (one),
  floor bigint not null,
  mark bigint not null,
  mark_xmax xid8 not null
);
insert into audit_chain_floor (floor, mark, mark_xmax)
  select first_unchained, first_unchained - 1, '0'
    from (select coalesce(min(id) filter (where seq is null), max(id) + 1, 1) as first_unchained
            from audit_event) entries;
alter table audit_chain_floor enable row level security;

-- The entry's number now comes from its stamp trigger, after the transaction's id: the chainer's
-- floor (below) relies on a number being held only by a transaction that already has an id. An
-- identity default is evaluated before BEFORE triggers, so the column's identity goes, and a
-- sequence of its own continues the numbers. It keeps `cache 1`: a backend's cached numbers would
-- be given out after the chainer's mark had read past them.
create sequence audit_event_entry_id cache 1;
select setval('audit_event_entry_id', coalesce(max(id), 0) + 1, false) from audit_event;
alter table audit_event alter column id drop identity;
alter sequence audit_event_entry_id owned by audit_event.id;
grant usage on sequence audit_event_entry_id to lindung_app;

-- Chain columns, their indexes and the whole-or-nothing rule leave `audit_event` with them.
drop function audit_event_chain_pending(integer);
drop function audit_event_hash(audit_event);
alter table audit_event drop column seq, drop column prev_hash, drop column hash;

create or replace function audit_event_stamp() returns trigger
  language plpgsql
  as $$
  begin
    if new.action !~ '^[a-z_]+(\.[a-z_]+)+$' then
      raise exception 'audit entry action % is not a dotted name', new.action
        using errcode = 'check_violation', constraint = 'audit_event_action_check';
    end if;
    if new.outcome not in ('success', 'denied', 'failure') then
      raise exception 'audit entry outcome % is not success, denied or failure', new.outcome
        using errcode = 'check_violation', constraint = 'audit_event_outcome_check';
    end if;
    if length(new.reason) > 1000 then
      raise exception 'audit entry reason is longer than 1000 characters'
        using errcode = 'check_violation', constraint = 'audit_event_reason_check';
    end if;
    -- The transaction's id first, then the number (see the sequence above); whatever the writer sent.
    -- The sequence by its schema: a writer's temporary sequence of that name must not be found first.
    perform pg_current_xact_id();
    new.id := nextval('public.audit_event_entry_id');
    new.at := clock_timestamp();
    return new;
  end
  $$;

-- Insert-only, for the owner too: no update of an entry passes any more, nor of a chain row.
drop trigger audit_event_no_update on audit_event;
drop function audit_event_refuse_update();
create trigger audit_event_no_update before update on audit_event
  for each row execute function audit_event_refuse_change();
create trigger audit_chain_no_change before update or delete on audit_chain
  for each row execute function audit_event_refuse_change();
create trigger audit_chain_no_truncate before truncate on audit_chain
  for each statement execute function audit_event_refuse_change();

-- The application role reads a chain row only with its entry, whose own policy applies; it may
-- not write one (only the chainer, as the owner, does).
alter table audit_chain enable row level security;
grant select on audit_chain to lindung_app;
create policy audit_chain_read on audit_chain for select to lindung_app
  using (exists (select 1 from audit_event e where e.id = audit_chain.entry_id));


-- Chains committed, unchained entries in `id` order from the floor on, continuing the chain, at
-- most `max_entries`, one chainer at a time (the lock is held to the end of the caller's
-- transaction), and returns how many it chained. The floor moves only past numbers that no open
-- transaction can hold any more: the xmin check comes before the scan's snapshot, so the scan sees
-- every entry up to the mark that committed; a transaction left open holds the floor until it ends.
-- (A snapshot's xmax would not do for `mark_xmax`: it is one past the last transaction to *end*,
-- so a writer still open with the newest id can lie at or above it.)
create function audit_event_chain_pending(max_entries integer default 10000) returns integer
  language plpgsql security definer set search_path = public, pg_temp
  as $$
  declare
    state audit_chain_floor;
    marked_ended boolean;
    next_mark bigint;
    next_mark_xmax xid8;
    entry audit_event;
    last_seq bigint;
    last_hash text;
    ids bigint[] := '{}';
    seqs bigint[] := '{}';
    prev_hashes text[] := '{}';
    hashes text[] := '{}';
  begin
    -- Each statement must see what committed before it: read committed.
    if current_setting('transaction_isolation') <> 'read committed' then
      raise exception 'the audit chainer runs at read committed only';
    end if;
    perform pg_advisory_xact_lock(hashtext('lindung.audit_chain'));
    select * into strict state from audit_chain_floor;
    marked_ended := pg_snapshot_xmin(pg_current_snapshot()) >= state.mark_xmax;
    -- The next mark: the last number given out, then this transaction's id, taken after the read
    -- (a writer takes its id before its number). A caller whose transaction already had an id
    -- took it before the read: no mark then, and the floor stays where it is this time.
    if pg_current_xact_id_if_assigned() is null then
      select case when is_called then last_value else last_value - 1 end into next_mark
        from audit_event_entry_id;
      next_mark_xmax := pg_current_xact_id();
    end if;
    select seq, hash into last_seq, last_hash from audit_chain order by seq desc limit 1;
    last_seq := coalesce(last_seq, 0);
    last_hash := coalesce(last_hash, repeat('0', 64));
    for entry in
      select * from audit_event e
       where e.id >= state.floor and not exists (select 1 from audit_chain c where c.entry_id = e.id)
       order by e.id limit max_entries
    loop
      last_seq := last_seq + 1;
      ids := ids || entry.id;
      seqs := seqs || last_seq;
      prev_hashes := prev_hashes || last_hash;
      last_hash := audit_event_hash(entry, last_seq, last_hash);
      hashes := hashes || last_hash;
    end loop;
    insert into audit_chain (entry_id, seq, prev_hash, hash)
      select * from unnest(ids, seqs, prev_hashes, hashes);
    -- Everything up to the old mark is chained when the scan, which saw all of it, was not cut short.
    if marked_ended and cardinality(ids) < max_entries and next_mark is not null then
      update audit_chain_floor set floor = state.mark + 1, mark = next_mark, mark_xmax = next_mark_xmax;
    end if;
    return cardinality(ids);
  end
  $$;
revoke execute on function audit_event_chain_pending(integer) from public;
