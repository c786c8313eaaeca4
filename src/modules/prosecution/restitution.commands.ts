import { type FieldProblem, RuleViolationError } from '../../shared/errors.ts';
import { currentOutcome } from './court.commands.ts';
import type { ChargeRow } from './court.repo.ts';
import type { OrderRestitution, RecordPayment } from './court.schema.ts';
import { findVictimLink } from './investigation.repo.ts';
import { auditChange, dateProblems, type ProsecutionProps, throwIfProblems } from './prosecution-command.ts';
import {
  insertPayment,
  insertRestitutionOrder,
  lockRestitutionOrder,
  type RestitutionOrderRow,
  requireRestitutionOrder,
  wouldOverpay,
} from './restitution.repo.ts';

/**
 * Records restitution or compensation a court ordered on a conviction, for one victim of the
 * investigation: the charge's outcome must be a conviction, and the order not dated before it.
 */
export async function orderRestitution(
  props: ProsecutionProps & { charge: ChargeRow; order: OrderRestitution },
): Promise<RestitutionOrderRow> {
  const { tx, actor, charge, order } = props;
  const outcome = currentOutcome(charge);
  if (outcome?.outcome !== 'convicted') {
    throw new RuleViolationError(
      'restitution_without_conviction',
      'Restitution or compensation is ordered on a conviction: record the conviction on this charge first.',
    );
  }
  const problems: FieldProblem[] = await dateProblems(props, 'orderedOn', order.orderedOn, {
    date: outcome.decidedOn,
    what: 'the conviction',
  });
  if (!(await findVictimLink(tx, charge.investigation_id, order.victimId))) {
    problems.push({
      code: 'victim_not_of_investigation',
      field: 'victimId',
      message: 'is not a victim linked to this investigation',
    });
  }
  throwIfProblems(problems);
  const id = await insertRestitutionOrder(tx, {
    investigationId: charge.investigation_id,
    agencyId: actor.agencyId,
    chargeId: charge.id,
    victimId: order.victimId,
    kind: order.kind,
    amount: order.amount.amount,
    currency: order.amount.currency,
    orderedOn: order.orderedOn,
    recordedBy: actor.userId,
  });
  await auditChange(
    props,
    'restitution.order',
    { type: 'restitution_order', id },
    {
      chargeId: charge.id,
      victimId: order.victimId,
      kind: order.kind,
      amount: order.amount,
      orderedOn: order.orderedOn,
    },
  );
  return requireRestitutionOrder(tx, id);
}

/**
 * Records a payment towards a restitution order, in the order's currency, dated not before the
 * order and not in the future. A payment that would take the total paid above the amount ordered
 * is refused (see docs/decisions/0010-prosecution.md): the order is what the court decided.
 */
export async function recordPayment(
  props: ProsecutionProps & { order: RestitutionOrderRow; payment: RecordPayment },
): Promise<{ paymentId: string; order: RestitutionOrderRow }> {
  const { tx, actor, order, payment } = props;
  const problems: FieldProblem[] = await dateProblems(props, 'paidOn', payment.paidOn, {
    date: order.ordered_on,
    what: 'the order',
  });
  if (payment.amount.currency !== order.currency) {
    problems.push({
      code: 'currency_differs',
      field: 'amount.currency',
      message: `is not the order's currency (${order.currency})`,
    });
  }
  throwIfProblems(problems);
  await lockRestitutionOrder(tx, order.id);
  const check = await wouldOverpay(tx, order.id, payment.amount.amount);
  if (check.over) {
    throw new RuleViolationError(
      'restitution_overpaid',
      `The payment would take the total paid above the amount ordered: ${check.outstanding} ${order.currency} is outstanding.`,
    );
  }
  const paymentId = await insertPayment(tx, {
    orderId: order.id,
    agencyId: actor.agencyId,
    amount: payment.amount.amount,
    currency: payment.amount.currency,
    paidOn: payment.paidOn,
    recordedBy: actor.userId,
  });
  await auditChange(
    props,
    'restitution.pay',
    { type: 'restitution_order', id: order.id },
    {
      paymentId,
      amount: payment.amount,
      paidOn: payment.paidOn,
    },
  );
  return { paymentId, order: await requireRestitutionOrder(tx, order.id) };
}
