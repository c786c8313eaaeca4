import type { Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';

export interface ProtectionOrderRow {
  id: string;
  case_id: string;
  agency_id: string;
  person_id: string;
  kind: 'interim' | 'full' | 'extension';
  status: 'in_force' | 'superseded' | 'revoked';
  court: string;
  magistrate: string | null;
  court_reference: string | null;
  applied_on: string;
  issued_on: string;
  jurisdiction: string;
  legal_basis: string;
  period_amount: number;
  period_unit: 'days' | 'months';
  expires_on: string;
  follows_order_id: string | null;
  revoked_on: string | null;
  revocation_reason: string | null;
  recorded_by: string;
  created_at: Date;
}

const columns = `id, case_id, agency_id, person_id, kind, status, court, magistrate, court_reference,
  to_char(applied_on, 'YYYY-MM-DD') as applied_on, to_char(issued_on, 'YYYY-MM-DD') as issued_on,
  jurisdiction, legal_basis, period_amount, period_unit, to_char(expires_on, 'YYYY-MM-DD') as expires_on,
  follows_order_id, to_char(revoked_on, 'YYYY-MM-DD') as revoked_on, revocation_reason, recorded_by, created_at`;

export interface NewProtectionOrder {
  caseId: string;
  agencyId: string;
  personId: string;
  kind: ProtectionOrderRow['kind'];
  court: string;
  magistrate: string | null;
  courtReference: string | null;
  appliedOn: string;
  issuedOn: string;
  jurisdiction: string;
  legalBasis: string;
  periodAmount: number;
  periodUnit: string;
  expiresOn: string;
  followsOrderId: string | null;
  recordedBy: string;
}

export async function insertProtectionOrder(tx: Tx, order: NewProtectionOrder): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into protection_order (case_id, agency_id, person_id, kind, court, magistrate, court_reference,
       applied_on, issued_on, jurisdiction, legal_basis, period_amount, period_unit, expires_on, follows_order_id,
       recorded_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) returning id`,
    [
      order.caseId,
      order.agencyId,
      order.personId,
      order.kind,
      order.court,
      order.magistrate,
      order.courtReference,
      order.appliedOn,
      order.issuedOn,
      order.jurisdiction,
      order.legalBasis,
      order.periodAmount,
      order.periodUnit,
      order.expiresOn,
      order.followsOrderId,
      order.recordedBy,
    ],
  );
  if (!row) throw new Error('protection order insert returned no row');
  return row.id;
}

export async function findProtectionOrder(tx: Tx, id: string): Promise<ProtectionOrderRow | undefined> {
  const [row] = await tx.query<ProtectionOrderRow>(`select ${columns} from protection_order where id = $1`, [
    id,
  ]);
  return row;
}

export async function requireProtectionOrder(tx: Tx, id: string): Promise<ProtectionOrderRow> {
  const row = await findProtectionOrder(tx, id);
  if (!row) throw new NotFoundError('protection_order');
  return row;
}

export function listProtectionOrders(tx: Tx, caseId: string): Promise<ProtectionOrderRow[]> {
  return tx.query<ProtectionOrderRow>(
    `select ${columns} from protection_order where case_id = $1 order by issued_on desc, created_at desc`,
    [caseId],
  );
}

/** Moves an order in force to `superseded`; false when it was no longer in force. */
export async function supersedeProtectionOrder(tx: Tx, id: string): Promise<boolean> {
  const rows = await tx.query(
    `update protection_order set status = 'superseded', updated_at = now()
      where id = $1 and status = 'in_force' returning id`,
    [id],
  );
  return rows.length > 0;
}

export async function revokeProtectionOrderRow(
  tx: Tx,
  id: string,
  revocation: { revokedOn: string; reason: string; revokedBy: string },
): Promise<boolean> {
  const rows = await tx.query(
    `update protection_order set status = 'revoked', revoked_on = $2, revocation_reason = $3, revoked_by = $4,
            updated_at = now()
      where id = $1 and status = 'in_force' returning id`,
    [id, revocation.revokedOn, revocation.reason, revocation.revokedBy],
  );
  return rows.length > 0;
}
