import { createHash } from 'node:crypto';
import type { Tx } from '../../db/db.ts';
import { closeDeadline, registerDeadline } from '../deadlines/index.ts';
import { followUpSchedule } from './follow-up-schedule.ts';
import type { ReintegrationPlanRow } from './reintegration.repo.ts';

/**
 * The deadline engine's source id of the nth scheduled follow-up of a plan. A follow-up is
 * scheduled before it is recorded, so it has no row of its own: the id is derived from the plan
 * and the place in its schedule (a name-based UUID, version 5 layout over SHA-1), the same every
 * time, so registering again moves the same deadline and closing finds it.
 */
export function followUpDeadlineId(planId: string, sequence: number): string {
  const hash = createHash('sha1').update(`reintegration_follow_up:${planId}:${sequence}`).digest();
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const source = (planId: string, sequence: number) =>
  ({ kind: 'reintegration_follow_up', id: followUpDeadlineId(planId, sequence) }) as const;

/**
 * Each scheduled follow-up of a new plan becomes a deadline of the plan's agency, owed by the
 * plan's creator, on the case when the case is the agency's own (a receiving agency's plan
 * follows the sender's case, which it may not see, so its deadlines name no case).
 */
export async function registerFollowUpDeadlines(
  tx: Tx,
  plan: Pick<ReintegrationPlanRow, 'id' | 'agency_id' | 'returned_on' | 'follow_up_months' | 'created_by'>,
  ownCaseId: string | null,
): Promise<void> {
  for (const scheduled of followUpSchedule(plan.returned_on, plan.follow_up_months)) {
    await registerDeadline({
      tx,
      source: source(plan.id, scheduled.sequence),
      agencyId: plan.agency_id,
      caseId: ownCaseId,
      ownerUserId: plan.created_by,
      due: { on: scheduled.dueOn },
    });
  }
}

/** The nth follow-up was recorded: its deadline is met. */
export async function followUpDeadlineMet(tx: Tx, planId: string, sequence: number): Promise<void> {
  await closeDeadline({ tx, source: source(planId, sequence), status: 'done' });
}

/** The plan closed: the follow-ups still open are no longer owed. */
export async function cancelFollowUpDeadlines(
  tx: Tx,
  plan: Pick<ReintegrationPlanRow, 'id' | 'follow_up_months'>,
): Promise<void> {
  for (let sequence = 1; sequence <= plan.follow_up_months.length; sequence++) {
    await closeDeadline({ tx, source: source(plan.id, sequence), status: 'cancelled' });
  }
}
