import type { Tx } from '../../db/db.ts';
import { type Actor, allows } from '../../policy/policy.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { countryOf } from './action-plan.commands.ts';
import { actionPlanPolicy } from './action-plan.policy.ts';
import { type ReportRow, requirePlan, requireReport } from './action-plan.repo.ts';

/** A plan of the actor's country; another country's is not found (the database says the same). */
export async function planOfCountry(tx: Tx, actor: Actor, id: string) {
  const plan = await requirePlan(tx, id);
  if (!actor.skipPolicyChecks && plan.country !== (await countryOf(tx, actor.agencyId))) {
    throw new NotFoundError('action_plan');
  }
  return plan;
}

/**
 * A report the actor may read: their agency's own (drafts too), or a submitted one of a plan their
 * agency coordinates. Any other is not found, as the database's policies would answer.
 */
export async function readableReport(tx: Tx, actor: Actor, id: string): Promise<ReportRow> {
  const report = await requireReport(tx, id);
  const plan = await planOfCountry(tx, actor, report.plan_id);
  const mine = report.agency_id === actor.agencyId;
  if (
    !actor.skipPolicyChecks &&
    !mine &&
    !(report.state !== 'draft' && allows(actor, actionPlanPolicy, 'coordinate', plan))
  ) {
    throw new NotFoundError('action_plan_report');
  }
  return report;
}
