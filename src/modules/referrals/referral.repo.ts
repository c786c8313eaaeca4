import type { Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';
import type { ReferralListQuery, ReferralStatus } from './referral.schema.ts';

export interface ReferralRow {
  id: string;
  agency_id: string;
  from_agency_name: string;
  from_agency_short_name: string | null;
  to_agency_id: string;
  to_agency_name: string;
  to_agency_short_name: string | null;
  case_id: string;
  case_reference: string;
  person_id: string;
  consent_id: string;
  parent_referral_id: string | null;
  purpose: string;
  services: string[];
  urgency: string;
  status: ReferralStatus;
  response_deadline: Date;
  overdue: boolean;
  created_at: Date;
  responded_at: Date | null;
  decline_reason: string | null;
  completed_at: Date | null;
  completion_note: string | null;
  acceptance_note: string | null;
  cancelled_at: Date | null;
  cancel_reason: string | null;
  updated_at: Date;
  /** From `lindung_referral_consent_state`: what the referral's two agencies may know of its consent. */
  consent_state: 'in_force' | 'withdrawn' | 'expired' | null;
  /** From `lindung_referral_case_closed`: whether the sending agency's case is closed. */
  case_closed: boolean | null;
  /** `created_at` to the microsecond, for the cursor. */
  sort_key: string;
}

export interface NewReferral {
  agencyId: string;
  toAgencyId: string;
  caseId: string;
  caseReference: string;
  personId: string;
  consentId: string;
  parentReferralId: string | null;
  purpose: string;
  services: readonly string[];
  urgency: string;
  responseDeadline: Date;
  createdBy: string;
}

export async function insertReferral(tx: Tx, referral: NewReferral): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into referral (agency_id, to_agency_id, case_id, case_reference, person_id, consent_id, parent_referral_id,
                           purpose, services, urgency, response_deadline, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9::text[], $10, $11, $12)
     returning id`,
    [
      referral.agencyId,
      referral.toAgencyId,
      referral.caseId,
      referral.caseReference,
      referral.personId,
      referral.consentId,
      referral.parentReferralId,
      referral.purpose,
      referral.services,
      referral.urgency,
      referral.responseDeadline,
      referral.createdBy,
    ],
  );
  return (row as { id: string }).id;
}

const referralSelect = `
  select r.id, r.agency_id, fa.name as from_agency_name, fa.short_name as from_agency_short_name,
         r.to_agency_id, ta.name as to_agency_name, ta.short_name as to_agency_short_name,
         r.case_id, r.case_reference, r.person_id, r.consent_id, r.parent_referral_id, r.purpose, r.services,
         r.urgency, r.status, r.response_deadline, (r.status = 'pending' and r.response_deadline < now()) as overdue,
         r.created_at, r.responded_at, r.acceptance_note, r.decline_reason, r.completed_at, r.completion_note, r.cancelled_at, r.cancel_reason,
         r.updated_at, lindung_referral_consent_state(r.id) as consent_state,
         lindung_referral_case_closed(r.id) as case_closed,
         to_char(r.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as sort_key
    from referral r
    join agency fa on fa.id = r.agency_id
    join agency ta on ta.id = r.to_agency_id`;

/** The sending agency's pending referral of the person of the case to the agency for the purpose, if any. */
export async function findPendingReferral(
  tx: Tx,
  key: { agencyId: string; caseId: string; personId: string; toAgencyId: string; purpose: string },
): Promise<{ id: string } | undefined> {
  const [row] = await tx.query<{ id: string }>(
    `select id from referral
      where agency_id = $1 and case_id = $2 and person_id = $3 and to_agency_id = $4 and purpose = $5
        and status = 'pending'
      limit 1`,
    [key.agencyId, key.caseId, key.personId, key.toAgencyId, key.purpose],
  );
  return row;
}

/** The referral, or a 404 — also when this agency neither sent nor received it. */
export async function requireReferral(tx: Tx, id: string): Promise<ReferralRow> {
  const [row] = await tx.query<ReferralRow>(`${referralSelect} where r.id = $1`, [id]);
  if (!row) throw new NotFoundError('referral');
  return row;
}

/** Which column names the agency for each direction of the list; a referral never goes to its own agency. */
const directionColumns = {
  incoming: ['to_agency_id'],
  outgoing: ['agency_id'],
  both: ['agency_id', 'to_agency_id'],
} as const;

/**
 * Referrals the agency sent or received, newest first (created at, then id: the cursor), filtered.
 * Each direction is its own ordered, limited walk of its index (`referral_outgoing`,
 * `referral_incoming`), the page taken from their union: a single `agency_id = $1 or to_agency_id
 * = $1` cannot walk either index in order and sorted all of an agency's referrals for every page.
 */
export function listReferrals(
  tx: Tx,
  agencyId: string,
  query: ReferralListQuery,
  after: [string, string] | undefined,
): Promise<ReferralRow[]> {
  const params: unknown[] = [agencyId];
  const filters: string[] = [];
  const where = (condition: string, ...values: unknown[]) => {
    let sql = condition;
    for (const value of values) {
      params.push(value);
      sql = sql.replace('?', `$${params.length}`);
    }
    filters.push(sql);
  };
  if (query.status) where('r.status = ?', query.status);
  if (query.overdue !== undefined) {
    where(`(r.status = 'pending' and r.response_deadline < now()) = ?`, query.overdue);
  }
  if (query.caseId) where('r.case_id = ?', query.caseId);
  if (after) where('(r.created_at, r.id) < (?::timestamptz, ?::uuid)', after[0], after[1]);
  params.push(query.limit + 1);
  const limit = `$${params.length}`;
  const sides = directionColumns[query.direction ?? 'both'].map(
    (column) => `(select r.id from referral r
       where ${[`r.${column} = $1`, ...filters].join(' and ')}
       order by r.created_at desc, r.id desc limit ${limit})`,
  );
  return tx.query<ReferralRow>(
    `${referralSelect} where r.id in (${sides.join(' union all ')})
      order by r.created_at desc, r.id desc limit ${limit}`,
    params,
  );
}

/** The columns each workflow step sets besides the status: `$4` is the user, `$5` the reason. */
const stepColumns: Partial<Record<ReferralStatus, { set: string; reason: boolean }>> = {
  accepted: { set: 'responded_at = now(), responded_by = $4, acceptance_note = $5', reason: true },
  declined: { set: 'responded_at = now(), responded_by = $4, decline_reason = $5', reason: true },
  completed: { set: 'completed_at = now(), completed_by = $4, completion_note = $5', reason: true },
  cancelled: { set: 'cancelled_at = now(), cancelled_by = $4, cancel_reason = $5', reason: true },
};

/** Moves a referral from `from` to `to`; false when it was no longer in `from` (a concurrent answer). */
export async function moveReferral(
  tx: Tx,
  id: string,
  step: { from: ReferralStatus; to: ReferralStatus; userId: string; reason: string | null },
): Promise<boolean> {
  const columns = stepColumns[step.to];
  if (!columns) throw new Error(`no workflow step leads to ${step.to}`);
  const rows = await tx.query(
    `update referral set status = $2, ${columns.set}, updated_at = now()
      where id = $1 and status = $3
      returning id`,
    [id, step.to, step.from, step.userId, ...(columns.reason ? [step.reason] : [])],
  );
  return rows.length === 1;
}

/**
 * What stands against a referral under this consent, of this case, to this agency, for this
 * purpose (`lindung_referral_basis_problems`): empty when nothing does, undefined when this agency
 * may not ask about the consent at all.
 */
export async function findBasisProblems(
  tx: Tx,
  basis: { consentId: string; caseId: string; recipientId: string; purpose: string },
): Promise<string[] | undefined> {
  const [row] = await tx.query<{ problems: string[] | null }>(
    'select lindung_referral_basis_problems($1, $2, $3, $4) as problems',
    [basis.consentId, basis.caseId, basis.recipientId, basis.purpose],
  );
  return row?.problems ?? undefined;
}

export interface AgencyChoice {
  id: string;
  name: string;
  short_name: string | null;
}

/** Active agencies of a type in a country (the directory every signed-in user may read), but this one. */
export function findAgenciesOfType(
  tx: Tx,
  criteria: { type: string; country: string; excluding: string },
): Promise<AgencyChoice[]> {
  return tx.query<AgencyChoice>(
    `select id, name, short_name from agency
      where type = $1 and country = $2 and active and id <> $3
      order by name, id`,
    [criteria.type, criteria.country, criteria.excluding],
  );
}
