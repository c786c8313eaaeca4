import { recordAudit, recordRead } from '../../audit/audit.ts';
import { encryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Tx } from '../../db/db.ts';
import { type PackCode, packForCountry } from '../../jurisdictions/index.ts';
import type { Actor } from '../../policy/policy.ts';
import {
  ConflictError,
  caseClosed,
  dateInFuture,
  type FieldProblem,
  ValidationError,
} from '../../shared/errors.ts';
import { agencyToday, findAgency } from '../agencies/index.ts';
import { type CaseEventKind, findCase, recordCaseEvent } from '../cases/index.ts';
import { findRepatriation, type RepatriationRow, recordReturnEvent } from '../repatriation/index.ts';
import {
  cancelFollowUpDeadlines,
  followUpDeadlineMet,
  registerFollowUpDeadlines,
} from './follow-up-deadlines.ts';
import { intervalProblems } from './follow-up-schedule.ts';
import { reintegrationFields } from './reintegration.fields.ts';
import {
  closePlan,
  hasPlanForReturn,
  insertFollowUp,
  insertReintegrationPlan,
  listReintegrationPlans,
  type ReintegrationPlanRow,
  requireReintegrationPlan,
} from './reintegration.repo.ts';
import type {
  CloseReintegrationPlan,
  CreateReintegrationPlan,
  RecordFollowUp,
} from './reintegration.schema.ts';

export interface ReintegrationCommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly keyring: Keyring;
  readonly requestId: string;
}

/**
 * Puts a change to a plan on the timeline of the case it follows and in the audit log. A plan
 * on the agency's own case, or on a return it sent, writes to its own case; a plan of the
 * receiving agency writes to the sender's case through the database (migration 0031), which says
 * only what happened, never the outcomes.
 */
async function recordPlanWork(
  props: ReintegrationCommandProps,
  plan: Pick<ReintegrationPlanRow, 'id' | 'case_id' | 'repatriation_id'>,
  kind: Extract<CaseEventKind, `case.reintegration_${string}`>,
  detail: Record<string, unknown>,
): Promise<void> {
  const { tx, actor } = props;
  const eventDetail = { reintegrationPlanId: plan.id, ...detail };
  const { repatriation, ownCase } = await caseOfPlan(props, plan);
  if (ownCase) {
    await recordCaseEvent(tx, {
      caseId: ownCase,
      agencyId: actor.agencyId,
      actorUserId: actor.userId,
      kind,
      detail: eventDetail,
    });
  } else if (repatriation) {
    await recordReturnEvent(tx, repatriation.id, kind, eventDetail);
  }
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: kind.replace(/^case\.reintegration_/, 'reintegration_plan.'),
    subject: { type: 'reintegration_plan', id: plan.id },
    requestId: props.requestId,
    detail: { ...(ownCase && { caseId: ownCase }), ...detail },
  });
}

/** The case a plan follows, when it is the acting agency's own (its own case, or a return it sent). */
async function caseOfPlan(
  props: ReintegrationCommandProps,
  plan: Pick<ReintegrationPlanRow, 'case_id' | 'repatriation_id'>,
): Promise<{ repatriation: RepatriationRow | undefined; ownCase: string | null }> {
  const repatriation = plan.repatriation_id
    ? await findRepatriation(props.tx, plan.repatriation_id)
    : undefined;
  const ownCase =
    plan.case_id ?? (repatriation?.agency_id === props.actor.agencyId ? repatriation.case_id : null);
  return { repatriation, ownCase };
}

/** Where the plan's return comes from: a handed-over repatriation, or a case of the agency's own. */
async function returnOf(props: ReintegrationCommandProps & { plan: CreateReintegrationPlan }): Promise<{
  repatriation?: RepatriationRow;
  caseId?: string;
  returnedOn?: string;
  country?: string;
  problems: FieldProblem[];
}> {
  const { tx, actor, plan } = props;
  if (plan.repatriationId && plan.caseId) {
    return {
      problems: [
        {
          code: 'repatriation_or_case_not_both',
          field: 'caseId',
          message: 'is given with repatriationId: give one of them',
        },
      ],
    };
  }
  if (plan.repatriationId) {
    const repatriation = await findRepatriation(tx, plan.repatriationId);
    if (!repatriation) {
      return {
        problems: [
          {
            code: 'repatriation_not_shared',
            field: 'repatriationId',
            message: 'is not a repatriation your agency took part in',
          },
        ],
      };
    }
    if (repatriation.status !== 'handed_over' || !repatriation.handed_over_on) {
      return {
        problems: [
          {
            code: 'repatriation_not_handed_over',
            field: 'repatriationId',
            message: 'has not been handed over yet',
          },
        ],
      };
    }
    const problems: FieldProblem[] = [];
    if (plan.returnedOn && plan.returnedOn !== repatriation.handed_over_on) {
      problems.push({
        code: 'returned_not_hand_over',
        field: 'returnedOn',
        message: `is not the hand-over date ${repatriation.handed_over_on}`,
      });
    }
    return {
      repatriation,
      returnedOn: repatriation.handed_over_on,
      country: repatriation.destination_country,
      problems,
    };
  }
  if (plan.caseId) {
    const found = await findCase(tx, plan.caseId);
    const problems: FieldProblem[] = [];
    if (!found)
      problems.push({ code: 'case_not_of_agency', field: 'caseId', message: 'is not a case of your agency' });
    else if (found.status === 'closed') problems.push(caseClosed());
    if (!plan.returnedOn) {
      problems.push({ code: 'required_with_case', field: 'returnedOn', message: 'is required with caseId' });
    }
    if (!plan.province) {
      problems.push({ code: 'required_with_case', field: 'province', message: 'is required with caseId' });
    }
    const agency = await findAgency(tx, actor.agencyId);
    return { caseId: plan.caseId, returnedOn: plan.returnedOn, country: agency?.country, problems };
  }
  return {
    problems: [
      { code: 'repatriation_or_case_required', field: 'repatriationId', message: 'or caseId is required' },
    ],
  };
}

/**
 * Opens a reintegration plan at the acting agency for a person who has returned: after a
 * repatriation it sent or received (the return date is the hand-over), or on a case of its own.
 * Follow-ups fall due at the given months after the return, or at the intervals of the jurisdiction
 * pack of the country the person returned to (the deployment's pack when that country has none).
 */
export async function createReintegrationPlan(
  props: ReintegrationCommandProps & { plan: CreateReintegrationPlan; jurisdiction: PackCode },
): Promise<ReintegrationPlanRow> {
  const { tx, actor, plan } = props;
  const origin = await returnOf(props);
  const months =
    plan.followUpMonths ?? packForCountry(origin.country, props.jurisdiction).reintegrationFollowUpMonths;
  const problems = [...origin.problems, ...intervalProblems(months, 'followUpMonths')];
  const today = await agencyToday(tx, actor.agencyId);
  if (origin.returnedOn && origin.returnedOn > today) problems.push(dateInFuture('returnedOn'));
  const province = plan.province ?? origin.repatriation?.destination_province;
  if (problems.length > 0 || !origin.returnedOn || !origin.country || !province)
    throw new ValidationError(problems);
  if (origin.repatriation && (await hasPlanForReturn(tx, actor.agencyId, origin.repatriation.id))) {
    throw new ConflictError(
      'reintegration_plan_exists',
      'Your agency already has a reintegration plan for this return.',
      [
        {
          code: 'reintegration_plan_exists',
          field: 'repatriationId',
          message: 'already has a plan of your agency',
        },
      ],
    );
  }
  const id = await insertReintegrationPlan(tx, {
    agencyId: actor.agencyId,
    repatriationId: origin.repatriation?.id ?? null,
    caseId: origin.caseId ?? null,
    returnedOn: origin.returnedOn,
    country: origin.country,
    province,
    followUpMonths: months,
    goals: encryptField(props.keyring, reintegrationFields.goals, JSON.stringify(plan.goals)),
    createdBy: actor.userId,
  });
  const created = await requireReintegrationPlan(tx, id);
  await registerFollowUpDeadlines(tx, created, (await caseOfPlan(props, created)).ownCase);
  await recordPlanWork(props, created, 'case.reintegration_planned', {
    returnedOn: origin.returnedOn,
    followUpMonths: months,
  });
  return created;
}

/**
 * Records a follow-up of an open plan with a coded value for every outcome measure. Refused when
 * dated before the return or in the future. It takes the next place in the plan's schedule.
 */
export async function recordFollowUp(
  props: ReintegrationCommandProps & { plan: ReintegrationPlanRow; followUp: RecordFollowUp },
): Promise<ReintegrationPlanRow> {
  const { tx, actor, plan, followUp } = props;
  if (plan.status === 'closed') {
    throw new ConflictError('reintegration_plan_closed', 'The reintegration plan is closed.');
  }
  const problems: FieldProblem[] = [];
  if (followUp.heldOn < plan.returned_on) {
    problems.push({
      code: 'date_before_earlier_step',
      field: 'heldOn',
      message: `is before the return on ${plan.returned_on}`,
    });
  }
  if (followUp.heldOn > (await agencyToday(tx, actor.agencyId))) {
    problems.push(dateInFuture('heldOn'));
  }
  if (problems.length > 0) throw new ValidationError(problems);
  const sequence = plan.follow_ups.length + 1;
  const id = await insertFollowUp(tx, {
    planId: plan.id,
    agencyId: actor.agencyId,
    sequence,
    heldOn: followUp.heldOn,
    outcomes: followUp.outcomes,
    notes: followUp.notes
      ? encryptField(props.keyring, reintegrationFields.followUpNotes, followUp.notes)
      : null,
    recordedBy: actor.userId,
  }).catch((error: unknown) => {
    const { code } = error as { code?: string };
    if (code === '23505') {
      throw new ConflictError(
        'follow_up_recorded',
        'Another follow-up was recorded at the same time. Reload the plan.',
      );
    }
    throw error;
  });
  await followUpDeadlineMet(tx, plan.id, sequence);
  await recordPlanWork(props, plan, 'case.reintegration_followed_up', {
    followUpId: id,
    sequence,
    heldOn: followUp.heldOn,
  });
  return requireReintegrationPlan(tx, plan.id);
}

/** Closes an open plan with its reason (and a note, kept encrypted), not before the return. */
export async function closeReintegrationPlan(
  props: ReintegrationCommandProps & { plan: ReintegrationPlanRow; closure: CloseReintegrationPlan },
): Promise<ReintegrationPlanRow> {
  const { tx, actor, plan, closure } = props;
  if (plan.status === 'closed') {
    throw new ConflictError('reintegration_plan_closed', 'The reintegration plan is closed.');
  }
  const today = await agencyToday(tx, actor.agencyId);
  const closedOn = closure.closedOn ?? today;
  const problems: FieldProblem[] = [];
  if (closedOn < plan.returned_on)
    problems.push({
      code: 'date_before_earlier_step',
      field: 'closedOn',
      message: `is before the return on ${plan.returned_on}`,
    });
  if (closedOn > today) problems.push(dateInFuture('closedOn'));
  if (problems.length > 0) throw new ValidationError(problems);
  await closePlan(tx, plan.id, {
    closedOn,
    reason: closure.reason,
    note: closure.note ? encryptField(props.keyring, reintegrationFields.closureNote, closure.note) : null,
    closedBy: actor.userId,
  });
  await cancelFollowUpDeadlines(tx, plan);
  await recordPlanWork(props, plan, 'case.reintegration_closed', { closedOn, reason: closure.reason });
  return requireReintegrationPlan(tx, plan.id);
}

/** One plan; the read is audited. */
export async function readReintegrationPlan(
  props: ReintegrationCommandProps & { planId: string },
): Promise<ReintegrationPlanRow> {
  const plan = await requireReintegrationPlan(props.tx, props.planId);
  await recordRead(props.tx, {
    actor: props.actor,
    subject: { type: 'reintegration_plan', id: plan.id },
    requestId: props.requestId,
  });
  return plan;
}

/** The agency's plans; the read is audited. */
export async function readReintegrationPlans(
  props: ReintegrationCommandProps,
): Promise<ReintegrationPlanRow[]> {
  const plans = await listReintegrationPlans(props.tx, props.actor.agencyId);
  await recordAudit(props.tx, {
    actorUserId: props.actor.userId,
    agencyId: props.actor.agencyId,
    action: 'reintegration_plan.list',
    subject: { type: 'agency', id: props.actor.agencyId },
    requestId: props.requestId,
    detail: { reintegrationPlanIds: plans.map((plan) => plan.id) },
  });
  return plans;
}
