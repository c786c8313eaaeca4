import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import { suppressPartition } from '../../shared/small-cells.ts';
import { compareDimensionKeys } from './dimension-order.ts';
import { nationalScope, periodOf, prosecutionCells } from './statistics.commands.ts';
import { statisticsLabels } from './statistics.labels.ts';
import { type Cell, cell, hiddenCell } from './suppression.ts';
import { type TipDimension, type TipQuery, type TipTableView, tipDimensions } from './tip.schema.ts';

interface TipProsecutionRow {
  category: string | null;
  investigations: number;
  arrests: number;
  prosecutions: number;
  convictions: number;
}

/** Law-enforcement counts over the whole period, as `lindung_tip_prosecution` scopes them. */
export function tipProsecution(tx: Tx, query: { from: string; to: string }): Promise<TipProsecutionRow[]> {
  return tx.query<TipProsecutionRow>(
    `select category, investigations, arrests, prosecutions, convictions
       from lindung_tip_prosecution($1::date, $2::date)`,
    [query.from, query.to],
  );
}

/**
 * Victims identified in the period, in total ('none', 'all') and by each TIP dimension, in one pass,
 * and, when asked, by the case agency's current identification decision (migration 0110).
 */
export async function tipVictims(
  tx: Tx,
  query: { from: string; to: string; identificationDecisions?: boolean },
): Promise<Map<string, Record<string, number>>> {
  const rows = await tx.query<{ dimension: string; key: string; identified: number }>(
    'select dimension, key, identified from lindung_tip_victims($1::date, $2::date)',
    [query.from, query.to],
  );
  const by = new Map<string, Record<string, number>>();
  for (const row of rows) by.set(row.dimension, { ...by.get(row.dimension), [row.key]: row.identified });
  if (query.identificationDecisions) {
    // From the base tables (no rollup holds decisions): about 1 s per 100,000 victims on PostgreSQL
    // (bench:statistics), so only when asked for.
    const decisions = await tx.query<{ decision: string; identified: number }>(
      'select decision, identified from lindung_tip_identification($1::date, $2::date)',
      [query.from, query.to],
    );
    by.set(
      'identification_decision',
      Object.fromEntries(decisions.map((row) => [row.decision, row.identified])),
    );
  }
  return by;
}

function labelOf(dimension: TipDimension, key: string) {
  if (dimension === 'exploitation_type') return statisticsLabels.exploitationType[key as 'unknown'] ?? null;
  if (dimension === 'sex') return statisticsLabels.sex[key as 'unknown'] ?? null;
  if (dimension === 'age_band') return statisticsLabels.ageBand[key as 'unknown'] ?? null;
  if (dimension === 'identification_decision')
    return statisticsLabels.identificationDecision[key as 'undecided'] ?? null;
  return null;
}

/**
 * The figures a government sends for the US TIP report: investigations, prosecutions and convictions
 * by offence category (trafficking, smuggling, forced labour), and victims identified by type of
 * exploitation, sex, age band and nationality, for one period. The agency's own, or the country's
 * (small cells suppressed, and no hidden cell left alone for a total to give back) for statistics:read.
 */
export async function readTipTable(props: {
  tx: Tx;
  actor: Actor;
  query: TipQuery;
  smallCellThreshold: number;
}): Promise<TipTableView> {
  const { tx, actor } = props;
  const { from, to } = await periodOf(tx, actor, props.query);
  const suppress = nationalScope(actor) ? props.smallCellThreshold : undefined;
  const figures = await tipProsecution(tx, { from, to });
  const identificationDecisions = props.query.identificationDecisions === true;
  const victims = await tipVictims(tx, { from, to, identificationDecisions });
  const total = victims.get('none')?.all ?? 0;
  const by = [];
  for (const dimension of tipDimensions) {
    if (dimension === 'identification_decision' && !identificationDecisions) continue;
    const counts = victims.get(dimension) ?? {};
    // A victim falls in one sex, age band and nationality, and mostly in one type of exploitation:
    // the rows add up to (or just above) the total shown, so no hidden cell is left alone.
    const shown: Record<string, Cell> = Object.fromEntries(
      Object.entries(suppressPartition(counts, suppress).counts).map(([key, n]) => [
        key,
        n === null ? hiddenCell : { value: n, suppressed: false },
      ]),
    );
    by.push({
      dimension,
      rows: Object.keys(counts)
        .sort((a, b) => compareDimensionKeys(dimension, a, b))
        .map((key) => ({ key, label: labelOf(dimension, key), identified: shown[key] as Cell })),
    });
  }
  return {
    scope: suppress !== undefined ? 'national' : 'agency',
    from,
    to,
    suppressionThreshold: props.smallCellThreshold,
    lawEnforcement: prosecutionCells(figures, suppress),
    victims: { identified: cell(total, suppress), by },
  };
}
