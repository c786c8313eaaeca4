-- One person's match reads only its candidates (decision 0037): each written name keeps the blocks
-- the linkage model puts it in (`<rule>/<key>`, src/linkage/persons.ts, with the person's date of
-- birth) and its name value (sorted canonical tokens, whose share adjusts the name's weight), both
-- filled by the application on write and refilled by the name keys backfill (keys_version 2).
alter table person_name
  add column linkage_keys text[] not null default '{}',
  add column linkage_value text not null default '';
-- Without a pending list (fastupdate): every match looks blocks up, and would scan up to 4 MB of
-- pending entries each time between vacuums; a name written costs its few entries at once instead.
create index person_name_linkage_keys on person_name using gin (linkage_keys) with (fastupdate = off);

-- How many of an agency's records hold each key: a block's size (blocks over 1,000 are left out),
-- a name value's share, and the counters `#persons`, `#names` (name records) and `#named` (name
-- records with a value). Kept by the triggers below in the writing transaction, so a match reads
-- the same numbers a whole scan would count; the sum over agencies is the platform's population.
create table linkage_key_count (
  key text not null,
  agency_id uuid not null references agency (id),
  records integer not null,
  primary key (key, agency_id)
);
alter table linkage_key_count enable row level security;
grant select on linkage_key_count to lindung_app;
create policy linkage_key_count_own on linkage_key_count for select to lindung_app
  using (agency_id = lindung_agency_id() and lindung_can('person:read'));

-- The statement that adds `delta` for every key of the changed rows (`source` reads the trigger's
-- transition tables, which only the trigger function itself can query), in key order so that two
-- transactions counting the same keys wait for each other instead of deadlocking.
create function lindung_count_linkage_keys(source text) returns text
  language sql immutable
  as $$
    select format(
      $sql$
      insert into linkage_key_count as c (key, agency_id, records)
      select k.key, d.agency_id, sum(d.delta)::integer
        from (%s) as d
        cross join lateral unnest(
          case when d.kind = 'person' then array['#persons']
               else d.linkage_keys || array['#names']
                    || case when d.linkage_value <> '' then array['#named', '=' || d.linkage_value] else '{}' end
          end) as k(key)
       group by k.key, d.agency_id
      having sum(d.delta) <> 0
       order by k.key, d.agency_id
      on conflict (key, agency_id) do update set records = c.records + excluded.records
      $sql$, source)
  $$;

create function lindung_person_name_counted() returns trigger
  language plpgsql volatile security definer set search_path = public, pg_temp
  as $$
  begin
    execute lindung_count_linkage_keys(case tg_op
      when 'INSERT' then
        $s$select 'name' as kind, agency_id, linkage_keys, linkage_value, 1 as delta from new_rows$s$
      when 'DELETE' then
        $s$select 'name' as kind, agency_id, linkage_keys, linkage_value, -1 as delta from old_rows$s$
      else
        $s$select 'name' as kind, agency_id, linkage_keys, linkage_value, 1 as delta from new_rows
           union all select 'name', agency_id, linkage_keys, linkage_value, -1 from old_rows$s$
    end);
    return null;
  end
  $$;
create trigger person_name_counted_insert after insert on person_name
  referencing new table as new_rows for each statement execute function lindung_person_name_counted();
create trigger person_name_counted_update after update on person_name
  referencing old table as old_rows new table as new_rows for each statement execute function lindung_person_name_counted();
create trigger person_name_counted_delete after delete on person_name
  referencing old table as old_rows for each statement execute function lindung_person_name_counted();

create function lindung_person_counted() returns trigger
  language plpgsql volatile security definer set search_path = public, pg_temp
  as $$
  begin
    execute lindung_count_linkage_keys(case tg_op
      when 'INSERT' then
        $s$select 'person' as kind, agency_id, '{}'::text[] as linkage_keys, '' as linkage_value, 1 as delta from new_rows$s$
      else
        $s$select 'person' as kind, agency_id, '{}'::text[] as linkage_keys, '' as linkage_value, -1 as delta from old_rows$s$
    end);
    return null;
  end
  $$;
create trigger person_counted_insert after insert on person
  referencing new table as new_rows for each statement execute function lindung_person_counted();
create trigger person_counted_delete after delete on person
  referencing old table as old_rows for each statement execute function lindung_person_counted();

-- Counts every key again from the names and persons themselves: what is there already, and after
-- a bulk load that skipped the triggers (the synthetic generator, decision 0033). Not while others
-- write persons: their counts would be lost.
create function lindung_recount_linkage_keys() returns void
  language sql volatile security definer set search_path = public, pg_temp
  as $$
    delete from linkage_key_count;
    insert into linkage_key_count (key, agency_id, records)
    select key, agency_id, count(*)::integer from (
      select unnest(n.linkage_keys || array['#names']
               || case when n.linkage_value <> '' then array['#named', '=' || n.linkage_value] else '{}' end) as key,
             n.agency_id
        from person_name n
      union all select '#persons', agency_id from person) as k
     group by key, agency_id;
  $$;
revoke all on function lindung_recount_linkage_keys() from public;
select lindung_recount_linkage_keys();
