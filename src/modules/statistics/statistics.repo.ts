import type { Tx } from '../../db/db.ts';

export const dimensions = [
  'none',
  'agency',
  'jurisdiction',
  'exploitation_type',
  'sex',
  'age_band',
  'nationality',
  'route',
] as const;
export type Dimension = (typeof dimensions)[number];
export type Bucket = 'month' | 'quarter' | 'year';

export interface VictimRow {
  period: string;
  key: string;
  identified: number;
  referred: number;
  sheltered: number;
  repatriated: number;
  reintegrated: number;
  days_to_referral: string | null;
  days_to_placement: string | null;
}

/** Victim counts as `lindung_victim_statistics` scopes them (own agency, or the country for statistics readers). */
export function victimStatistics(
  tx: Tx,
  query: { from: string; to: string; groupBy: Bucket; dimension: Dimension },
): Promise<VictimRow[]> {
  return tx.query<VictimRow>(
    `select to_char(period, 'YYYY-MM-DD') as period, key, identified, referred, sheltered, repatriated,
            reintegrated, days_to_referral::text, days_to_placement::text
       from lindung_victim_statistics($1::date, $2::date, $3, $4)`,
    [query.from, query.to, query.groupBy, query.dimension],
  );
}

export function overdueDeadlines(tx: Tx, at: Date): Promise<{ source_kind: string; overdue: number }[]> {
  return tx.query('select source_kind, overdue from lindung_overdue_deadlines($1)', [at.toISOString()]);
}

export async function agencyNames(tx: Tx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.query<{ id: string; name: string }>(
    'select id, name from agency where id = any($1::uuid[])',
    [ids],
  );
  return new Map(rows.map((row) => [row.id, row.name]));
}
