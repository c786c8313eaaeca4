import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planProgress, reportDueOn } from './action-plan.rules.ts';
import type { Plan } from './action-plan.schema.ts';

const a = '00000000-0000-4000-8000-00000000000a';
const b = '00000000-0000-4000-8000-00000000000b';
const plan: Plan = {
  id: '00000000-0000-4000-8000-000000000001',
  agencyId: a,
  country: 'MY',
  title: 'Plan',
  startYear: 2021,
  endYear: 2025,
  version: 1,
  strategies: [
    {
      id: '00000000-0000-4000-8000-000000000002',
      pillar: 'prevention',
      title: 'Awareness',
      activities: [
        { id: 'act-1', title: 'Campaign', responsibleAgencyId: a, supportingAgencyIds: [], indicators: [] },
        { id: 'act-2', title: 'Schools', responsibleAgencyId: b, supportingAgencyIds: [], indicators: [] },
      ],
    },
  ],
};

describe('action plan progress', () => {
  it('falls due 30 days after the year ends', () => {
    assert.equal(reportDueOn(2022), '2023-01-30');
  });

  it('flags a year ended past its grace days without a submitted report as late; a draft is no report', () => {
    const reports = [
      { activity_id: 'act-1', year: 2021, state: 'accepted' },
      { activity_id: 'act-1', year: 2022, state: 'submitted' },
      { activity_id: 'act-2', year: 2021, state: 'draft' },
    ];
    const { byPillar, byAgency, late } = planProgress(plan, reports, '2023-01-31');
    assert.deepEqual(
      late.map((l) => [l.activityId, l.year]),
      [
        ['act-2', 2021],
        ['act-2', 2022],
      ],
    );
    assert.deepEqual(byPillar.get('prevention'), {
      activities: 2,
      reportsDue: 4,
      submitted: 1,
      accepted: 1,
      returned: 0,
      late: 2,
    });
    assert.equal(byAgency.get(a)?.late, 0);
    assert.equal(byAgency.get(b)?.late, 2);
    assert.equal(planProgress(plan, reports, '2023-01-30').late.length, 1, 'due day itself is not late');
  });
});
