import type { Plan } from './action-plan.schema.ts';

export const indicatorStatuses = ['on_track', 'behind', 'no_report', 'no_target'] as const;
export type IndicatorStatus = (typeof indicatorStatuses)[number];

interface ReportValues {
  activity_id: string;
  year: number;
  state: string;
  indicator_values: readonly { indicatorId: string; value: number }[];
}

type Indicator = Plan['strategies'][number]['activities'][number]['indicators'][number];

/**
 * The value an indicator should have reached in a year: that year's target; between two known
 * points (the baseline counts as the year before the plan), the straight line between them; after
 * the last target, that target. Before the first target with no baseline, nothing can be said.
 */
export function expectedValue(indicator: Indicator, startYear: number, year: number): number | null {
  const points = Object.entries(indicator.targets)
    .map(([y, value]) => ({ year: Number(y), value }))
    .concat(indicator.baseline === null ? [] : [{ year: startYear - 1, value: indicator.baseline }])
    .sort((a, b) => a.year - b.year);
  const before = points.filter((p) => p.year <= year).at(-1);
  const after = points.find((p) => p.year >= year);
  if (!before) return null;
  if (!after || after.year === before.year) return before.value;
  return before.value + ((after.value - before.value) * (year - before.year)) / (after.year - before.year);
}

/** An indicator whose last target is below its baseline counts down (e.g. waiting days), others up. */
function countsDown(indicator: Indicator): boolean {
  const last = Object.entries(indicator.targets)
    .sort(([a], [b]) => Number(a) - Number(b))
    .at(-1);
  return last !== undefined && indicator.baseline !== null && last[1] < indicator.baseline;
}

/**
 * Each indicator of a plan in a year of it: the baseline, the year's target, the latest value its
 * agency reported up to that year (in a submitted or accepted report; drafts and returned reports
 * do not count), and whether that value is on track — measured against what the indicator should
 * have reached in the value's own year, so a value of an earlier year is judged by that year.
 */
export function indicatorProgress(plan: Plan, reports: readonly ReportValues[], year: number) {
  const rows = plan.strategies.flatMap((strategy) =>
    strategy.activities.flatMap((activity) =>
      activity.indicators.map((indicator) => {
        const latest = reports
          .filter((r) => r.activity_id === activity.id && r.year <= year)
          .filter((r) => r.state === 'submitted' || r.state === 'accepted')
          .flatMap((r) =>
            r.indicator_values
              .filter((v) => v.indicatorId === indicator.id)
              .map((v) => ({ year: r.year, value: v.value })),
          )
          .sort((a, b) => b.year - a.year)[0];
        const expected = latest ? expectedValue(indicator, plan.startYear, latest.year) : null;
        let status: IndicatorStatus = 'no_report';
        if (latest && expected === null) status = 'no_target';
        else if (latest && expected !== null) {
          const reached = countsDown(indicator) ? latest.value <= expected : latest.value >= expected;
          status = reached ? 'on_track' : 'behind';
        }
        return {
          indicatorId: indicator.id,
          activityId: activity.id,
          pillar: strategy.pillar,
          agencyId: activity.responsibleAgencyId,
          name: indicator.name,
          unit: indicator.unit,
          baseline: indicator.baseline,
          target: indicator.targets[String(year)] ?? null,
          latest: latest ?? null,
          expected,
          status,
        };
      }),
    ),
  );
  const countBy = (key: 'pillar' | 'agencyId') => {
    const counts = new Map<string, Record<IndicatorStatus, number>>();
    for (const row of rows) {
      const tally = counts.get(row[key]) ?? { on_track: 0, behind: 0, no_report: 0, no_target: 0 };
      tally[row.status] += 1;
      counts.set(row[key], tally);
    }
    return counts;
  };
  return { rows, byPillar: countBy('pillar'), byAgency: countBy('agencyId') };
}
