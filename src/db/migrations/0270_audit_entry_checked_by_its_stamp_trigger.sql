-- An audit entry's rules move from CHECK constraints into the triggers that already run on every
-- insert and update of `audit_event`. PostgreSQL rebuilds a table's CHECK expressions from their
-- stored text at each statement that writes a row (ExecRelCheck: deserialised, then compiled),
-- and every audited read writes one entry: the four checks cost ~21 µs of each case detail's
-- backend CPU under the case bench's load (perf, decision 0155), where a trigger's plpgsql
-- expressions are compiled once per connection. Same rules, same SQLSTATE (23514), same names in
-- the constraint field; the owner can no more skip a trigger than drop a constraint.
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
    new.at := clock_timestamp();
    new.seq := null;
    new.prev_hash := null;
    new.hash := null;
    return new;
  end
  $$;

-- The one change allowed stays the chainer's: an unchained entry given its three chain columns
-- together (what `audit_event_chained_whole` held), nothing else touched.
create or replace function audit_event_refuse_update() returns trigger
  language plpgsql
  as $$
  begin
    if old.seq is null and new.seq is not null and new.prev_hash is not null and new.hash is not null
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

alter table audit_event
  drop constraint audit_event_action_check,
  drop constraint audit_event_outcome_check,
  drop constraint audit_event_reason_check,
  drop constraint audit_event_chained_whole;
