import { actionPlanLabels } from '../action-plans/index.ts';
import { deadlineSources } from '../deadlines/index.ts';
import type { Label } from '../prosecution/index.ts';
import { statisticsLabels } from '../statistics/statistics.labels.ts';
import type { Cell } from '../statistics/suppression.ts';
import type { ReportData } from './report.data.ts';
import { reportLabels as L, type Language, say } from './report.labels.ts';

/** A cell of a generated table: text, a count, or null for a suppressed count (shown as "x"). */
export type TableValue = string | number | null;

export interface ReportTable {
  /** A short name (a spreadsheet's sheet name, a CSV section). */
  readonly name: string;
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly TableValue[])[];
  readonly notes: readonly string[];
  /** Whether the last row is the total of the others (left out of the chart). */
  readonly totalRow?: boolean;
  /** Draw a bar chart of this column (by the first column's labels). */
  readonly chartColumn?: number;
}

export interface ReportSection {
  readonly title: string;
  readonly tables: readonly ReportTable[];
}

export interface ReportDocument {
  readonly title: string;
  readonly lines: readonly string[];
  readonly sections: readonly ReportSection[];
  readonly threshold: number;
}

const value = (cell: Cell): TableValue => (cell.suppressed ? null : cell.value);
const named = (label: Label | null | undefined, key: string, language: Language) =>
  label ? label[language] : key;

/** A kind of deadline by its name in the report's language; a kind the platform does not know, as it is. */
export function deadlineKindName(kind: string, language: Language): string {
  return named((deadlineSources as Record<string, Label | undefined>)[kind], kind, language);
}

function suppressionNotes(rows: readonly (readonly TableValue[])[], threshold: number, language: Language) {
  return rows.some((row) => row.some((cell) => cell === null))
    ? [say(L.suppressedNote, language, { n: threshold })]
    : [];
}

/** The TIP-report tables: law enforcement by offence category, and victims by four dimensions. */
export function tipTables(data: ReportData, language: Language): ReportTable[] {
  const { tip, threshold } = data;
  const le = tip.lawEnforcement;
  const leRows: TableValue[][] = [
    ...le.byCategory.map((row) => [
      named(row.label, row.category, language),
      value(row.investigations),
      value(row.arrests),
      value(row.prosecutions),
      value(row.convictions),
    ]),
    [
      L.total[language],
      value(le.total.investigations),
      value(le.total.arrests),
      value(le.total.prosecutions),
      value(le.total.convictions),
    ],
  ];
  const tables: ReportTable[] = [
    {
      name: 'law-enforcement',
      title: L.lawEnforcement[language],
      columns: [
        L.offence[language],
        L.investigations[language],
        L.arrests[language],
        L.prosecutions[language],
        L.convictions[language],
      ],
      rows: leRows,
      notes: [L.totalNote[language], ...suppressionNotes(leRows, threshold, language)],
      chartColumn: 1,
      totalRow: true,
    },
  ];
  for (const by of tip.victims.by) {
    const dimension = statisticsLabels.dimension[by.dimension][language].toLowerCase();
    const rows: TableValue[][] = by.rows.map((row) => [
      named(row.label, row.key, language),
      value(row.identified),
    ]);
    rows.push([L.total[language], value(tip.victims.identified)]);
    tables.push({
      name: `victims-${by.dimension}`,
      title: say(L.victimsBy, language, { dimension }),
      columns: [statisticsLabels.dimension[by.dimension][language], L.count[language]],
      rows,
      notes: suppressionNotes(rows, threshold, language),
      totalRow: true,
      ...(by.dimension === 'exploitation_type' || by.dimension === 'sex' ? { chartColumn: 1 } : {}),
    });
  }
  return tables;
}

function protectionTables(data: ReportData, language: Language): ReportTable[] {
  const dashboard = data.dashboard;
  if (!dashboard) return tipTables(data, language).slice(1);
  const m = statisticsLabels.measure;
  const rows: TableValue[][] = dashboard.victims.map((row) => [
    row.period.slice(0, 4),
    value(row.identified),
    value(row.referred),
    value(row.sheltered),
    value(row.repatriated),
    value(row.reintegrated),
    value(row.daysToReferral),
    value(row.daysToPlacement),
  ]);
  const overdue: TableValue[][] = dashboard.overdueDeadlines.map((row) => [
    deadlineKindName(row.kind, language),
    value(row.overdue),
  ]);
  return [
    {
      name: 'victims',
      title: L.victimsPath[language],
      columns: [
        L.period[language],
        m.identified[language],
        m.referred[language],
        m.sheltered[language],
        m.repatriated[language],
        m.reintegrated[language],
        m.daysToReferral[language],
        m.daysToPlacement[language],
      ],
      rows,
      notes: suppressionNotes(rows, data.threshold, language),
      chartColumn: 1,
    },
    ...tipTables(data, language).slice(1),
    {
      name: 'overdue-deadlines',
      title: L.overdue[language],
      columns: [L.deadlineKind[language], L.count[language]],
      rows: overdue,
      notes: suppressionNotes(overdue, data.threshold, language),
    },
  ];
}

function preventionTables(data: ReportData, language: Language, pillars: readonly string[]): ReportTable[] {
  const c = data.coordination;
  if (!c) return [];
  const pillarName = (pillar: string) =>
    (actionPlanLabels.pillar as Record<string, Label | undefined>)[pillar]?.[language] ?? pillar;
  const statusName = (status: string) =>
    (actionPlanLabels.status as Record<string, Label | undefined>)[status]?.[language] ?? status;
  return [
    {
      name: `activities-${pillars.join('-')}`,
      title: L.activitiesPlanned[language],
      columns: [L.pillar[language], L.count[language]],
      rows: c.activitiesByPillar
        .filter((row) => pillars.includes(row.pillar))
        .map((row) => [pillarName(row.pillar), row.activities]),
      notes: [],
    },
    {
      name: `reports-${pillars.join('-')}`,
      title: L.activities[language],
      columns: [L.pillar[language], L.status[language], L.count[language]],
      rows: c.reportsByStatus
        .filter((row) => pillars.includes(row.pillar))
        .map((row) => [pillarName(row.pillar), statusName(row.status), row.reports]),
      notes: [],
    },
  ];
}

/** The National Report: the period's figures in the four Ps. */
export function nationalReport(data: ReportData, language: Language, generatedAt: Date): ReportDocument {
  const c = data.coordination;
  const scope = data.tip.scope === 'national' ? L.scopeNational : L.scopeAgency;
  const tip = tipTables(data, language);
  return {
    title: L.nationalReport[language],
    lines: header(data, language, generatedAt, scope),
    threshold: data.threshold,
    sections: [
      {
        title: `1. ${actionPlanLabels.pillar.prevention[language]}`,
        tables: preventionTables(data, language, ['prevention']),
      },
      {
        title: `2. ${actionPlanLabels.pillar.protection[language]}`,
        tables: protectionTables(data, language),
      },
      { title: `3. ${actionPlanLabels.pillar.prosecution[language]}`, tables: tip.slice(0, 1) },
      {
        title: `4. ${actionPlanLabels.pillar.partnership[language]}`,
        tables: [
          {
            name: 'coordination',
            title: L.coordination[language],
            columns: [L.measure[language], L.count[language]],
            rows: [
              [L.committees[language], c?.committees ?? 0],
              [L.meetings[language], c?.meetings ?? 0],
              [L.decisions[language], c?.decisions ?? 0],
              [L.partners[language], c?.partners ?? 0],
            ],
            notes: [],
          },
          ...preventionTables(data, language, ['partnership']),
        ],
      },
    ],
  };
}

function header(data: ReportData, language: Language, generatedAt: Date, scope: Label): string[] {
  return [
    `${L.period[language]}: ${data.from} – ${data.to}`,
    scope[language],
    `${L.generated[language]}: ${generatedAt.toISOString().slice(0, 10)}`,
    L.noNames[language],
  ];
}

/** The TIP table as a document of one section. */
export function tipReport(data: ReportData, language: Language, generatedAt: Date): ReportDocument {
  const scope = data.tip.scope === 'national' ? L.scopeNational : L.scopeAgency;
  return {
    title: L.tipTable[language],
    lines: header(data, language, generatedAt, scope),
    threshold: data.threshold,
    sections: [{ title: L.tipTable[language], tables: tipTables(data, language) }],
  };
}
