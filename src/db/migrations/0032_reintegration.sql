-- Reintegration: an agency's plan for a person back home (often the agency that received them),
-- with follow-ups at set intervals after the return, each scoring how the person is doing, and a
-- closure with its reason. Plans and follow-ups are agency-only; the provincial report below
-- gives counts, never persons.
create table reintegration_plan (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  -- The return it follows (the agency sent or received it), or a case of the agency's own.
  repatriation_id uuid references repatriation (id),
  case_id uuid references case_file (id) on delete cascade,
  returned_on date not null,
  country char(2) not null check (country ~ '^[A-Z]{2}$'),
  province text not null check (length(btrim(province)) between 1 and 100),
  follow_up_months integer[] not null check (
    cardinality(follow_up_months) between 1 and 24 and 0 < all (follow_up_months) and 120 >= all (follow_up_months)
  ),
  -- Encrypted by the application: the goals, as one JSON array of text.
  goals text not null,
  status text not null default 'open' check (status in ('open', 'closed')),
  closed_on date,
  closure_reason text check (closure_reason in ('goals_met', 'lost_contact', 'declined', 're_trafficked',
    'moved_away', 'transferred', 'deceased', 'other')),
  -- Encrypted by the application.
  closure_note text,
  closed_by uuid references app_user (id),
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint reintegration_plan_follows check (repatriation_id is not null or case_id is not null),
  constraint reintegration_plan_closure check (
    (status = 'open' and closed_on is null and closure_reason is null and closed_by is null)
    or (status = 'closed' and closed_on >= returned_on and closure_reason is not null and closed_by is not null)
  )
);
create unique index reintegration_plan_per_return on reintegration_plan (agency_id, repatriation_id);
create index reintegration_plan_agency on reintegration_plan (agency_id, returned_on desc);
create index reintegration_plan_country on reintegration_plan (country, returned_on);

create table reintegration_follow_up (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references reintegration_plan (id) on delete cascade,
  agency_id uuid not null references agency (id),
  -- The nth follow-up of the plan: matched to the nth interval of its schedule.
  sequence integer not null check (sequence >= 1),
  held_on date not null,
  -- Every outcome measure, each with one of its codes, and nothing else.
  outcomes jsonb not null check (
    jsonb_typeof(outcomes) = 'object'
    and outcomes ?& array['safety', 'housing', 'income', 'health', 'family', 'legal_status', 're_trafficking_risk']
    and outcomes - array['safety', 'housing', 'income', 'health', 'family', 'legal_status', 're_trafficking_risk'] = '{}'::jsonb
    and not jsonb_path_exists(outcomes - 're_trafficking_risk',
      '$.* ? (@.type() != "string" || !(@ == "good" || @ == "fair" || @ == "poor" || @ == "not_assessed"))')
    and outcomes ->> 're_trafficking_risk' in ('low', 'medium', 'high', 'not_assessed')
  ),
  -- Encrypted by the application.
  notes text,
  recorded_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  constraint reintegration_follow_up_sequence unique (plan_id, sequence)
);
create index reintegration_follow_up_plan on reintegration_follow_up (plan_id, sequence desc);

-- A plan is closed once and then stays as it is.
create function reintegration_plan_check_change() returns trigger
  language plpgsql
  as $$
  begin
    -- Without a change of status, only a key rotation (run as the owner) rewrites the row.
    if new.status = old.status then
      if current_user = 'lindung_app' then
        raise exception 'a reintegration plan changes only by being closed' using errcode = 'insufficient_privilege';
      end if;
      return new;
    end if;
    if not (old.status = 'open' and new.status = 'closed') then
      raise exception 'a % reintegration plan cannot become %', old.status, new.status
        using errcode = 'check_violation';
    end if;
    return new;
  end
  $$;
create trigger reintegration_plan_check_change before update on reintegration_plan
  for each row execute function reintegration_plan_check_change();

alter table reintegration_plan enable row level security;
alter table reintegration_follow_up enable row level security;
grant select, insert on reintegration_plan, reintegration_follow_up to lindung_app;
grant update (status, closed_on, closure_reason, closure_note, closed_by, updated_at) on reintegration_plan
  to lindung_app;

create policy reintegration_plan_own on reintegration_plan for all to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('case:read')))
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('case:write'))
    and (repatriation_id is null
         or exists (select 1 from repatriation r where r.id = reintegration_plan.repatriation_id
                     and r.status = 'handed_over' and r.handed_over_on = reintegration_plan.returned_on))
    and (case_id is null
         or exists (select 1 from case_file c where c.id = reintegration_plan.case_id and c.status <> 'closed')));
-- A follow-up is added by its recorder to an open plan of the agency, never dated before the return.
create policy reintegration_follow_up_own on reintegration_follow_up for all to lindung_app
  using (agency_id = (select lindung_agency_id()) and (select lindung_can('case:read')))
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('case:write'))
    and recorded_by = (select lindung_user_id())
    and exists (select 1 from reintegration_plan p where p.id = reintegration_follow_up.plan_id
                 and p.status = 'open' and p.returned_on <= reintegration_follow_up.held_on));

-- The provincial report (seed 003: how many victims were reintegrated, and how they are doing):
-- plans whose return falls in the period, by country and province, with the distribution of each
-- outcome measure at each plan's latest follow-up up to the period's end. Counts only. An agency
-- gets its own plans (case:read); statistics:read gets every plan in its agency's country.
create function lindung_reintegration_statistics(period_from date, period_to date)
  returns table (country text, province text, reintegrated integer, followed_up integer, closed integer,
                 outcomes jsonb)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    with scope as (
      select p.*
        from reintegration_plan p
       where p.returned_on between period_from and period_to
         and ((p.agency_id = lindung_agency_id() and lindung_can('case:read'))
              or (lindung_can('statistics:read')
                  and p.country = (select a.country from agency a where a.id = lindung_agency_id())))
    ),
    latest as (
      select distinct on (f.plan_id) f.plan_id, f.outcomes
        from reintegration_follow_up f join scope s on s.id = f.plan_id
       where f.held_on <= period_to
       order by f.plan_id, f.sequence desc
    ),
    counted as (
      select s.country, s.province, o.key as measure, o.value as code, count(*)::integer as persons
        from scope s join latest l on l.plan_id = s.id, jsonb_each_text(l.outcomes) o
       group by 1, 2, 3, 4
    )
    select btrim(s.country), s.province, count(*)::integer,
           count(l.plan_id)::integer,
           count(*) filter (where s.status = 'closed' and s.closed_on <= period_to)::integer,
           coalesce((select jsonb_object_agg(m.measure, m.codes)
                       from (select c.measure, jsonb_object_agg(c.code, c.persons) as codes
                               from counted c where c.country = s.country and c.province = s.province
                              group by c.measure) m), '{}'::jsonb)
      from scope s left join latest l on l.plan_id = s.id
     group by s.country, s.province
     order by 1, 2
  $$;
