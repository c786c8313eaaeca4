import { auditCommand } from '../../audit/audit.ts';
import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import {
  ConflictError,
  type FieldProblem,
  RuleViolationError,
  ValidationError,
} from '../../shared/errors.ts';
import { findAgency } from '../agencies/index.ts';
import { closeDeadline } from '../deadlines/index.ts';
import { reportGraceDays } from './action-plan.labels.ts';
import { agenciesOfCountry, findReportOf, type ReportRow, requireReport } from './action-plan.repo.ts';
import type { CreatePlan, CreateReport, Plan, ReviewReport, SubmitReport } from './action-plan.schema.ts';

export interface CommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly requestId: string;
}

export async function countryOf(tx: Tx, agencyId: string): Promise<string> {
  return (await findAgency(tx, agencyId))?.country.trim() ?? '';
}

/** What is wrong with a plan before anything is written: years, targets, agencies. */
export function planProblems(
  plan: Pick<CreatePlan, 'startYear' | 'endYear' | 'strategies'>,
  agencies: Map<string, string>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (plan.endYear < plan.startYear)
    problems.push({ code: 'ends_before_start', field: 'endYear', message: 'is before the start year' });
  else if (plan.endYear - plan.startYear >= 20)
    problems.push({ code: 'period_too_long', field: 'endYear', message: 'makes a plan of over 20 years' });
  plan.strategies.forEach((strategy, s) => {
    strategy.activities.forEach((activity, a) => {
      const at = `strategies.${s}.activities.${a}`;
      if (!agencies.has(activity.responsibleAgencyId)) {
        problems.push({
          code: 'agency_not_of_country',
          field: `${at}.responsibleAgencyId`,
          message: "is not an agency of the plan's country",
        });
      }
      activity.supportingAgencyIds.forEach((id, i) => {
        if (!agencies.has(id)) {
          problems.push({
            code: 'agency_not_of_country',
            field: `${at}.supportingAgencyIds.${i}`,
            message: "is not an agency of the plan's country",
          });
        }
      });
      activity.indicators.forEach((indicator, n) => {
        for (const year of Object.keys(indicator.targets)) {
          if (Number(year) < plan.startYear || Number(year) > plan.endYear) {
            problems.push({
              code: 'outside_plan_years',
              field: `${at}.indicators.${n}.targets.${year}`,
              message: `is outside the plan's years (${plan.startYear}–${plan.endYear})`,
            });
          }
        }
      });
    });
  });
  return problems;
}

/**
 * Creates a plan of the actor's agency (the coordinating agency) and country with its strategies,
 * activities and indicators in one transaction, and registers each activity's yearly report as a
 * deadline of its responsible agency (due `reportGraceDays` after the year ends).
 */
export async function createPlan(props: CommandProps & { plan: CreatePlan }): Promise<string> {
  const { tx, actor, plan } = props;
  const country = await countryOf(tx, actor.agencyId);
  const problems = planProblems(plan, await agenciesOfCountry(tx, country));
  if (problems.length > 0) throw new ValidationError(problems);
  const [row] = await tx.query<{ id: string }>(
    `insert into action_plan (agency_id, country, title, start_year, end_year, created_by)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [actor.agencyId, country, plan.title, plan.startYear, plan.endYear, actor.userId],
  );
  const planId = row?.id as string;
  for (const [s, strategy] of plan.strategies.entries()) {
    const [srow] = await tx.query<{ id: string }>(
      'insert into action_plan_strategy (plan_id, pillar, position, title) values ($1, $2, $3, $4) returning id',
      [planId, strategy.pillar, s, strategy.title],
    );
    for (const [a, activity] of strategy.activities.entries()) {
      const [arow] = await tx.query<{ id: string }>(
        `insert into action_plan_activity (plan_id, strategy_id, position, title, responsible_agency_id,
                                           supporting_agency_ids)
         values ($1, $2, $3, $4, $5, $6::uuid[]) returning id`,
        [
          planId,
          srow?.id,
          a,
          activity.title,
          activity.responsibleAgencyId,
          [...new Set(activity.supportingAgencyIds)],
        ],
      );
      for (const [n, indicator] of activity.indicators.entries()) {
        await tx.query(
          `insert into action_plan_indicator (plan_id, activity_id, position, name, unit, baseline, targets)
           values ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
          [
            planId,
            arow?.id,
            n,
            indicator.name,
            indicator.unit,
            indicator.baseline,
            JSON.stringify(indicator.targets),
          ],
        );
      }
    }
  }
  const [registered] = await tx.query<{ n: number }>(
    'select lindung_register_action_plan_deadlines($1, $2) as n',
    [planId, reportGraceDays],
  );
  await auditCommand(
    props,
    'action_plan.create',
    { type: 'action_plan', id: planId },
    {
      years: [plan.startYear, plan.endYear],
      strategies: plan.strategies.length,
      activities: plan.strategies.reduce((sum, s) => sum + s.activities.length, 0),
      deadlines: registered?.n ?? 0,
    },
  );
  return planId;
}

type Activity = Plan['strategies'][number]['activities'][number];

export function findActivity(plan: Plan, activityId: string): Activity | undefined {
  return plan.strategies.flatMap((s) => s.activities).find((a) => a.id === activityId);
}

function valueProblems(
  activity: Activity,
  values: readonly { indicatorId: string }[] | undefined,
  field = 'indicatorValues',
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  values?.forEach((value, i) => {
    if (!activity.indicators.some((indicator) => indicator.id === value.indicatorId)) {
      problems.push({
        code: 'indicator_not_of_activity',
        field: `${field}.${i}.indicatorId`,
        message: 'is not an indicator of this activity',
      });
    } else if (seen.has(value.indicatorId)) {
      problems.push({ code: 'given_twice', field: `${field}.${i}.indicatorId`, message: 'is given twice' });
    }
    seen.add(value.indicatorId);
  });
  return problems;
}

/** The deadline a report of an activity's year closes. */
async function closeReportDeadline(tx: Tx, activityId: string, year: number) {
  const [row] = await tx.query<{ id: string }>('select lindung_action_plan_period_source($1, $2) as id', [
    activityId,
    year,
  ]);
  if (row) await closeDeadline({ tx, source: { kind: 'action_plan_report', id: row.id }, status: 'done' });
}

/** A progress report on an activity for a year of the plan, by its responsible agency. */
export async function createReport(
  props: CommandProps & { plan: Plan; activity: Activity; report: CreateReport },
): Promise<ReportRow> {
  const { tx, actor, plan, activity, report } = props;
  const problems: FieldProblem[] = [];
  if (report.year < plan.startYear || report.year > plan.endYear) {
    problems.push({
      code: 'outside_plan_years',
      field: 'year',
      message: `is outside the plan's years (${plan.startYear}–${plan.endYear})`,
    });
  }
  problems.push(...valueProblems(activity, report.indicatorValues));
  if (problems.length > 0) throw new ValidationError(problems);
  if (await findReportOf(tx, activity.id, report.year)) {
    throw new ConflictError('report_exists', 'This activity already has a report for this year.', [
      { code: 'report_exists', field: 'year', message: 'already has a report' },
    ]);
  }
  const [row] = await tx.query<{ id: string }>(
    `insert into action_plan_report (plan_id, activity_id, agency_id, year, status, narrative, indicator_values,
                                     created_by)
     values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8) returning id`,
    [
      plan.id,
      activity.id,
      actor.agencyId,
      report.year,
      report.status,
      report.narrative,
      JSON.stringify(report.indicatorValues),
      actor.userId,
    ],
  );
  const id = row?.id as string;
  await auditCommand(
    props,
    'action_plan_report.create',
    { type: 'action_plan_report', id },
    {
      planId: plan.id,
      activityId: activity.id,
      year: report.year,
      status: report.status,
    },
  );
  if (report.submit) return submitReport({ ...props, report: await requireReport(tx, id), changes: {} });
  return requireReport(tx, id);
}

/** Submits a draft (or a returned report), with any last changes; closes the year's deadline. */
export async function submitReport(
  props: CommandProps & { activity: Activity; report: ReportRow; changes: SubmitReport },
): Promise<ReportRow> {
  const { tx, actor, activity, report, changes } = props;
  if (report.state !== 'draft' && report.state !== 'returned') {
    throw new RuleViolationError(
      'report_not_editable',
      `The report is ${report.state} and cannot be submitted again.`,
    );
  }
  const problems = valueProblems(activity, changes.indicatorValues);
  if (problems.length > 0) throw new ValidationError(problems);
  await tx.query(
    `update action_plan_report
        set status = coalesce($2, status), narrative = coalesce($3, narrative),
            indicator_values = coalesce($4::jsonb, indicator_values), state = 'submitted',
            submitted_by = $5, submitted_at = now(), updated_at = now()
      where id = $1`,
    [
      report.id,
      changes.status ?? null,
      changes.narrative ?? null,
      changes.indicatorValues ? JSON.stringify(changes.indicatorValues) : null,
      actor.userId,
    ],
  );
  await closeReportDeadline(tx, report.activity_id, report.year);
  await auditCommand(
    props,
    'action_plan_report.submit',
    { type: 'action_plan_report', id: report.id },
    {
      resubmitted: report.state === 'returned',
    },
  );
  return requireReport(tx, report.id);
}

/** The coordinator accepts a submitted report, or returns it with a comment. */
export async function reviewReport(
  props: CommandProps & { report: ReportRow; review: ReviewReport },
): Promise<ReportRow> {
  const { tx, actor, report, review } = props;
  if (review.decision === 'return' && !review.comment) {
    throw new ValidationError([
      { code: 'comment_required', field: 'comment', message: 'is required to return a report' },
    ]);
  }
  if (report.state !== 'submitted') {
    throw new RuleViolationError(
      'report_not_submitted',
      `The report is ${report.state}, not awaiting review.`,
    );
  }
  await tx.query(
    `update action_plan_report
        set state = $2, reviewed_by = $3, reviewed_at = now(), review_comment = $4, updated_at = now()
      where id = $1`,
    [report.id, review.decision === 'accept' ? 'accepted' : 'returned', actor.userId, review.comment ?? null],
  );
  await auditCommand(props, `action_plan_report.${review.decision}`, {
    type: 'action_plan_report',
    id: report.id,
  });
  return requireReport(tx, report.id);
}
