-- A person's names, sex, date of birth, nationality, languages and documents can be edited
-- (PUT /api/persons/:id, decision 0044), on the version the editor read (If-Match): the version
-- moves with every change of the person's row — an edit, or the platform's anonymisation — so an
-- edit made on what was read before cannot overwrite either unseen.
alter table person add column version integer not null default 1;

create function lindung_person_versioned() returns trigger
  language plpgsql
  as $$
  begin
    new.version := old.version + 1;
    -- Unless the statement sets the time itself (a maintenance or a test that ages rows).
    if new.updated_at is not distinct from old.updated_at then
      new.updated_at := now();
    end if;
    return new;
  end
  $$;
create trigger person_versioned before update on person
  for each row execute function lindung_person_versioned();

-- An edit replaces the person's names and documents. The policies of 0009 let a reader delete them
-- (a delete checks only `using`, which is the read rule): deleting needs `person:write` too.
create policy person_name_delete_written on person_name as restrictive for delete to lindung_app
  using ((select lindung_can('person:write')));
create policy identity_document_delete_written on identity_document as restrictive for delete to lindung_app
  using ((select lindung_can('person:write')));
