import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { suppressBeyondOwnAgency } from './training-report.ts';

const row = (key: string, trained: number, certified: number) => ({ key, label: key, trained, certified });

describe('small cells of national training figures', () => {
  it('shows the own agency exactly and hides the next smallest agency until the hidden hold the threshold', () => {
    const { rows, total } = suppressBeyondOwnAgency(
      {
        rows: [row('own', 1, 1), row('big', 9, 9), row('mid', 6, 0), row('small', 2, 2)],
        total: { trained: 18, certified: 12 },
      },
      { by: 'agency', agencyId: 'own', threshold: 5 },
    );
    assert.deepEqual(rows, [
      row('own', 1, 1),
      // 'small' holds 2 < 5: 'mid' goes with it for trained, and 'big' for certified (a zero hides
      // nobody, so 'mid' cannot), else 12 − 1 − 9 would give 'small' back.
      { key: 'big', label: 'big', trained: 9, certified: null, suppressed: true },
      { key: 'mid', label: 'mid', trained: null, certified: 0, suppressed: true },
      { key: 'small', label: 'small', trained: null, certified: null, suppressed: true },
    ]);
    assert.deepEqual(total, { trained: 18, certified: 12 });
  });

  it('hides small cells of roles even when they are of the own agency, and a small total', () => {
    const { rows, total } = suppressBeyondOwnAgency(
      { rows: [row('case_manager', 3, 0)], total: { trained: 3, certified: 0 } },
      { by: 'role', agencyId: 'own', threshold: 5 },
    );
    assert.deepEqual(rows, [
      { key: 'case_manager', label: 'case_manager', trained: null, certified: 0, suppressed: true },
    ]);
    assert.deepEqual(total, { trained: null, certified: 0, suppressed: true });
  });
});
