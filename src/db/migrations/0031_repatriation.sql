-- Repatriation: the sending agency's plan to take a victim home, handed over to a receiving
-- agency in the home country. The receiving agency sees the plan and the person's minimum, never
-- the case. Documents, escort and route are encrypted by the application.
create table repatriation (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references case_file (id) on delete cascade,
  person_id uuid not null references person (id),
  agency_id uuid not null references agency (id),
  receiving_agency_id uuid not null references agency (id),
  destination_country char(2) not null check (destination_country ~ '^[A-Z]{2}$'),
  -- Where the person is going: the province or region the reintegration report counts by.
  destination_province text not null check (length(btrim(destination_province)) between 1 and 100),
  planned_on date not null,
  -- Encrypted by the application: the travel documents (JSON), the escort and the route.
  travel_documents text not null,
  escort text,
  route text not null,
  status text not null default 'planned' check (status in ('planned', 'departed', 'handed_over', 'cancelled')),
  departed_on date,
  departure_recorded_by uuid references app_user (id),
  handed_over_on date,
  receipt_recorded_by uuid references app_user (id),
  cancel_reason text check (length(btrim(cancel_reason)) between 1 and 1000),
  cancelled_by uuid references app_user (id),
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint repatriation_not_to_itself check (receiving_agency_id <> agency_id),
  constraint repatriation_hand_over_after_departure check (handed_over_on >= departed_on),
  constraint repatriation_state check (
    (status = 'planned' and departed_on is null and handed_over_on is null and cancel_reason is null)
    or (status = 'departed' and departed_on is not null and handed_over_on is null and cancel_reason is null)
    or (status = 'handed_over' and departed_on is not null and handed_over_on is not null and cancel_reason is null)
    or (status = 'cancelled' and cancel_reason is not null and handed_over_on is null)
  )
);
create index repatriation_case on repatriation (case_id, created_at desc);
create index repatriation_incoming on repatriation (receiving_agency_id, planned_on desc);

-- The workflow, whoever calls (the application role may update only the workflow's columns):
-- planned → departed by the sender; departed → handed over by the receiver; planned or departed →
-- cancelled by the sender. The plan itself never changes.
create function repatriation_check_change() returns trigger
  language plpgsql
  as $$
  declare
    side text := case lindung_agency_id() when old.agency_id then 'sender' when old.receiving_agency_id then 'receiver' end;
  begin
    -- Without a change of status, only a key rotation (run as the owner) rewrites the row.
    if new.status = old.status then
      if current_user = 'lindung_app' then
        raise exception 'a repatriation changes only by its workflow' using errcode = 'insufficient_privilege';
      end if;
      return new;
    end if;
    if not ((old.status = 'planned' and new.status = 'departed' and side = 'sender')
         or (old.status = 'departed' and new.status = 'handed_over' and side = 'receiver')
         or (old.status in ('planned', 'departed') and new.status = 'cancelled' and side = 'sender')) then
      raise exception 'a % repatriation cannot become % by %', old.status, new.status, coalesce(side, 'another agency')
        using errcode = 'insufficient_privilege';
    end if;
    if (new.departed_on is distinct from old.departed_on and new.status <> 'departed')
       or (new.handed_over_on is distinct from old.handed_over_on and new.status <> 'handed_over') then
      raise exception 'a repatriation''s dates change only with its status' using errcode = 'check_violation';
    end if;
    return new;
  end
  $$;
create trigger repatriation_check_change before update on repatriation
  for each row execute function repatriation_check_change();

alter table repatriation enable row level security;
grant select, insert on repatriation to lindung_app;
grant update (status, departed_on, departure_recorded_by, handed_over_on, receipt_recorded_by, cancel_reason,
  cancelled_by, updated_at) on repatriation to lindung_app;

create policy repatriation_parties on repatriation for select to lindung_app
  using ((agency_id = (select lindung_agency_id()) or receiving_agency_id = (select lindung_agency_id()))
    and (select lindung_can('case:read')));
create policy repatriation_plan on repatriation for insert to lindung_app
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('case:write'))
    and created_by = (select lindung_user_id()) and status = 'planned'
    and exists (select 1 from case_file c where c.id = repatriation.case_id and c.status <> 'closed')
    and exists (select 1 from case_person cp where cp.case_id = repatriation.case_id and cp.person_id = repatriation.person_id));
create policy repatriation_progress on repatriation for update to lindung_app
  using ((agency_id = (select lindung_agency_id()) or receiving_agency_id = (select lindung_agency_id()))
    and (select lindung_can('case:write')))
  with check ((agency_id = (select lindung_agency_id()) or receiving_agency_id = (select lindung_agency_id()))
    and (select lindung_can('case:write')));

-- The person's minimum for the two agencies of a repatriation: the first name recorded, sex,
-- year of birth and nationality. Runs as the tables' owner (the receiver cannot read the person),
-- so it checks the caller itself; a cancelled repatriation shows the receiver nothing.
create function lindung_repatriation_person(target uuid)
  returns table (full_name text, sex text, birth_year integer, nationality text)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select (select n.full_name from person_name n where n.person_id = p.id order by n.position, n.id limit 1),
           p.sex,
           coalesce(p.birth_year, extract(year from p.birth_date)::integer),
           btrim(p.nationality)
      from repatriation r
      join person p on p.id = r.person_id
     where r.id = target
       and lindung_can('case:read')
       and (lindung_agency_id() = r.agency_id
            or (lindung_agency_id() = r.receiving_agency_id and r.status <> 'cancelled'))
  $$;

-- The receiving agency's work on a return (its receipt, its reintegration plan and follow-ups)
-- on the sending agency's case timeline, which its own policy does not let it write to. Only the
-- receiving agency of a handed-over or departed repatriation, with case:write, and only these kinds.
create function lindung_record_return_event(target uuid, event_kind text, event_detail jsonb) returns void
  language plpgsql security definer set search_path = public, pg_temp
  as $$
  declare
    found repatriation%rowtype;
  begin
    select * into found from repatriation r where r.id = target;
    if found.id is null or found.receiving_agency_id is distinct from lindung_agency_id()
       or not lindung_can('case:write') or found.status not in ('departed', 'handed_over')
       or event_kind !~ '^case\.(repatriation_received|reintegration_[a-z_]+)$' then
      raise exception 'not the receiving agency of this repatriation' using errcode = 'insufficient_privilege';
    end if;
    insert into case_event (case_id, agency_id, actor_user_id, kind, detail)
      values (found.case_id, found.agency_id, lindung_user_id(), event_kind,
              event_detail || jsonb_build_object('byAgencyId', lindung_agency_id()));
  end
  $$;
