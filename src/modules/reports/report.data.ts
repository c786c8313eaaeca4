import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import { readDashboard } from '../statistics/statistics.commands.ts';
import type { DashboardView } from '../statistics/statistics.schema.ts';
import { readTipTable } from '../statistics/tip.commands.ts';
import type { TipTableView } from '../statistics/tip.schema.ts';

/** Coordination figures of the caller's country (no victim data: plans, committees, meetings). */
export interface CoordinationFigures {
  /** Activities of action plans whose years overlap the period, by pillar. */
  activitiesByPillar: { pillar: string; activities: number }[];
  /** Activity reports for the period's years, by pillar and status. */
  reportsByStatus: { pillar: string; status: string; reports: number }[];
  committees: number;
  meetings: number;
  decisions: number;
  partners: number;
}

export interface ReportData {
  from: string;
  to: string;
  threshold: number;
  tip: TipTableView;
  dashboard?: DashboardView;
  coordination?: CoordinationFigures;
}

/** Plans, committees and meetings as row-level security lets the caller read them (their country's). */
export async function coordinationFigures(
  tx: Tx,
  period: { from: string; to: string },
): Promise<CoordinationFigures> {
  const years = [Number(period.from.slice(0, 4)), Number(period.to.slice(0, 4))];
  const activitiesByPillar = await tx.query<{ pillar: string; activities: number }>(
    `select s.pillar, count(*)::int as activities
       from action_plan_activity a
       join action_plan_strategy s on s.id = a.strategy_id
       join action_plan p on p.id = a.plan_id
      where p.start_year <= $2 and p.end_year >= $1
      group by s.pillar order by s.pillar`,
    years,
  );
  const reportsByStatus = await tx.query<{ pillar: string; status: string; reports: number }>(
    `select s.pillar, r.status, count(*)::int as reports
       from action_plan_report r
       join action_plan_activity a on a.id = r.activity_id
       join action_plan_strategy s on s.id = a.strategy_id
      where r.year between $1 and $2
      group by s.pillar, r.status order by s.pillar, r.status`,
    years,
  );
  const [counts] = await tx.query<{
    committees: number;
    meetings: number;
    decisions: number;
    partners: number;
  }>(
    `select (select count(*) from committee)::int as committees,
            (select count(*) from meeting where held_on between $1 and $2)::int as meetings,
            (select count(*) from meeting_decision d join meeting m on m.id = d.meeting_id
              where m.held_on between $1 and $2)::int as decisions,
            (select count(distinct agency_id) from committee_member)::int as partners`,
    [period.from, period.to],
  );
  return {
    activitiesByPillar,
    reportsByStatus,
    committees: counts?.committees ?? 0,
    meetings: counts?.meetings ?? 0,
    decisions: counts?.decisions ?? 0,
    partners: counts?.partners ?? 0,
  };
}

/** Everything a report of this kind shows, read as the requesting user. */
export async function reportData(props: {
  tx: Tx;
  actor: Actor;
  kind: 'national-report' | 'tip-table';
  from: string;
  to: string;
  threshold: number;
  now: Date;
}): Promise<ReportData> {
  const { tx, actor, from, to, threshold } = props;
  // A report is a job: it can afford the identification decisions, counted from the base tables.
  const tip = await readTipTable({
    tx,
    actor,
    query: { from, to, identificationDecisions: true },
    smallCellThreshold: threshold,
  });
  if (props.kind === 'tip-table') return { from, to, threshold, tip };
  const dashboard = await readDashboard({
    tx,
    actor,
    query: { from, to, groupBy: 'year' },
    now: props.now,
    smallCellThreshold: threshold,
  });
  return { from, to, threshold, tip, dashboard, coordination: await coordinationFigures(tx, { from, to }) };
}
