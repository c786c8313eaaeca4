-- A transaction that wrote nothing but the audit entries of reads may commit without waiting for
-- the disk (docs/decisions/0028-lazy-commit-of-audited-reads.md). To know that it wrote nothing
-- else, every table except the audit log marks the transaction when a statement changes it (or
-- could have: a statement trigger fires even when no row matched, which errs on the safe side).

create function lindung_mark_write() returns trigger language plpgsql as $$
begin
  perform set_config('lindung.wrote', 'on', true);
  return null;
end $$;

-- Watches every table of the schema that is not yet watched. The migrator calls it after every
-- run, so a table added by a later migration is watched without that migration saying so.
create function lindung_watch_writes() returns void language plpgsql as $$
declare
  watched regclass;
begin
  for watched in
    select c.oid::regclass
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema()
      and c.relkind in ('r', 'p')
      and c.relname <> 'audit_event'
      and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'lindung_mark_write')
  loop
    execute format(
      'create trigger lindung_mark_write after insert or update or delete or truncate on %s '
      'for each statement execute function lindung_mark_write()', watched);
  end loop;
end $$;
