-- Evidence attached to a progress report of the national action plan (a training register, a
-- photo of an event, a signed letter). The file is kept encrypted in the attachments folder in the
-- attachments module's format; the row holds what is needed to find, check and describe it.
-- Added by the reporting agency while the report is a draft or returned; never changed.
create table action_plan_report_evidence (
  id uuid primary key default gen_random_uuid(),
  report_id uuid not null references action_plan_report (id) on delete cascade,
  agency_id uuid not null references agency (id),
  -- The name the file was uploaded under, encrypted (file names may name people).
  file_name text not null,
  -- The type found from the file's content, not the type the uploader claimed.
  media_type text not null,
  size_bytes integer not null check (size_bytes > 0),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  uploaded_by uuid not null references app_user (id),
  created_at timestamptz not null default now()
);
create index action_plan_report_evidence_report on action_plan_report_evidence (report_id, created_at);

alter table action_plan_report_evidence enable row level security;
grant select, insert on action_plan_report_evidence to lindung_app;
-- Read by whoever may read the report: the report's own policy (its agency; the coordinating agency
-- once submitted) decides, applied inside the subquery.
create policy action_plan_report_evidence_read on action_plan_report_evidence for select to lindung_app
  using (exists (select 1 from action_plan_report r where r.id = report_id));
-- Added by the report's agency (coordination:report) while the report is a draft or returned.
create policy action_plan_report_evidence_add on action_plan_report_evidence for insert to lindung_app
  with check (agency_id = (select lindung_agency_id()) and (select lindung_can('coordination:report'))
    and uploaded_by = (select lindung_user_id())
    and exists (select 1 from action_plan_report r
                 where r.id = report_id and r.agency_id = action_plan_report_evidence.agency_id
                   and r.state in ('draft', 'returned')));
