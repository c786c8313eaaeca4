import type { Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';
import type { CareServiceType } from './care-plan.schema.ts';

export interface PlannedServiceRow {
  id: string;
  type: CareServiceType;
  responsibleAgencyId: string;
  startsOn: string | null;
  endsOn: string | null;
  status: 'planned' | 'active' | 'done' | 'cancelled';
}

export interface CarePlanRow {
  id: string;
  case_id: string;
  version: number;
  is_current: boolean;
  planned_on: string;
  review_on: string;
  /** Encrypted JSON array of the goals. */
  goals: string;
  services: PlannedServiceRow[];
  approved_by: string | null;
  approved_at: Date | null;
  created_by: string;
  created_at: Date;
}

const planSelect = `
  select p.id, p.case_id, p.version, p.planned_on, p.review_on, p.goals, p.approved_by, p.approved_at,
         p.created_by, p.created_at,
         p.version = (select max(l.version) from care_plan l where l.case_id = p.case_id) as is_current,
         coalesce((select json_agg(json_build_object('id', s.planned_service_id, 'type', s.type,
                     'responsibleAgencyId', s.responsible_agency_id, 'startsOn', s.starts_on,
                     'endsOn', s.ends_on, 'status', s.status) order by s.position)
                     from care_plan_service s where s.care_plan_id = p.id), '[]'::json) as services
    from care_plan p`;

/** The case's highest version number, 0 before its first plan. */
export async function latestPlanVersion(tx: Tx, caseId: string): Promise<number> {
  const [row] = await tx.query<{ version: number }>(
    'select coalesce(max(version), 0)::int as version from care_plan where case_id = $1',
    [caseId],
  );
  return row?.version ?? 0;
}

export async function insertCarePlan(
  tx: Tx,
  plan: {
    caseId: string;
    agencyId: string;
    version: number;
    plannedOn: string;
    reviewOn: string;
    goals: string;
    createdBy: string;
  },
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into care_plan (case_id, agency_id, version, planned_on, review_on, goals, created_by)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [plan.caseId, plan.agencyId, plan.version, plan.plannedOn, plan.reviewOn, plan.goals, plan.createdBy],
  );
  if (!row) throw new Error('care plan insert returned no row');
  return row.id;
}

/** Gives new planned services their lasting identity. */
export async function insertPlannedServices(
  tx: Tx,
  caseId: string,
  agencyId: string,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  await tx.query('insert into planned_service (id, case_id, agency_id) select unnest($1::uuid[]), $2, $3', [
    ids,
    caseId,
    agencyId,
  ]);
}

/** Sets out the planned services of one version of a plan, in the order given. */
export async function insertPlanServices(
  tx: Tx,
  plan: { id: string; caseId: string; agencyId: string },
  services: readonly PlannedServiceRow[],
): Promise<void> {
  if (services.length === 0) return;
  await tx.query(
    `insert into care_plan_service (care_plan_id, planned_service_id, case_id, agency_id, position, type,
                                    responsible_agency_id, starts_on, ends_on, status)
     select $1, s.id, $2, $3, s.position, s.type, s.agency, s.starts_on, s.ends_on, s.status
       from jsonb_to_recordset($4::jsonb)
         as s(id uuid, position smallint, type text, agency uuid, starts_on date, ends_on date, status text)`,
    [
      plan.id,
      plan.caseId,
      plan.agencyId,
      JSON.stringify(
        services.map((service, position) => ({
          id: service.id,
          position,
          type: service.type,
          agency: service.responsibleAgencyId,
          starts_on: service.startsOn,
          ends_on: service.endsOn,
          status: service.status,
        })),
      ),
    ],
  );
}

/** Of the given ids, those that are planned services of the case (in any version of its plan). */
export async function knownPlannedServices(
  tx: Tx,
  caseId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.query<{ id: string }>(
    'select id from planned_service where case_id = $1 and id = any($2::uuid[])',
    [caseId, ids],
  );
  return new Set(rows.map((row) => row.id));
}

/** A planned service of the case as its latest version of the plan sets it out. */
export async function findPlannedService(
  tx: Tx,
  caseId: string,
  id: string,
): Promise<{ type: CareServiceType } | undefined> {
  const [row] = await tx.query<{ type: CareServiceType }>(
    `select s.type from care_plan_service s join care_plan p on p.id = s.care_plan_id
      where s.case_id = $1 and s.planned_service_id = $2 order by p.version desc limit 1`,
    [caseId, id],
  );
  return row;
}

export async function requireCarePlanVersion(tx: Tx, id: string): Promise<CarePlanRow> {
  const [row] = await tx.query<CarePlanRow>(`${planSelect} where p.id = $1`, [id]);
  if (!row) throw new NotFoundError('care_plan');
  return row;
}

/** The plan in force: the case's highest version. */
export async function findCurrentCarePlan(tx: Tx, caseId: string): Promise<CarePlanRow | undefined> {
  const [row] = await tx.query<CarePlanRow>(
    `${planSelect} where p.case_id = $1 order by p.version desc limit 1`,
    [caseId],
  );
  return row;
}

/** Every version of the case's plan, newest first. */
export function listCarePlanVersions(tx: Tx, caseId: string): Promise<CarePlanRow[]> {
  return tx.query<CarePlanRow>(`${planSelect} where p.case_id = $1 order by p.version desc`, [caseId]);
}
