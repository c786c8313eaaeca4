import type { Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';
import type { OffenceCategory } from './offences.ts';

export type Outcome = 'convicted' | 'acquitted' | 'withdrawn' | 'pending';

export interface ChargeOutcomeRow {
  id: string;
  outcome: Outcome;
  decidedOn: string;
  prisonMonths: number | null;
  fineAmount: string | null;
  fineCurrency: string | null;
  recordedBy: string;
  createdAt: string;
}

export interface ChargeRow {
  id: string;
  investigation_id: string;
  agency_id: string;
  suspect_id: string;
  offence_code: string;
  offence_category: OffenceCategory;
  charged_on: string;
  recorded_by: string;
  created_at: Date;
  /** Oldest first; the last is the charge's outcome. */
  outcomes: ChargeOutcomeRow[];
}

// Amounts leave the database as text, so that no decimal passes through a float.
const chargeSelect = `
  select c.id, c.investigation_id, c.agency_id, c.suspect_id, c.offence_code, c.offence_category, c.charged_on,
         c.recorded_by, c.created_at,
         coalesce((select json_agg(json_build_object('id', o.id, 'outcome', o.outcome,
                     'decidedOn', to_char(o.decided_on, 'YYYY-MM-DD'), 'prisonMonths', o.prison_months,
                     'fineAmount', o.fine_amount::text, 'fineCurrency', o.fine_currency, 'recordedBy', o.recorded_by,
                     'createdAt', to_char(o.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                     order by o.decided_on, o.created_at, o.id)
                     from charge_outcome o where o.charge_id = c.id), '[]'::json) as outcomes
    from charge c`;

export async function insertCharge(
  tx: Tx,
  charge: {
    investigationId: string;
    agencyId: string;
    suspectId: string;
    offenceCode: string;
    offenceCategory: OffenceCategory;
    chargedOn: string;
    recordedBy: string;
  },
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into charge (investigation_id, agency_id, suspect_id, offence_code, offence_category, charged_on,
                         recorded_by)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [
      charge.investigationId,
      charge.agencyId,
      charge.suspectId,
      charge.offenceCode,
      charge.offenceCategory,
      charge.chargedOn,
      charge.recordedBy,
    ],
  );
  if (!row) throw new Error('charge insert returned no row');
  return row.id;
}

/** The charge, or a 404 — also when it belongs to an agency this one may not see. */
export async function requireCharge(tx: Tx, id: string): Promise<ChargeRow> {
  const [row] = await tx.query<ChargeRow>(`${chargeSelect} where c.id = $1`, [id]);
  if (!row) throw new NotFoundError('charge');
  return row;
}

export function listCharges(tx: Tx, investigationId: string): Promise<ChargeRow[]> {
  return tx.query<ChargeRow>(
    `${chargeSelect} where c.investigation_id = $1 order by c.charged_on, c.created_at, c.id`,
    [investigationId],
  );
}

export async function insertOutcome(
  tx: Tx,
  outcome: {
    chargeId: string;
    investigationId: string;
    agencyId: string;
    outcome: Outcome;
    decidedOn: string;
    prisonMonths: number | null;
    fineAmount: string | null;
    fineCurrency: string | null;
    recordedBy: string;
  },
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into charge_outcome (charge_id, investigation_id, agency_id, outcome, decided_on, prison_months,
                                 fine_amount, fine_currency, recorded_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
    [
      outcome.chargeId,
      outcome.investigationId,
      outcome.agencyId,
      outcome.outcome,
      outcome.decidedOn,
      outcome.prisonMonths,
      outcome.fineAmount,
      outcome.fineCurrency,
      outcome.recordedBy,
    ],
  );
  if (!row) throw new Error('charge outcome insert returned no row');
  return row.id;
}

export interface HearingRow {
  id: string;
  investigation_id: string;
  charge_id: string | null;
  hearing_on: string;
  court: string;
  kind: string;
  recorded_by: string;
  created_at: Date;
}

const hearingColumns = 'id, investigation_id, charge_id, hearing_on, court, kind, recorded_by, created_at';

export async function insertHearing(
  tx: Tx,
  hearing: {
    investigationId: string;
    agencyId: string;
    chargeId: string | null;
    hearingOn: string;
    court: string;
    kind: string;
    recordedBy: string;
  },
): Promise<HearingRow> {
  const [row] = await tx.query<HearingRow>(
    `insert into court_hearing (investigation_id, agency_id, charge_id, hearing_on, court, kind, recorded_by)
     values ($1, $2, $3, $4, $5, $6, $7) returning ${hearingColumns}`,
    [
      hearing.investigationId,
      hearing.agencyId,
      hearing.chargeId,
      hearing.hearingOn,
      hearing.court,
      hearing.kind,
      hearing.recordedBy,
    ],
  );
  if (!row) throw new Error('court hearing insert returned no row');
  return row;
}

export function listHearings(tx: Tx, investigationId: string): Promise<HearingRow[]> {
  return tx.query<HearingRow>(
    `select ${hearingColumns} from court_hearing where investigation_id = $1 order by hearing_on, created_at, id`,
    [investigationId],
  );
}

/** A hearing of the investigation (to replay a retried request). */
export async function requireHearing(tx: Tx, investigationId: string, id: string): Promise<HearingRow> {
  const [row] = await tx.query<HearingRow>(
    `select ${hearingColumns} from court_hearing where investigation_id = $1 and id = $2`,
    [investigationId, id],
  );
  if (!row) throw new Error('court hearing of an idempotency key not found');
  return row;
}

/** The charge an outcome belongs to (to replay a retried request). */
export async function chargeOfOutcome(tx: Tx, outcomeId: string): Promise<ChargeRow> {
  const [row] = await tx.query<{ charge_id: string }>('select charge_id from charge_outcome where id = $1', [
    outcomeId,
  ]);
  if (!row) throw new NotFoundError('charge_outcome');
  return requireCharge(tx, row.charge_id);
}
