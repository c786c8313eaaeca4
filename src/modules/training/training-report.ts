import type { Tx } from '../../db/db.ts';
import { type Actor, can } from '../../policy/policy.ts';
import { suppressCounts, suppressPartition } from '../../shared/small-cells.ts';
import { trainingLabels } from './training.labels.ts';
import type { ReportQuery } from './training.schema.ts';

interface FigureRow {
  key: string;
  label: string;
  trained: number;
  certified: number;
}

const groupings = {
  agency: { key: 'p.agency_id::text', label: 'a.name' },
  role: { key: 'p.role', label: 'p.role' },
  topic: { key: 'c.topic', label: 'c.topic' },
  month: { key: "to_char(s.ends_on, 'YYYY-MM')", label: "to_char(s.ends_on, 'YYYY-MM')" },
} as const;

/** Counts over the participants the caller may see (the database decides): the running agency's trainers see their sessions, others their own agency's staff. */
async function visibleFigures(tx: Tx, { from, to, by }: ReportQuery) {
  const grouping = groupings[by];
  const rows = await tx.query<FigureRow>(
    `select ${grouping.key} as key, ${grouping.label} as label,
            count(distinct coalesce(p.user_id::text, p.id::text))::int as trained,
            count(distinct coalesce(p.user_id::text, p.id::text)) filter (where t.id is not null)::int as certified
       from training_participant p
       join agency a on a.id = p.agency_id
       join training_session s on s.id = p.session_id
       join training_course c on c.id = s.course_id
       left join training_certificate t on t.participant_id = p.id
      where p.attended and s.ends_on between $1 and $2
      group by 1, 2`,
    [from, to],
  );
  const [total] = await tx.query<{ trained: number; certified: number }>(
    `select count(distinct coalesce(p.user_id::text, p.id::text))::int as trained, count(distinct coalesce(p.user_id::text, p.id::text)) filter (where t.id is not null)::int as certified
       from training_participant p join training_session s on s.id = p.session_id
       left join training_certificate t on t.participant_id = p.id
      where p.attended and s.ends_on between $1 and $2`,
    [from, to],
  );
  return { rows, total: total ?? { trained: 0, certified: 0 } };
}

/** The country's counts, through the database function that gives them to statistics:read only. */
async function nationalFigures(tx: Tx, { from, to, by }: ReportQuery) {
  const figures = (grouping: string) =>
    tx.query<FigureRow>('select key, label, trained, certified from lindung_training_figures($1, $2, $3)', [
      from,
      to,
      grouping,
    ]);
  const [total] = await figures('total');
  return {
    rows: await figures(by),
    total: { trained: total?.trained ?? 0, certified: total?.certified ?? 0 },
  };
}

/**
 * Small cells of figures beyond the caller's own agency (decision 0012): every row but the
 * agency's own when grouped by agency, every row otherwise, and the total. By agency the rows split
 * the people trained (a partition whose total is shown), so more are hidden until the hidden cells
 * hold the threshold together; roles, topics and months may overlap, so only their small cells go.
 */
export function suppressBeyondOwnAgency(
  figures: { rows: FigureRow[]; total: { trained: number; certified: number } },
  props: { by: ReportQuery['by']; agencyId: string; threshold: number },
) {
  const own = (row: FigureRow) => props.by === 'agency' && row.key === props.agencyId;
  const hidden = new Set<string>();
  if (props.by === 'agency') {
    for (const measure of ['trained', 'certified'] as const) {
      const others = Object.fromEntries(
        figures.rows.filter((row) => !own(row)).map((row) => [row.key, row[measure]]),
      );
      const { counts } = suppressPartition(others, props.threshold);
      for (const [key, count] of Object.entries(counts)) if (count === null) hidden.add(`${key}:${measure}`);
    }
  }
  const rows = figures.rows.map((row) => {
    if (own(row)) return { ...row };
    const primary = suppressCounts(row, props.threshold);
    const trained = hidden.has(`${row.key}:trained`) ? null : primary.trained;
    const certified = hidden.has(`${row.key}:certified`) ? null : primary.certified;
    return trained === null || certified === null
      ? { ...row, trained, certified, suppressed: true as const }
      : { ...row };
  });
  return { rows, total: suppressCounts(figures.total, props.threshold) };
}

/**
 * People trained (attended) and certified in a period, by agency, role, topic or month. With
 * statistics:read (a coordinator) the whole country's, small cells beyond the caller's agency
 * suppressed; otherwise (a trainer) exact counts over the participants the caller may see.
 */
export async function trainingReport(props: {
  tx: Tx;
  actor: Actor;
  query: ReportQuery;
  smallCellThreshold: number;
}) {
  const { tx, actor, query } = props;
  const national = can(actor, 'statistics:read');
  const figures = national
    ? suppressBeyondOwnAgency(await nationalFigures(tx, query), {
        by: query.by,
        agencyId: actor.agencyId,
        threshold: props.smallCellThreshold,
      })
    : await visibleFigures(tx, query);
  const topicLabels = trainingLabels.topic as Record<string, { en: string }>;
  const rows = figures.rows
    .map((row) => ({
      ...row,
      label: query.by === 'topic' ? (topicLabels[row.label]?.en ?? row.label) : row.label,
    }))
    .sort((a, b) => (b.trained ?? 0) - (a.trained ?? 0) || a.label.localeCompare(b.label));
  return {
    ...query,
    scope: national ? ('national' as const) : ('visible' as const),
    ...(national && { suppressionThreshold: props.smallCellThreshold }),
    rows,
    total: figures.total,
  };
}
