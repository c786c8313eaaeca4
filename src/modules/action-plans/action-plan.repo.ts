import type { Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';
import type { Plan } from './action-plan.schema.ts';

export interface PlanRow {
  id: string;
  agency_id: string;
  country: string;
  title: string;
  start_year: number;
  end_year: number;
  version: number;
}

export interface ReportRow {
  id: string;
  plan_id: string;
  activity_id: string;
  agency_id: string;
  year: number;
  status: string;
  narrative: string;
  indicator_values: { indicatorId: string; value: number }[];
  state: 'draft' | 'submitted' | 'accepted' | 'returned';
  submitted_at: Date | null;
  reviewed_at: Date | null;
  review_comment: string | null;
}

export async function listPlans(tx: Tx): Promise<PlanRow[]> {
  return tx.query<PlanRow>(
    `select id, agency_id, country, title, start_year, end_year, version from action_plan
      order by start_year desc, title, id`,
  );
}

/** A plan with its strategies, activities and indicators, in their order. */
export async function requirePlan(tx: Tx, id: string): Promise<Plan> {
  const [plan] = await tx.query<PlanRow>(
    'select id, agency_id, country, title, start_year, end_year, version from action_plan where id = $1',
    [id],
  );
  if (!plan) throw new NotFoundError('action_plan');
  const strategies = await tx.query<{
    id: string;
    pillar: Plan['strategies'][number]['pillar'];
    title: string;
  }>('select id, pillar, title from action_plan_strategy where plan_id = $1 order by position', [id]);
  const activities = await tx.query<{
    id: string;
    strategy_id: string;
    title: string;
    responsible_agency_id: string;
    supporting_agency_ids: string[];
  }>(
    `select id, strategy_id, title, responsible_agency_id, supporting_agency_ids
       from action_plan_activity where plan_id = $1 order by position`,
    [id],
  );
  const indicators = await tx.query<{
    id: string;
    activity_id: string;
    name: string;
    unit: string;
    baseline: number | null;
    targets: Record<string, number>;
  }>(
    `select id, activity_id, name, unit, baseline::float8 as baseline, targets
       from action_plan_indicator where plan_id = $1 order by position`,
    [id],
  );
  return {
    id: plan.id,
    agencyId: plan.agency_id,
    country: plan.country.trim(),
    title: plan.title,
    startYear: plan.start_year,
    endYear: plan.end_year,
    version: plan.version,
    strategies: strategies.map((s) => ({
      id: s.id,
      pillar: s.pillar,
      title: s.title,
      activities: activities
        .filter((a) => a.strategy_id === s.id)
        .map((a) => ({
          id: a.id,
          title: a.title,
          responsibleAgencyId: a.responsible_agency_id,
          supportingAgencyIds: a.supporting_agency_ids,
          indicators: indicators
            .filter((i) => i.activity_id === a.id)
            .map((i) => ({
              id: i.id,
              name: i.name,
              unit: i.unit,
              baseline: i.baseline === null ? null : Number(i.baseline),
              targets: i.targets,
            })),
        })),
    })),
  };
}

const reportColumns = `id, plan_id, activity_id, agency_id, year, status, narrative, indicator_values, state,
  submitted_at, reviewed_at, review_comment`;

export async function listReports(tx: Tx, planId: string): Promise<ReportRow[]> {
  return tx.query<ReportRow>(
    `select ${reportColumns} from action_plan_report where plan_id = $1 order by year, created_at, id`,
    [planId],
  );
}

export async function requireReport(tx: Tx, id: string): Promise<ReportRow> {
  const [row] = await tx.query<ReportRow>(`select ${reportColumns} from action_plan_report where id = $1`, [
    id,
  ]);
  if (!row) throw new NotFoundError('action_plan_report');
  return row;
}

export async function findReportOf(tx: Tx, activityId: string, year: number): Promise<string | undefined> {
  const [row] = await tx.query<{ id: string }>(
    'select id from action_plan_report where activity_id = $1 and year = $2',
    [activityId, year],
  );
  return row?.id;
}

/** The agencies of a country by id, for checking and naming. */
export async function agenciesOfCountry(tx: Tx, country: string): Promise<Map<string, string>> {
  const rows = await tx.query<{ id: string; name: string }>(
    'select id, name from agency where country = $1',
    [country],
  );
  return new Map(rows.map((row) => [row.id, row.name]));
}
