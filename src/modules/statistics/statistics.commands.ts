import type { Tx } from '../../db/db.ts';
import { type Actor, can } from '../../policy/policy.ts';
import { ValidationError } from '../../shared/errors.ts';
import { periodProblems } from '../../shared/period.ts';
import { hiddenCells } from '../../shared/small-cells.ts';
import { agencyToday } from '../agencies/index.ts';
import {
  figureMeasures,
  type Label,
  offenceCategories,
  prosecutionFigures,
  prosecutionLabels,
} from '../prosecution/index.ts';
import { compareDimensionKeys } from './dimension-order.ts';
import { statisticsLabels } from './statistics.labels.ts';
import {
  agencyNames,
  type Dimension,
  overdueDeadlines,
  type VictimRow,
  victimStatistics,
} from './statistics.repo.ts';
import type {
  DashboardQuery,
  DashboardView,
  StatisticsQuery,
  VictimStatisticsView,
} from './statistics.schema.ts';
import { type Cell, cell, derived, hiddenCell } from './suppression.ts';

interface Props {
  tx: Tx;
  actor: Actor;
  /** The deployment's small-cell threshold (config.statistics.smallCellThreshold). */
  smallCellThreshold: number;
}

/** A national view (statistics:read) shows records of other agencies: its small cells are suppressed. */
export const nationalScope = (actor: Actor) => can(actor, 'statistics:read');

export async function periodOf(tx: Tx, actor: Actor, query: { from?: string; to?: string }) {
  const today = await agencyToday(tx, actor.agencyId);
  const from = query.from ?? `${today.slice(0, 4)}-01-01`;
  const to = query.to ?? today;
  const problems = periodProblems({ from, to }, { from: 'query.from', to: 'query.to' });
  if (problems.length > 0) throw new ValidationError(problems);
  return { from, to };
}

function victimCells(row: VictimRow & { hidden?: Set<string> }, suppress: number | undefined) {
  const median = (value: string | null) => (value === null ? null : Number(value));
  const count = (measure: (typeof measures)[number]) =>
    row.hidden?.has(measure) ? hiddenCell : cell(row[measure], suppress);
  return {
    identified: count('identified'),
    referred: count('referred'),
    sheltered: count('sheltered'),
    repatriated: count('repatriated'),
    reintegrated: count('reintegrated'),
    daysToReferral: derived(median(row.days_to_referral), row.referred, suppress),
    daysToPlacement: derived(median(row.days_to_placement), row.sheltered, suppress),
  };
}

const measures = ['identified', 'referred', 'sheltered', 'repatriated', 'reintegrated'] as const;

/**
 * The values of a period add up to the total shown on the dashboard (for exploitation type, nearly:
 * a case may have several), so a hidden cell could be got back by subtraction: as for the
 * reintegration outcomes (decision 0012), the next smallest cells of each measure are hidden with
 * it until the hidden ones hold the threshold together.
 */
function partitionSuppressed(
  rows: VictimRow[],
  dimension: Dimension,
  threshold: number | undefined,
): (VictimRow & { hidden: Set<string> })[] {
  const out = rows.map((row) => ({ ...row, hidden: new Set<string>() }));
  if (threshold === undefined || dimension === 'none') return out;
  for (const period of new Set(rows.map((row) => row.period))) {
    const of = out.filter((row) => row.period === period);
    hiddenCells(of, measures, threshold).forEach((hidden, index) => {
      for (const measure of hidden) of[index]?.hidden.add(measure);
    });
  }
  return out;
}

function labelOf(dimension: Dimension, key: string): Label | null {
  const table: Record<string, Label> | undefined =
    dimension === 'exploitation_type'
      ? statisticsLabels.exploitationType
      : dimension === 'sex'
        ? statisticsLabels.sex
        : dimension === 'age_band'
          ? statisticsLabels.ageBand
          : dimension === 'none'
            ? statisticsLabels.dimension
            : undefined;
  return table?.[key] ?? null;
}

/** Victims identified, referred, sheltered, repatriated and reintegrated, by period and one dimension. */
export async function readVictimStatistics(
  props: Props & { query: StatisticsQuery },
): Promise<VictimStatisticsView> {
  const { tx, actor, query } = props;
  const { from, to } = await periodOf(tx, actor, query);
  const suppress = nationalScope(actor) ? props.smallCellThreshold : undefined;
  const rows = (
    await victimStatistics(tx, { from, to, groupBy: query.groupBy, dimension: query.dimension })
  ).sort((a, b) =>
    // By period, then (for age bands, which sort wrongly as text) by the dimension's own order.
    query.dimension === 'age_band'
      ? a.period.localeCompare(b.period) || compareDimensionKeys('age_band', a.key, b.key)
      : 0,
  );
  const names =
    query.dimension === 'agency'
      ? await agencyNames(tx, [...new Set(rows.map((row) => row.key))])
      : new Map();
  return {
    scope: suppress !== undefined ? 'national' : 'agency',
    from,
    to,
    groupBy: query.groupBy,
    dimension: query.dimension,
    suppressionThreshold: props.smallCellThreshold,
    rows: partitionSuppressed(rows, query.dimension, suppress).map((row) => ({
      period: row.period,
      key: row.key,
      label: labelOf(query.dimension, row.key),
      name: names.get(row.key) ?? null,
      ...victimCells(row, suppress),
    })),
  };
}

type ProsecutionCounts = Record<(typeof figureMeasures)[number], number>;

/**
 * One period's law-enforcement figures as cells: the total (the row without a category) and each
 * offence category. Beyond the agency, a measure's categories never leave one small count alone
 * hidden, which the total minus the shown categories would give back (src/shared/small-cells.ts).
 */
export function prosecutionCells(
  rows: readonly (ProsecutionCounts & { category: string | null })[],
  suppress: number | undefined,
) {
  const countsOf = (category: string | null): ProsecutionCounts => {
    const row = rows.find((of) => of.category === category);
    return {
      investigations: row?.investigations ?? 0,
      arrests: row?.arrests ?? 0,
      prosecutions: row?.prosecutions ?? 0,
      convictions: row?.convictions ?? 0,
    };
  };
  const cells = (counts: ProsecutionCounts, hidden?: Set<keyof ProsecutionCounts>) => {
    const one = (measure: keyof ProsecutionCounts): Cell =>
      hidden?.has(measure) ? hiddenCell : cell(counts[measure], suppress);
    return {
      investigations: one('investigations'),
      arrests: one('arrests'),
      prosecutions: one('prosecutions'),
      convictions: one('convictions'),
    };
  };
  const byCategory = offenceCategories.map(countsOf);
  const hidden = hiddenCells(byCategory, figureMeasures, suppress);
  return {
    total: cells(countsOf(null)),
    byCategory: offenceCategories.map((category, index) => ({
      category,
      label: prosecutionLabels.offenceCategory[category],
      ...cells(byCategory[index] as ProsecutionCounts, hidden[index]),
    })),
  };
}

/**
 * The main dashboard: victims by period, the prosecution figures by offence category (the
 * prosecution module's own function, so the two can never disagree) and overdue deadlines.
 */
export async function readDashboard(
  props: Props & { query: DashboardQuery; now: Date },
): Promise<DashboardView> {
  const { tx, actor, query } = props;
  const { from, to } = await periodOf(tx, actor, query);
  const suppress = nationalScope(actor) ? props.smallCellThreshold : undefined;
  const victims = await victimStatistics(tx, { from, to, groupBy: query.groupBy, dimension: 'none' });
  const figures = await prosecutionFigures(tx, { from, to, groupBy: query.groupBy });
  const overdue = await overdueDeadlines(tx, props.now);
  const periods = [...new Set(figures.map((row) => row.period))];
  return {
    scope: suppress !== undefined ? 'national' : 'agency',
    from,
    to,
    groupBy: query.groupBy,
    suppressionThreshold: props.smallCellThreshold,
    victims: victims.map((row) => ({ period: row.period, ...victimCells(row, suppress) })),
    prosecution: periods.map((period) => ({
      period,
      ...prosecutionCells(
        figures.filter((row) => row.period === period),
        suppress,
      ),
    })),
    overdueDeadlines: overdue.map((row) => ({ kind: row.source_kind, overdue: cell(row.overdue, suppress) })),
  };
}
