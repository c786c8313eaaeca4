import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { carePlanProblems } from './care-plan.rules.ts';
import { setCarePlanSchema } from './care-plan.schema.ts';

const plan = (change: Record<string, unknown> = {}) =>
  setCarePlanSchema.parse({ reviewOn: '2026-03-01', goals: ['Safe housing'], ...change });
const fields = (problems: { field: string }[]) => problems.map((problem) => problem.field);

describe('care plan rules', () => {
  it('accepts a plan reviewed on its own date, with open-ended services', () => {
    const services = [{ type: 'shelter', startsOn: '2026-01-10' }];
    assert.deepEqual(
      carePlanProblems(plan({ reviewOn: '2026-01-10', services }), '2026-01-10', '2026-01-10'),
      [],
    );
  });

  it('refuses a plan dated in the future and a review before the plan date', () => {
    assert.deepEqual(fields(carePlanProblems(plan(), '2026-01-11', '2026-01-10')), ['plannedOn']);
    assert.deepEqual(fields(carePlanProblems(plan({ reviewOn: '2026-01-09' }), '2026-01-10', '2026-01-10')), [
      'reviewOn',
    ]);
  });

  it('names the service that ends before it starts, and a service named twice', () => {
    const id = '5b0cb9c2-4d1f-4f36-9a43-3cf41dc3a0f1';
    const services = [
      { id, type: 'medical', startsOn: '2026-01-01', endsOn: '2026-02-01' },
      { type: 'legal_aid', startsOn: '2026-02-01', endsOn: '2026-01-31' },
      { id, type: 'medical' },
    ];
    assert.deepEqual(fields(carePlanProblems(plan({ services }), '2026-01-10', '2026-01-10')), [
      'services.1.endsOn',
      'services.2.id',
    ]);
  });
});
