import { ValidationError } from '../../shared/errors.ts';
import { reportGraceDays } from './action-plan.labels.ts';
import type { Plan } from './action-plan.schema.ts';

/** The day a year's report falls due: the year's last day plus the grace days. */
export function reportDueOn(year: number, graceDays = reportGraceDays): string {
  const due = new Date(Date.UTC(year, 11, 31 + graceDays));
  return due.toISOString().slice(0, 10);
}

interface ReportFact {
  activity_id: string;
  year: number;
  state: string;
}

interface Tally {
  activities: number;
  reportsDue: number;
  submitted: number;
  accepted: number;
  returned: number;
  late: number;
}
const emptyTally = (): Tally => ({
  activities: 0,
  reportsDue: 0,
  submitted: 0,
  accepted: 0,
  returned: 0,
  late: 0,
});

/**
 * Progress of a plan by pillar and by responsible agency on a day: the reports due (years that have
 * ended), those submitted (awaiting review), accepted and returned, and the late ones — a year
 * ended more than the grace days ago with no report submitted. Drafts count as no report.
 */
export function planProgress(plan: Plan, reports: readonly ReportFact[], today: string) {
  const byPillar = new Map<string, Tally>();
  const byAgency = new Map<string, Tally>();
  const late: { activityId: string; agencyId: string; year: number; dueOn: string }[] = [];
  const currentYear = Number(today.slice(0, 4));
  for (const strategy of plan.strategies) {
    for (const activity of strategy.activities) {
      const tallies = [strategy.pillar, activity.responsibleAgencyId].map((key, i) => {
        const map = i === 0 ? byPillar : byAgency;
        if (!map.has(key)) map.set(key, emptyTally());
        return map.get(key) as Tally;
      });
      for (const tally of tallies) tally.activities += 1;
      for (let year = plan.startYear; year <= plan.endYear; year++) {
        const report = reports.find(
          (r) => r.activity_id === activity.id && r.year === year && r.state !== 'draft',
        );
        const ended = year < currentYear;
        const dueOn = reportDueOn(year);
        const isLate = !report && dueOn < today;
        if (isLate)
          late.push({ activityId: activity.id, agencyId: activity.responsibleAgencyId, year, dueOn });
        for (const tally of tallies) {
          if (ended) tally.reportsDue += 1;
          if (report?.state === 'submitted') tally.submitted += 1;
          if (report?.state === 'accepted') tally.accepted += 1;
          if (report?.state === 'returned') tally.returned += 1;
          if (isLate) tally.late += 1;
        }
      }
    }
  }
  return { byPillar, byAgency, late };
}

/**
 * The year whose indicators the dashboard shows: the one asked for, which must be a year of the
 * plan, or else the current year held within the plan's years.
 */
export function assessedYear(
  plan: Pick<Plan, 'startYear' | 'endYear'>,
  today: string,
  asked?: number,
): number {
  if (asked !== undefined) {
    if (asked < plan.startYear || asked > plan.endYear)
      throw new ValidationError([
        {
          code: 'outside_plan_years',
          field: 'year',
          message: `is outside the plan's years (${plan.startYear}–${plan.endYear})`,
        },
      ]);
    return asked;
  }
  return Math.min(plan.endYear, Math.max(plan.startYear, Number(today.slice(0, 4))));
}
