import { auditCommand } from '../../audit/audit.ts';
import type { Tx } from '../../db/db.ts';
import { AppError, type FieldProblem, ValidationError } from '../../shared/errors.ts';
import { type CommandProps, planProblems } from './action-plan.commands.ts';
import { reportGraceDays } from './action-plan.labels.ts';
import { agenciesOfCountry } from './action-plan.repo.ts';
import type { EditPlan, Plan } from './action-plan.schema.ts';

/** 412: the plan was changed since the version the coordinator edited. */
export class ActionPlanChangedError extends AppError {
  constructor() {
    super(
      'action_plan_changed',
      412,
      'The plan was changed by someone else since you read it: read it again before saving.',
    );
  }
}

/** Parts named by id must be this plan's, each under the part it already belongs to. */
function partProblems(plan: Plan, edit: EditPlan): FieldProblem[] {
  const problems: FieldProblem[] = [];
  edit.strategies.forEach((strategy, s) => {
    const current = strategy.id ? plan.strategies.find((c) => c.id === strategy.id) : undefined;
    if (strategy.id && !current)
      problems.push({
        code: 'strategy_not_of_plan',
        field: `strategies.${s}.id`,
        message: 'is not a strategy of this plan',
      });
    strategy.activities.forEach((activity, a) => {
      const at = `strategies.${s}.activities.${a}`;
      const was = activity.id ? current?.activities.find((c) => c.id === activity.id) : undefined;
      if (activity.id && !was)
        problems.push({
          code: 'activity_not_of_strategy',
          field: `${at}.id`,
          message: 'is not an activity of this strategy',
        });
      activity.indicators.forEach((indicator, n) => {
        if (indicator.id && !was?.indicators.some((c) => c.id === indicator.id))
          problems.push({
            code: 'indicator_not_of_activity',
            field: `${at}.indicators.${n}.id`,
            message: 'is not an indicator of this activity',
          });
      });
    });
  });
  return problems;
}

/** The next free position among a parent's parts. */
async function nextPosition(tx: Tx, table: string, parent: string, id: string): Promise<number> {
  const [row] = await tx.query<{ n: number }>(
    `select coalesce(max(position) + 1, 0)::int as n from ${table} where ${parent} = $1`,
    [id],
  );
  return row?.n ?? 0;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Edits a plan on the version the coordinator read: its title, and its strategies, activities and
 * indicators — a part with an id is changed, one without is added; parts left out stay as they are
 * (progress reports refer to them, so they are not removed here). Targets keep to the plan's years
 * and agencies to its country, as at creation. Added activities get their yearly report deadlines;
 * an activity given to another agency takes its open deadlines along. Raises the version.
 */
export async function editPlan(
  props: CommandProps & { plan: Plan; version: number; edit: EditPlan },
): Promise<void> {
  const { tx, plan, version, edit } = props;
  const agencies = await agenciesOfCountry(tx, plan.country);
  const problems = [
    ...planProblems({ ...edit, startYear: plan.startYear, endYear: plan.endYear }, agencies),
    ...partProblems(plan, edit),
  ];
  if (problems.length > 0) throw new ValidationError(problems);
  const [raised] = await tx.query<{ version: number }>(
    `update action_plan set title = $2, version = version + 1, updated_at = now()
      where id = $1 and version = $3 returning version`,
    [plan.id, edit.title, version],
  );
  if (!raised) throw new ActionPlanChangedError();
  const changed = { strategies: 0, activities: 0, indicators: 0, added: 0, reassigned: 0 };
  for (const strategy of edit.strategies) {
    const current = plan.strategies.find((c) => c.id === strategy.id);
    let strategyId = current?.id;
    if (!strategyId) {
      const [row] = await tx.query<{ id: string }>(
        'insert into action_plan_strategy (plan_id, pillar, position, title) values ($1, $2, $3, $4) returning id',
        [
          plan.id,
          strategy.pillar,
          await nextPosition(tx, 'action_plan_strategy', 'plan_id', plan.id),
          strategy.title,
        ],
      );
      strategyId = row?.id as string;
      changed.added += 1;
    } else if (current && current.title !== strategy.title) {
      await tx.query('update action_plan_strategy set title = $2 where id = $1', [
        strategyId,
        strategy.title,
      ]);
      changed.strategies += 1;
    }
    for (const activity of strategy.activities) {
      const was = current?.activities.find((c) => c.id === activity.id);
      const supporting = [...new Set(activity.supportingAgencyIds)];
      let activityId = was?.id;
      if (!activityId) {
        const [row] = await tx.query<{ id: string }>(
          `insert into action_plan_activity (plan_id, strategy_id, position, title, responsible_agency_id,
                                             supporting_agency_ids)
           values ($1, $2, $3, $4, $5, $6::uuid[]) returning id`,
          [
            plan.id,
            strategyId,
            await nextPosition(tx, 'action_plan_activity', 'strategy_id', strategyId),
            activity.title,
            activity.responsibleAgencyId,
            supporting,
          ],
        );
        activityId = row?.id as string;
        changed.added += 1;
      } else if (
        was &&
        (was.title !== activity.title ||
          was.responsibleAgencyId !== activity.responsibleAgencyId ||
          !same(was.supportingAgencyIds, supporting))
      ) {
        await tx.query(
          `update action_plan_activity set title = $2, responsible_agency_id = $3, supporting_agency_ids = $4::uuid[]
            where id = $1`,
          [activityId, activity.title, activity.responsibleAgencyId, supporting],
        );
        changed.activities += 1;
        if (was.responsibleAgencyId !== activity.responsibleAgencyId) changed.reassigned += 1;
      }
      for (const indicator of activity.indicators) {
        const had = was?.indicators.find((c) => c.id === indicator.id);
        if (!had) {
          await tx.query(
            `insert into action_plan_indicator (plan_id, activity_id, position, name, unit, baseline, targets)
             values ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
            [
              plan.id,
              activityId,
              await nextPosition(tx, 'action_plan_indicator', 'activity_id', activityId),
              indicator.name,
              indicator.unit,
              indicator.baseline,
              JSON.stringify(indicator.targets),
            ],
          );
          changed.added += 1;
        } else if (
          had.name !== indicator.name ||
          had.unit !== indicator.unit ||
          had.baseline !== indicator.baseline ||
          !same(had.targets, indicator.targets)
        ) {
          await tx.query(
            'update action_plan_indicator set name = $2, unit = $3, baseline = $4, targets = $5::jsonb where id = $1',
            [had.id, indicator.name, indicator.unit, indicator.baseline, JSON.stringify(indicator.targets)],
          );
          changed.indicators += 1;
        }
      }
    }
  }
  const [registered] = await tx.query<{ n: number }>(
    'select lindung_register_action_plan_deadlines($1, $2) as n',
    [plan.id, reportGraceDays],
  );
  const [moved] = changed.reassigned
    ? await tx.query<{ n: number }>('select lindung_move_action_plan_deadlines($1, $2) as n', [
        plan.id,
        reportGraceDays,
      ])
    : [];
  await auditCommand(
    props,
    'action_plan.edit',
    { type: 'action_plan', id: plan.id },
    { version: raised.version, ...changed, deadlines: registered?.n ?? 0, deadlinesMoved: moved?.n ?? 0 },
  );
}
