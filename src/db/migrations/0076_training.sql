-- Training: courses of a country (curriculum, chapters of the national training manual, languages,
-- target roles), sessions of a course (dates, place or online, trainers, capacity), participants
-- (registration, attendance, pre/post assessment scores) and certificates with a public
-- verification code. No victim data: participants are the agencies' staff and partners.
-- Courses and sessions are read by every agency of the course's country; the running agency's
-- trainers (training:manage) change them. A participant's row is read by the running agency's
-- trainers, by the participant's own agency and by the participant; a certificate likewise.
-- The database refuses attendance over a session's capacity and certificates for anyone who did
-- not attend. See docs/decisions/0025-training-and-certificates.md.
create table training_course (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  country char(2) not null check (country ~ '^[A-Z]{2}$'),
  title text not null check (length(btrim(title)) between 3 and 300),
  topic text not null check (topic in ('identification', 'victim_protection', 'investigation',
    'prosecution', 'coordination', 'prevention', 'labour_migration', 'child_protection')),
  curriculum text not null check (length(btrim(curriculum)) between 2 and 20000),
  -- Chapters of the national training manual the course teaches (e.g. '3', '4.2').
  manual_chapters text[] not null default '{}',
  languages text[] not null check (cardinality(languages) between 1 and 4
    and languages <@ array['en', 'ms', 'id', 'vi']),
  target_roles text[] not null default '{}',
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now()
);
create index training_course_country on training_course (country, title);

create table training_session (
  id uuid primary key default gen_random_uuid(),
  course_id uuid not null references training_course (id),
  starts_on date not null,
  ends_on date not null,
  mode text not null check (mode in ('in_person', 'online')),
  place text check (place is null or length(btrim(place)) between 2 and 300),
  online_url text check (online_url is null or online_url ~ '^https://'),
  trainers text[] not null check (cardinality(trainers) between 1 and 20),
  capacity integer not null check (capacity between 1 and 5000),
  language text not null check (language in ('en', 'ms', 'id', 'vi')),
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  constraint training_session_dates check (ends_on >= starts_on and ends_on - starts_on <= 60),
  constraint training_session_where check ((mode = 'in_person' and place is not null) or mode = 'online')
);
create index training_session_course on training_session (course_id, starts_on);

create table training_participant (
  id uuid primary key default gen_random_uuid(),
  session_id uuid not null references training_session (id),
  -- The platform user, when the participant has an account.
  user_id uuid references app_user (id),
  -- The name as it is printed on the certificate.
  full_name text not null check (length(btrim(full_name)) between 2 and 200),
  agency_id uuid not null references agency (id),
  role text not null check (role ~ '^[a-z_]{2,40}$'),
  registered_by uuid not null references app_user (id),
  registered_at timestamptz not null default now(),
  attended boolean not null default false,
  pre_score numeric(5, 2) check (pre_score between 0 and 100),
  post_score numeric(5, 2) check (post_score between 0 and 100),
  recorded_by uuid references app_user (id),
  recorded_at timestamptz
);
create unique index training_participant_user on training_participant (session_id, user_id) where user_id is not null;
create index training_participant_agency on training_participant (agency_id);

create table training_certificate (
  id uuid primary key default gen_random_uuid(),
  participant_id uuid not null unique references training_participant (id),
  -- Shown on the certificate and checked on the public site; random, never derived from the holder.
  code text not null unique check (code ~ '^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$'),
  holder_name text not null,
  course_title text not null,
  completed_on date not null,
  issuing_agency_id uuid not null references agency (id),
  issued_by uuid not null references app_user (id),
  issued_at timestamptz not null default now()
);

-- Security definer helpers: a course's or session's running agency and country, without the
-- caller's policies on those tables.
create function lindung_training_session_readable(target uuid) returns boolean
  language sql stable security definer set search_path = public, pg_temp
  as $$ select exists (select 1 from training_session s join training_course c on c.id = s.course_id
                        where s.id = target and c.country = lindung_agency_country()) $$;
create function lindung_training_session_run(target uuid) returns boolean
  language sql stable security definer set search_path = public, pg_temp
  as $$ select exists (select 1 from training_session s join training_course c on c.id = s.course_id
                        where s.id = target and c.agency_id = lindung_agency_id())
           and lindung_can('training:manage') $$;
create function lindung_training_participant_readable(target uuid) returns boolean
  language sql stable security definer set search_path = public, pg_temp
  as $$ select exists (select 1 from training_participant p where p.id = target
                          and (p.agency_id = lindung_agency_id() or p.user_id = lindung_user_id()
                               or lindung_training_session_run(p.session_id))) $$;
create function lindung_training_participant_attended(target uuid) returns boolean
  language sql stable security definer set search_path = public, pg_temp
  as $$ select exists (select 1 from training_participant p where p.id = target and p.attended) $$;

-- Attendance never exceeds the session's capacity, whoever writes it.
create function lindung_training_capacity_check() returns trigger
  language plpgsql security definer set search_path = public, pg_temp
  as $$
begin
  if new.attended and (select count(*) from training_participant p where p.session_id = new.session_id and p.attended)
       > (select capacity from training_session s where s.id = new.session_id) then
    raise exception 'attendance over the capacity of session %', new.session_id
      using errcode = '23514', constraint = 'training_attendance_capacity';
  end if;
  return null;
end $$;
create constraint trigger training_attendance_capacity after insert or update of attended on training_participant
  for each row execute function lindung_training_capacity_check();

alter table training_course enable row level security;
alter table training_session enable row level security;
alter table training_participant enable row level security;
alter table training_certificate enable row level security;
grant select, insert, update on training_course, training_session to lindung_app;
grant select, insert, update on training_participant to lindung_app;
-- A certificate is issued once and never changed.
grant select, insert on training_certificate to lindung_app;

create policy training_course_read on training_course for select to lindung_app
  using (country = (select lindung_agency_country()));
create policy training_course_create on training_course for insert to lindung_app
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('training:manage'))
    and country = (select lindung_agency_country()) and created_by = (select lindung_user_id()));
create policy training_course_change on training_course for update to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('training:manage')))
  with check (agency_id = (select lindung_agency_id()) and country = (select lindung_agency_country()));

-- Not through lindung_training_session_readable: a row being inserted is not yet visible to it.
create policy training_session_read on training_session for select to lindung_app
  using (exists (select 1 from training_course c where c.id = course_id and c.country = (select lindung_agency_country())));
create policy training_session_create on training_session for insert to lindung_app
  with check (created_by = (select lindung_user_id()) and (select lindung_can('training:manage'))
    and exists (select 1 from training_course c where c.id = course_id and c.agency_id = (select lindung_agency_id())));
create policy training_session_change on training_session for update to lindung_app
  using (lindung_training_session_run(id)) with check (lindung_training_session_run(id));

create policy training_participant_read on training_participant for select to lindung_app
  using (agency_id = (select lindung_agency_id()) or user_id = (select lindung_user_id())
    or lindung_training_session_run(session_id));
-- The running agency's trainers register anyone of the country; a user registers themselves.
create policy training_participant_register on training_participant for insert to lindung_app
  with check (registered_by = (select lindung_user_id()) and not attended and recorded_by is null
    and lindung_training_session_readable(session_id)
    and exists (select 1 from agency a where a.id = agency_id and a.country = (select lindung_agency_country()))
    and (lindung_training_session_run(session_id)
         or (user_id = (select lindung_user_id()) and agency_id = (select lindung_agency_id()))));
-- Attendance and scores: the running agency's trainers only.
create policy training_participant_record on training_participant for update to lindung_app
  using (lindung_training_session_run(session_id)) with check (lindung_training_session_run(session_id));

create policy training_certificate_read on training_certificate for select to lindung_app
  using (lindung_training_participant_readable(participant_id));
create policy training_certificate_issue on training_certificate for insert to lindung_app
  with check (issued_by = (select lindung_user_id()) and issuing_agency_id = (select lindung_agency_id())
    and lindung_training_participant_attended(participant_id)
    and exists (select 1 from training_participant p where p.id = participant_id
                   and lindung_training_session_run(p.session_id)));
