-- A case's facts are edited on the version the editor read (PATCH /api/cases/:id with If-Match,
-- decision 0085): the version moves with every change of the case's row — an edit of its facts, a
-- change of status (closing, reopening, an approved closure), an erasure's blanking — so an edit
-- or a status change made on what was read before cannot overwrite any of them unseen. Who works
-- on the case (case_worker) and what is recorded on it (tasks, notes, plans) are rows of their
-- own and leave the version alone.
alter table case_file add column version integer not null default 1;

create function lindung_case_versioned() returns trigger
  language plpgsql
  as $$
  begin
    new.version := old.version + 1;
    return new;
  end
  $$;
create trigger case_file_versioned before update on case_file
  for each row execute function lindung_case_versioned();
