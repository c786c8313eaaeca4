-- Audit entries are written without any lock and chained after they commit
-- (docs/decisions/0015-audit-chain-after-commit.md). Migration 0006 chained each entry in a
-- BEFORE INSERT trigger under a global advisory lock held to COMMIT, so every audited action of
-- the platform took its turn. Now an entry gets an `id` from a sequence when it is inserted and
-- stays unchained (`seq`, `prev_hash` and `hash` null) until `audit_event_chain_pending()` gives
-- it the next gapless chain number and its hash. That function runs one at a time (an advisory
-- lock), as the table's owner, from the job queue every few seconds and from
-- `lindung audit verify`. The hash covers the same fields as before, so existing entries,
-- whose chain number becomes their `id` too, still verify.

drop trigger audit_event_chain on audit_event;
drop trigger audit_event_no_update on audit_event;
drop function audit_event_chain();

-- The entry's own number, in the order entries were written (a rolled-back entry leaves a gap).
alter table audit_event add column id bigint;
update audit_event set id = seq;
alter table audit_event alter column id set not null;
alter table audit_event drop constraint audit_event_pkey;
alter table audit_event add constraint audit_event_pkey primary key (id);
alter table audit_event alter column id add generated always as identity;
select setval(pg_get_serial_sequence('audit_event', 'id'), coalesce(max(id), 0) + 1, false) from audit_event;

-- The chain columns: all null until the entry is chained, all set afterwards.
alter table audit_event
  alter column seq drop not null,
  alter column prev_hash drop not null,
  alter column hash drop not null,
  add constraint audit_event_seq_unique unique (seq),
  add constraint audit_event_chained_whole
    check ((seq is null) = (hash is null) and (seq is null) = (prev_hash is null));
create index audit_event_unchained on audit_event (id) where seq is null;

-- A new entry gets its time here; its chain columns are left to the chainer whatever the writer sent.
create function audit_event_stamp() returns trigger
  language plpgsql
  as $$
  begin
    new.at := clock_timestamp();
    new.seq := null;
    new.prev_hash := null;
    new.hash := null;
    return new;
  end
  $$;
create trigger audit_event_stamp before insert on audit_event
  for each row execute function audit_event_stamp();

-- The one change allowed: an unchained entry receiving its chain columns, nothing else touched.
-- `lindung_app` has no UPDATE grant at all; this keeps even the owner to chaining.
create function audit_event_refuse_update() returns trigger
  language plpgsql
  as $$
  begin
    if old.seq is null and new.seq is not null
       and (new.id, new.at, new.actor_user_id, new.agency_id, new.action, new.subject_type,
            new.subject_id, new.outcome, new.reason, new.request_id, new.detail)
           is not distinct from
           (old.id, old.at, old.actor_user_id, old.agency_id, old.action, old.subject_type,
            old.subject_id, old.outcome, old.reason, old.request_id, old.detail) then
      return new;
    end if;
    raise exception 'the audit log is append-only: % is not allowed', tg_op
      using errcode = 'insufficient_privilege';
  end
  $$;
create trigger audit_event_no_update before update on audit_event
  for each row execute function audit_event_refuse_update();
create trigger audit_event_no_delete before delete on audit_event
  for each row execute function audit_event_refuse_change();

-- Chains committed, unchained entries in `id` order, continuing from the last chained entry, and
-- returns how many it chained (at most `max_entries`). One chainer at a time: the lock is held to
-- the end of the caller's transaction, so the next one sees this one's work. An entry whose
-- transaction commits while this runs is left for the next run (it is not visible yet), so an
-- entry is chained in the first run that starts after its commit.
create function audit_event_chain_pending(max_entries integer default 10000) returns integer
  language plpgsql security definer set search_path = public, pg_temp
  as $$
  declare
    entry audit_event;
    last_seq bigint;
    last_hash text;
    chained integer := 0;
  begin
    perform pg_advisory_xact_lock(hashtext('lindung.audit_chain'));
    select seq, hash into last_seq, last_hash
      from audit_event where seq is not null order by seq desc limit 1;
    last_seq := coalesce(last_seq, 0);
    last_hash := coalesce(last_hash, repeat('0', 64));
    for entry in select * from audit_event where seq is null order by id limit max_entries loop
      entry.seq := last_seq + 1;
      entry.prev_hash := last_hash;
      entry.hash := audit_event_hash(entry);
      update audit_event set seq = entry.seq, prev_hash = entry.prev_hash, hash = entry.hash
        where id = entry.id;
      last_seq := entry.seq;
      last_hash := entry.hash;
      chained := chained + 1;
    end loop;
    return chained;
  end
  $$;
-- Only the owner's connections chain (the job queue, the CLI); the application role never needs to.
revoke execute on function audit_event_chain_pending(integer) from public;
