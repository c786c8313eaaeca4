import type { Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';

export interface HealthScreeningRow {
  id: string;
  case_id: string;
  person_id: string;
  agency_id: string;
  checklist_version: string;
  screened_on: string;
  screened_by: string;
  consent_basis: 'written' | 'verbal' | 'guardian';
  consent_reference: string;
  /** Encrypted JSON of the findings. */
  findings: string;
  created_at: Date;
}

const select = `select id, case_id, person_id, agency_id, checklist_version, screened_on::text as screened_on,
                       screened_by, consent_basis, consent_reference, findings, created_at
                  from health_screening`;

export async function insertHealthScreening(
  tx: Tx,
  row: Omit<HealthScreeningRow, 'id' | 'created_at'> & { recorded_by: string },
): Promise<string> {
  const [inserted] = await tx.query<{ id: string }>(
    `insert into health_screening (case_id, person_id, agency_id, checklist_version, screened_on, screened_by,
       consent_basis, consent_reference, findings, recorded_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
    [
      row.case_id,
      row.person_id,
      row.agency_id,
      row.checklist_version,
      row.screened_on,
      row.screened_by,
      row.consent_basis,
      row.consent_reference,
      row.findings,
      row.recorded_by,
    ],
  );
  if (!inserted) throw new Error('health screening insert returned no row');
  return inserted.id;
}

/** The screening, or a 404: also when row-level security hides it (another agency, no health:read). */
export async function requireHealthScreening(tx: Tx, id: string): Promise<HealthScreeningRow> {
  const [row] = await tx.query<HealthScreeningRow>(`${select} where id = $1`, [id]);
  if (!row) throw new NotFoundError('health_screening');
  return row;
}

/** A case's screenings, newest first. */
export async function listHealthScreenings(tx: Tx, caseId: string): Promise<HealthScreeningRow[]> {
  return tx.query<HealthScreeningRow>(
    `${select} where case_id = $1 order by screened_on desc, created_at desc`,
    [caseId],
  );
}
