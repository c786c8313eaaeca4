/** The shapes of src/modules/statistics/statistics.schema.ts, as the page reads them. */
export interface Cell {
  value: number | null;
  suppressed: boolean;
}
export type LocalizedLabel = { en: string; ms: string; id: string; vi: string };
export type GroupBy = 'month' | 'quarter' | 'year';
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
export const victimMeasures = ['identified', 'referred', 'sheltered', 'repatriated', 'reintegrated'] as const;
export type VictimMeasure = (typeof victimMeasures)[number];
/** Medians of days, not counts: in the table, not in the chart. */
export const victimMedians = ['daysToReferral', 'daysToPlacement'] as const;
export type VictimMedian = (typeof victimMedians)[number];
export const prosecutionMeasures = ['investigations', 'arrests', 'prosecutions', 'convictions'] as const;
export type ProsecutionMeasure = (typeof prosecutionMeasures)[number];

interface Common {
  scope: 'agency' | 'national';
  from: string;
  to: string;
  groupBy: GroupBy;
  suppressionThreshold: number;
}
type VictimCells = Record<VictimMeasure | VictimMedian, Cell>;

export interface VictimStatistics extends Common {
  dimension: Dimension;
  rows: ({
    period: string;
    key: string;
    label: LocalizedLabel | null;
    name: string | null;
  } & VictimCells)[];
}

export interface Dashboard extends Common {
  victims: ({ period: string } & VictimCells)[];
  prosecution: {
    period: string;
    total: Record<ProsecutionMeasure, Cell>;
    byCategory: ({ category: string; label: LocalizedLabel } & Record<ProsecutionMeasure, Cell>)[];
  }[];
  overdueDeadlines: { kind: string; overdue: Cell }[];
}

export type StatisticsLabels = Record<string, Record<string, LocalizedLabel>>;
