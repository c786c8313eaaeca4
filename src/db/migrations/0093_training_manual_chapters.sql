-- The national training manual as data (issue 9): a manual of a country in editions, each with
-- numbered chapters titled in en, ms, id and vi; a course names the chapters it teaches by id
-- instead of by a bare number. Read by every agency of the country; an edition and its chapters
-- are issued by a training agency (training:manage) and not changed after: a new edition is a new
-- manual row. Courses of earlier releases keep their chapters: each country's chapter numbers
-- become the chapters of an "earlier edition" manual, titled by their number, and the courses are
-- linked to them. See docs/decisions/0035-editing-plans-and-committees.md.
create table training_manual (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  country char(2) not null check (country ~ '^[A-Z]{2}$'),
  edition text not null check (length(btrim(edition)) between 1 and 40),
  -- {"en": "…", "ms": "…", "id": "…", "vi": "…"}
  title jsonb not null check (jsonb_typeof(title) = 'object' and title ?& array['en', 'ms', 'id', 'vi']),
  created_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  unique (country, edition)
);

create table training_manual_chapter (
  id uuid primary key default gen_random_uuid(),
  manual_id uuid not null references training_manual (id),
  number text not null check (number ~ '^[0-9]{1,2}(\.[0-9]{1,2}){0,2}$'),
  title jsonb not null check (jsonb_typeof(title) = 'object' and title ?& array['en', 'ms', 'id', 'vi']),
  position integer not null,
  unique (manual_id, number),
  unique (manual_id, position)
);

create table training_course_chapter (
  course_id uuid not null references training_course (id),
  chapter_id uuid not null references training_manual_chapter (id),
  primary key (course_id, chapter_id)
);
create index training_course_chapter_chapter on training_course_chapter (chapter_id);

alter table training_manual enable row level security;
alter table training_manual_chapter enable row level security;
alter table training_course_chapter enable row level security;
grant select, insert on training_manual, training_manual_chapter, training_course_chapter to lindung_app;

create function lindung_training_manual_readable(target uuid) returns boolean
  language sql stable security definer set search_path = public, pg_temp
  as $$ select exists (select 1 from training_manual m where m.id = target and m.country = lindung_agency_country()) $$;
create function lindung_training_manual_issued(target uuid) returns boolean
  language sql stable security definer set search_path = public, pg_temp
  as $$ select exists (select 1 from training_manual m where m.id = target and m.agency_id = lindung_agency_id())
           and lindung_can('training:manage') $$;

create policy training_manual_read on training_manual for select to lindung_app
  using (country = (select lindung_agency_country()));
create policy training_manual_issue on training_manual for insert to lindung_app
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('training:manage'))
    and country = (select lindung_agency_country()) and created_by = (select lindung_user_id()));
create policy training_manual_chapter_read on training_manual_chapter for select to lindung_app
  using (lindung_training_manual_readable(manual_id));
create policy training_manual_chapter_issue on training_manual_chapter for insert to lindung_app
  with check (lindung_training_manual_issued(manual_id));
-- A course's chapters: read with the course; named by the course's agency, from a manual of its country.
create policy training_course_chapter_read on training_course_chapter for select to lindung_app
  using (exists (select 1 from training_course c where c.id = course_id));
create policy training_course_chapter_link on training_course_chapter for insert to lindung_app
  with check (exists (select 1 from training_course c where c.id = course_id
                        and c.agency_id = (select lindung_agency_id()) and (select lindung_can('training:manage')))
    and exists (select 1 from training_manual_chapter h where h.id = chapter_id));

-- Earlier courses: their chapter numbers become chapters of an "earlier edition" of their
-- country's manual, kept by the agency of the country's first course, titled by number.
insert into training_manual (agency_id, country, edition, title)
select distinct on (c.country) c.agency_id, c.country, 'earlier',
       '{"en": "National training manual (earlier edition)", "ms": "Manual latihan kebangsaan (edisi terdahulu)",
         "id": "Manual pelatihan nasional (edisi terdahulu)", "vi": "Sổ tay đào tạo quốc gia (ấn bản trước)"}'::jsonb
  from training_course c
 where cardinality(c.manual_chapters) > 0
 order by c.country, c.created_at, c.id;

insert into training_manual_chapter (manual_id, number, title, position)
select m.id, n.number,
       jsonb_build_object('en', 'Chapter ' || n.number, 'ms', 'Bab ' || n.number, 'id', 'Bab ' || n.number,
                          'vi', 'Chương ' || n.number),
       (row_number() over (partition by m.id order by string_to_array(n.number, '.')::int[]))::integer
  from training_manual m
  join (select distinct c.country, unnest(c.manual_chapters) as number from training_course c) n
    on n.country = m.country
 where m.edition = 'earlier';

insert into training_course_chapter (course_id, chapter_id)
select c.id, h.id
  from training_course c
  join training_manual m on m.country = c.country and m.edition = 'earlier'
  join training_manual_chapter h on h.manual_id = m.id and h.number = any (c.manual_chapters);

-- The numbers are now the chapters' own; the column is dropped so nothing reads it by mistake.
alter table training_course drop column manual_chapters;
