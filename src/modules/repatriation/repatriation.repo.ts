import type { Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';
import type { CaseEventKind } from '../cases/index.ts';

export interface RepatriationRow {
  id: string;
  case_id: string;
  person_id: string;
  agency_id: string;
  receiving_agency_id: string;
  destination_country: string;
  destination_province: string;
  planned_on: string;
  /** Encrypted. */
  travel_documents: string;
  escort: string | null;
  route: string;
  status: 'planned' | 'departed' | 'handed_over' | 'cancelled';
  departed_on: string | null;
  handed_over_on: string | null;
  /** Encrypted. */
  cancel_reason: string | null;
  created_at: Date;
}

export interface RepatriationPersonRow {
  full_name: string | null;
  sex: string;
  birth_year: number | null;
  nationality: string | null;
}

const select = `
  select id, case_id, person_id, agency_id, receiving_agency_id, btrim(destination_country) as destination_country,
         destination_province, planned_on::text as planned_on, travel_documents, escort, route, status,
         departed_on::text as departed_on, handed_over_on::text as handed_over_on, cancel_reason, created_at
    from repatriation`;

export async function insertRepatriation(
  tx: Tx,
  row: Omit<
    RepatriationRow,
    'id' | 'status' | 'departed_on' | 'handed_over_on' | 'cancel_reason' | 'created_at'
  > & {
    created_by: string;
  },
): Promise<string> {
  const [inserted] = await tx.query<{ id: string }>(
    `insert into repatriation (case_id, person_id, agency_id, receiving_agency_id, destination_country,
       destination_province, planned_on, travel_documents, escort, route, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id`,
    [
      row.case_id,
      row.person_id,
      row.agency_id,
      row.receiving_agency_id,
      row.destination_country,
      row.destination_province,
      row.planned_on,
      row.travel_documents,
      row.escort,
      row.route,
      row.created_by,
    ],
  );
  if (!inserted) throw new Error('repatriation insert returned no row');
  return inserted.id;
}

/** The repatriation, if this agency sends or receives it. */
export async function findRepatriation(tx: Tx, id: string): Promise<RepatriationRow | undefined> {
  const [row] = await tx.query<RepatriationRow>(`${select} where id = $1`, [id]);
  return row;
}

/** The repatriation, or a 404: also for an agency that is neither its sender nor its receiver. */
export async function requireRepatriation(tx: Tx, id: string): Promise<RepatriationRow> {
  const row = await findRepatriation(tx, id);
  if (!row) throw new NotFoundError('repatriation');
  return row;
}

export function listCaseRepatriations(tx: Tx, caseId: string): Promise<RepatriationRow[]> {
  return tx.query<RepatriationRow>(`${select} where case_id = $1 order by created_at desc, id`, [caseId]);
}

/** Repatriations coming to the agency, newest plans first. */
export function listIncomingRepatriations(tx: Tx, agencyId: string): Promise<RepatriationRow[]> {
  return tx.query<RepatriationRow>(
    `${select} where receiving_agency_id = $1 and status <> 'cancelled' order by planned_on desc, id`,
    [agencyId],
  );
}

/** What the database lets this agency know of the person (see migration 0031). */
export async function findRepatriationPerson(tx: Tx, id: string): Promise<RepatriationPersonRow | undefined> {
  const [row] = await tx.query<RepatriationPersonRow>('select * from lindung_repatriation_person($1)', [id]);
  return row;
}

export async function markDeparted(tx: Tx, id: string, departedOn: string, userId: string): Promise<void> {
  await tx.query(
    `update repatriation set status = 'departed', departed_on = $2, departure_recorded_by = $3, updated_at = now()
      where id = $1`,
    [id, departedOn, userId],
  );
}

export async function markHandedOver(
  tx: Tx,
  id: string,
  handedOverOn: string,
  userId: string,
): Promise<void> {
  await tx.query(
    `update repatriation set status = 'handed_over', handed_over_on = $2, receipt_recorded_by = $3, updated_at = now()
      where id = $1`,
    [id, handedOverOn, userId],
  );
}

export async function markCancelled(tx: Tx, id: string, reason: string, userId: string): Promise<void> {
  await tx.query(
    `update repatriation set status = 'cancelled', cancel_reason = $2, cancelled_by = $3, updated_at = now()
      where id = $1`,
    [id, reason, userId],
  );
}

/** The receiving agency's work, on the sending agency's case timeline (migration 0031). */
export async function recordReturnEvent(
  tx: Tx,
  repatriationId: string,
  kind: Extract<CaseEventKind, 'case.repatriation_received' | `case.reintegration_${string}`>,
  detail: Record<string, unknown>,
): Promise<void> {
  await tx.query('select lindung_record_return_event($1, $2, $3::jsonb)', [
    repatriationId,
    kind,
    JSON.stringify(detail),
  ]);
}
