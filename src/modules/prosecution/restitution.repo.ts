import type { Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';

export interface RestitutionOrderRow {
  id: string;
  investigation_id: string;
  charge_id: string;
  victim_id: string;
  kind: 'restitution' | 'compensation';
  amount: string;
  currency: string;
  ordered_on: string;
  paid: string;
  outstanding: string;
  created_at: Date;
  payments: { id: string; amount: string; paidOn: string; createdAt: string }[];
}

// Amounts leave the database as text with two decimals, so that no decimal passes through a float.
const orderSelect = `
  select r.id, r.investigation_id, r.charge_id, r.victim_id, r.kind, to_char(r.amount, 'FM99999999999990.00') as amount,
         btrim(r.currency) as currency, r.ordered_on, r.created_at,
         to_char(coalesce(p.paid, 0), 'FM99999999999990.00') as paid,
         to_char(r.amount - coalesce(p.paid, 0), 'FM99999999999990.00') as outstanding,
         coalesce(p.payments, '[]'::json) as payments
    from restitution_order r
    left join lateral (
      select sum(x.amount) as paid,
             json_agg(json_build_object('id', x.id, 'amount', to_char(x.amount, 'FM99999999999990.00'),
                        'paidOn', to_char(x.paid_on, 'YYYY-MM-DD'),
                        'createdAt', to_char(x.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                      order by x.paid_on, x.created_at, x.id) as payments
        from restitution_payment x where x.order_id = r.id
    ) p on true`;

export async function insertRestitutionOrder(
  tx: Tx,
  order: {
    investigationId: string;
    agencyId: string;
    chargeId: string;
    victimId: string;
    kind: string;
    amount: string;
    currency: string;
    orderedOn: string;
    recordedBy: string;
  },
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into restitution_order (investigation_id, agency_id, charge_id, victim_id, kind, amount, currency,
                                    ordered_on, recorded_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
    [
      order.investigationId,
      order.agencyId,
      order.chargeId,
      order.victimId,
      order.kind,
      order.amount,
      order.currency,
      order.orderedOn,
      order.recordedBy,
    ],
  );
  if (!row) throw new Error('restitution order insert returned no row');
  return row.id;
}

/** The order, or a 404 — also when it belongs to an agency this one may not see. */
export async function requireRestitutionOrder(tx: Tx, id: string): Promise<RestitutionOrderRow> {
  const [row] = await tx.query<RestitutionOrderRow>(`${orderSelect} where r.id = $1`, [id]);
  if (!row) throw new NotFoundError('restitution_order');
  return row;
}

export function listRestitutionOrders(tx: Tx, investigationId: string): Promise<RestitutionOrderRow[]> {
  return tx.query<RestitutionOrderRow>(
    `${orderSelect} where r.investigation_id = $1 order by r.ordered_on, r.created_at, r.id`,
    [investigationId],
  );
}

/**
 * Takes the order's payments one at a time until the transaction ends (the database's trigger
 * takes the same lock), so that two payments recorded at once cannot together exceed the order.
 */
export async function lockRestitutionOrder(tx: Tx, orderId: string): Promise<void> {
  await tx.query(`select pg_advisory_xact_lock(hashtextextended('restitution_order:' || $1::text, 0))`, [
    orderId,
  ]);
}

/** Whether `amount` more would take the payments above the amount ordered. */
export async function wouldOverpay(
  tx: Tx,
  orderId: string,
  amount: string,
): Promise<{ over: boolean; outstanding: string }> {
  const [row] = await tx.query<{ over: boolean; outstanding: string }>(
    `select coalesce(sum(p.amount), 0) + $2::numeric > r.amount as over,
            to_char(r.amount - coalesce(sum(p.amount), 0), 'FM99999999999990.00') as outstanding
       from restitution_order r left join restitution_payment p on p.order_id = r.id
      where r.id = $1 group by r.id, r.amount`,
    [orderId, amount],
  );
  if (!row) throw new NotFoundError('restitution_order');
  return row;
}

export async function insertPayment(
  tx: Tx,
  payment: {
    orderId: string;
    agencyId: string;
    amount: string;
    currency: string;
    paidOn: string;
    recordedBy: string;
  },
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into restitution_payment (order_id, agency_id, amount, currency, paid_on, recorded_by)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [payment.orderId, payment.agencyId, payment.amount, payment.currency, payment.paidOn, payment.recordedBy],
  );
  if (!row) throw new Error('restitution payment insert returned no row');
  return row.id;
}

/** The order a payment was made towards (to replay a retried request). */
export async function orderOfPayment(tx: Tx, paymentId: string): Promise<RestitutionOrderRow> {
  const [row] = await tx.query<{ order_id: string }>(
    'select order_id from restitution_payment where id = $1',
    [paymentId],
  );
  if (!row) throw new NotFoundError('restitution_payment');
  return requireRestitutionOrder(tx, row.order_id);
}
