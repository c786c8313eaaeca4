import type { Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';
import type { Outcomes } from './reintegration.schema.ts';

export interface FollowUpRow {
  id: string;
  sequence: number;
  heldOn: string;
  outcomes: Outcomes;
  /** Encrypted. */
  notes: string | null;
  recordedBy: string;
  createdAt: string;
}

export interface ReintegrationPlanRow {
  id: string;
  agency_id: string;
  repatriation_id: string | null;
  case_id: string | null;
  returned_on: string;
  country: string;
  province: string;
  follow_up_months: number[];
  /** Encrypted JSON array. */
  goals: string;
  status: 'open' | 'closed';
  closed_on: string | null;
  closure_reason: string | null;
  closure_note: string | null;
  created_by: string;
  created_at: Date;
  follow_ups: FollowUpRow[];
}

const select = `
  select p.id, p.agency_id, p.repatriation_id, p.case_id, p.returned_on::text as returned_on,
         btrim(p.country) as country, p.province, p.follow_up_months, p.goals, p.status,
         p.closed_on::text as closed_on, p.closure_reason, p.closure_note, p.created_by, p.created_at,
         coalesce((select json_agg(json_build_object('id', f.id, 'sequence', f.sequence, 'heldOn', f.held_on,
                     'outcomes', f.outcomes, 'notes', f.notes, 'recordedBy', f.recorded_by,
                     'createdAt', f.created_at) order by f.sequence)
                     from reintegration_follow_up f where f.plan_id = p.id), '[]'::json) as follow_ups
    from reintegration_plan p`;

export async function insertReintegrationPlan(
  tx: Tx,
  plan: {
    agencyId: string;
    repatriationId: string | null;
    caseId: string | null;
    returnedOn: string;
    country: string;
    province: string;
    followUpMonths: readonly number[];
    goals: string;
    createdBy: string;
  },
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into reintegration_plan (agency_id, repatriation_id, case_id, returned_on, country, province,
       follow_up_months, goals, created_by)
     values ($1, $2, $3, $4, $5, $6, $7::integer[], $8, $9) returning id`,
    [
      plan.agencyId,
      plan.repatriationId,
      plan.caseId,
      plan.returnedOn,
      plan.country,
      plan.province,
      plan.followUpMonths,
      plan.goals,
      plan.createdBy,
    ],
  );
  if (!row) throw new Error('reintegration plan insert returned no row');
  return row.id;
}

/** Whether the agency already has a plan for this return. */
export async function hasPlanForReturn(tx: Tx, agencyId: string, repatriationId: string): Promise<boolean> {
  const rows = await tx.query(
    'select 1 from reintegration_plan where agency_id = $1 and repatriation_id = $2',
    [agencyId, repatriationId],
  );
  return rows.length > 0;
}

/** The plan, or a 404: also another agency's. */
export async function requireReintegrationPlan(tx: Tx, id: string): Promise<ReintegrationPlanRow> {
  const [row] = await tx.query<ReintegrationPlanRow>(`${select} where p.id = $1`, [id]);
  if (!row) throw new NotFoundError('reintegration_plan');
  return row;
}

/** The agency's plans, newest return first. */
export function listReintegrationPlans(tx: Tx, agencyId: string): Promise<ReintegrationPlanRow[]> {
  return tx.query<ReintegrationPlanRow>(
    `${select} where p.agency_id = $1 order by p.returned_on desc, p.id`,
    [agencyId],
  );
}

export async function insertFollowUp(
  tx: Tx,
  followUp: {
    planId: string;
    agencyId: string;
    sequence: number;
    heldOn: string;
    outcomes: Outcomes;
    notes: string | null;
    recordedBy: string;
  },
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into reintegration_follow_up (plan_id, agency_id, sequence, held_on, outcomes, notes, recorded_by)
     values ($1, $2, $3, $4, $5::jsonb, $6, $7) returning id`,
    [
      followUp.planId,
      followUp.agencyId,
      followUp.sequence,
      followUp.heldOn,
      JSON.stringify(followUp.outcomes),
      followUp.notes,
      followUp.recordedBy,
    ],
  );
  if (!row) throw new Error('follow-up insert returned no row');
  return row.id;
}

export async function closePlan(
  tx: Tx,
  id: string,
  closure: { closedOn: string; reason: string; note: string | null; closedBy: string },
): Promise<void> {
  await tx.query(
    `update reintegration_plan set status = 'closed', closed_on = $2, closure_reason = $3, closure_note = $4,
            closed_by = $5, updated_at = now()
      where id = $1`,
    [id, closure.closedOn, closure.reason, closure.note, closure.closedBy],
  );
}

export interface StatisticsRow {
  country: string;
  province: string;
  reintegrated: number;
  followed_up: number;
  closed: number;
  outcomes: Record<string, Record<string, number>>;
}

/** The provincial report as the database scopes it (see migration 0032). */
export function reintegrationStatistics(tx: Tx, from: string, to: string): Promise<StatisticsRow[]> {
  return tx.query<StatisticsRow>('select * from lindung_reintegration_statistics($1, $2)', [from, to]);
}
