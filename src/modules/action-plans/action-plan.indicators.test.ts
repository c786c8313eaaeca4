import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectedValue, indicatorProgress } from './action-plan.indicators.ts';
import type { Plan } from './action-plan.schema.ts';

const ids = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const indicator = (id: string, baseline: number | null, targets: Record<string, number>) => ({
  id,
  name: id,
  unit: 'people',
  baseline,
  targets,
});
const plan: Plan = {
  id: ids(1),
  agencyId: ids(2),
  country: 'MY',
  title: 'Plan',
  startYear: 2021,
  endYear: 2025,
  version: 1,
  strategies: [
    {
      id: ids(3),
      pillar: 'protection',
      title: 'Protect',
      activities: [
        {
          id: ids(4),
          title: 'Shelters',
          responsibleAgencyId: ids(5),
          supportingAgencyIds: [],
          indicators: [
            indicator('beds', 100, { '2023': 160, '2025': 200 }),
            indicator('waiting-days', 30, { '2025': 10 }),
            indicator('trained', null, { '2024': 80 }),
            indicator('unreported', 0, { '2025': 5 }),
          ],
        },
      ],
    },
  ],
};
const report = (year: number, state: string, values: Record<string, number>) => ({
  activity_id: ids(4),
  year,
  state,
  indicator_values: Object.entries(values).map(([indicatorId, value]) => ({ indicatorId, value })),
});

describe('indicator values against targets', () => {
  it('should expect the target of a year, the line between known points, and the last target after it', () => {
    const beds = plan.strategies[0]?.activities[0]
      ?.indicators[0] as Plan['strategies'][0]['activities'][0]['indicators'][0];
    assert.equal(expectedValue(beds, 2021, 2023), 160);
    assert.equal(expectedValue(beds, 2021, 2021), 120, 'from the baseline (2020) to the 2023 target');
    assert.equal(expectedValue(beds, 2021, 2024), 180);
    assert.equal(expectedValue(beds, 2021, 2026), 200);
  });

  it('should judge the latest submitted or accepted value by its own year, counting down where the target is below the baseline', () => {
    const { rows, byPillar, byAgency } = indicatorProgress(
      plan,
      [
        report(2022, 'accepted', { beds: 150, 'waiting-days': 20, trained: 10 }),
        report(2023, 'submitted', { beds: 150 }),
        report(2024, 'draft', { beds: 400 }),
      ],
      2025,
    );
    const by = Object.fromEntries(rows.map((row) => [row.indicatorId, row]));
    assert.deepEqual(by.beds?.latest, { year: 2023, value: 150 }, 'a draft does not count');
    assert.equal(by.beds?.status, 'behind', '150 is below the 160 expected in 2023');
    assert.equal(by.beds?.target, 200, "the assessed year's target");
    assert.equal(by['waiting-days']?.status, 'on_track', '20 days is below the 25 expected in 2022');
    assert.equal(by.trained?.status, 'no_target', 'no baseline and no target up to 2022');
    assert.equal(by.unreported?.status, 'no_report');
    assert.deepEqual(byPillar.get('protection'), { on_track: 1, behind: 1, no_report: 1, no_target: 1 });
    assert.deepEqual(byAgency.get(ids(5)), { on_track: 1, behind: 1, no_report: 1, no_target: 1 });
  });

  it('should leave out values of years after the one assessed', () => {
    const { rows } = indicatorProgress(plan, [report(2024, 'accepted', { beds: 190 })], 2023);
    assert.equal(rows[0]?.status, 'no_report');
    assert.equal(rows[0]?.target, 160);
  });
});
