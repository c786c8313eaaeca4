import type { Tx } from '../../db/db.ts';
import type { OffenceCategory } from './offences.ts';

export interface FiguresRow {
  period: string;
  /** Null for the period's total, in which each investigation, arrest or person counts once. */
  category: OffenceCategory | null;
  investigations: number;
  arrests: number;
  prosecutions: number;
  convictions: number;
}

/** Counts only, as `lindung_prosecution_figures` scopes them (own agency, or the country for statistics readers). */
export function prosecutionFigures(
  tx: Tx,
  query: { from: string; to: string; groupBy: 'month' | 'quarter' | 'year' },
): Promise<FiguresRow[]> {
  return tx.query<FiguresRow>(
    `select to_char(period, 'YYYY-MM-DD') as period, category, investigations, arrests, prosecutions, convictions
       from lindung_prosecution_figures($1::date, $2::date, $3) order by period, category nulls first`,
    [query.from, query.to, query.groupBy],
  );
}
