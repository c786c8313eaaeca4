import type { Queryable, Tx } from '../../db/db.ts';
import type { RetentionRecordType } from '../../jurisdictions/index.ts';
import { NotFoundError } from '../../shared/errors.ts';

export interface RetentionPeriodRow {
  id: string;
  jurisdiction: string;
  agency_id: string | null;
  record_type: RetentionRecordType;
  years: number;
  source: string;
  changed_by: string | null;
  changed_at: Date;
}

const columns = 'id, jurisdiction, agency_id, record_type, years, source, changed_by, changed_at';

/**
 * The rows that concern an agency: its own, its country's and the defaults ('*'), as row-level
 * security lets the caller see them.
 */
export function periodsForAgency(
  queryable: Queryable,
  agency: { id: string; country: string },
): Promise<RetentionPeriodRow[]> {
  return queryable.query<RetentionPeriodRow>(
    `select ${columns} from retention_period
      where agency_id = $1 or (agency_id is null and jurisdiction in ($2, '*'))
      order by record_type`,
    [agency.id, agency.country.trim()],
  );
}

export async function findPeriod(
  tx: Tx,
  key: { jurisdiction: string; agencyId: string | null; recordType: string },
): Promise<RetentionPeriodRow | undefined> {
  const rows = await tx.query<RetentionPeriodRow>(
    `select ${columns} from retention_period
      where jurisdiction = $1 and agency_id is not distinct from $2 and record_type = $3`,
    [key.jurisdiction, key.agencyId, key.recordType],
  );
  return rows[0];
}

export async function requirePeriod(tx: Tx, id: string): Promise<RetentionPeriodRow> {
  const rows = await tx.query<RetentionPeriodRow>(`select ${columns} from retention_period where id = $1`, [
    id,
  ]);
  if (!rows[0]) throw new NotFoundError('retention_period');
  return rows[0];
}

/** Writes a period (a new row, or the years and source of the existing one); undefined when row-level security refused it. */
export async function savePeriod(
  tx: Tx,
  period: {
    existingId: string | undefined;
    jurisdiction: string;
    agencyId: string | null;
    recordType: string;
    years: number;
    source: string;
    changedBy: string;
  },
): Promise<RetentionPeriodRow | undefined> {
  const rows = period.existingId
    ? await tx.query<RetentionPeriodRow>(
        `update retention_period set years = $2, source = $3, changed_by = $4, changed_at = now()
          where id = $1 returning ${columns}`,
        [period.existingId, period.years, period.source, period.changedBy],
      )
    : await tx.query<RetentionPeriodRow>(
        `insert into retention_period (jurisdiction, agency_id, record_type, years, source, changed_by)
         values ($1, $2, $3, $4, $5, $6) returning ${columns}`,
        [
          period.jurisdiction,
          period.agencyId,
          period.recordType,
          period.years,
          period.source,
          period.changedBy,
        ],
      );
  return rows[0];
}

/** Removes a period; false when row-level security kept it. */
export async function deletePeriod(tx: Tx, id: string): Promise<boolean> {
  const rows = await tx.query(`delete from retention_period where id = $1 returning id`, [id]);
  return rows.length > 0;
}
