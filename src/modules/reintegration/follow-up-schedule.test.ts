import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addMonths, followUpSchedule, intervalProblems } from './follow-up-schedule.ts';

describe('reintegration follow-up schedule', () => {
  it('falls due 1, 3, 6 and 12 months after the return', () => {
    assert.deepEqual(
      followUpSchedule('2025-03-15', [1, 3, 6, 12]).map((f) => f.dueOn),
      ['2025-04-15', '2025-06-15', '2025-09-15', '2026-03-15'],
    );
  });

  it('lands on the last day of a shorter month, leap years included', () => {
    assert.equal(addMonths('2025-01-31', 1), '2025-02-28');
    assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
    assert.equal(addMonths('2024-02-29', 12), '2025-02-28');
    assert.equal(addMonths('2025-08-31', 1), '2025-09-30');
    assert.equal(addMonths('2025-11-30', 3), '2026-02-28');
  });

  it('refuses intervals that do not increase', () => {
    assert.deepEqual(intervalProblems([1, 3, 3, 2], 'followUpMonths'), [
      {
        code: 'interval_not_increasing',
        field: 'followUpMonths.2',
        message: 'is not after the interval before it',
      },
      {
        code: 'interval_not_increasing',
        field: 'followUpMonths.3',
        message: 'is not after the interval before it',
      },
    ]);
    assert.deepEqual(intervalProblems([1, 3, 6, 12], 'followUpMonths'), []);
  });
});
