import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { presentFigurePeriods } from './figures.presenter.ts';
import type { FiguresRow } from './figures.repo.ts';

const row = (period: string, category: FiguresRow['category'], n: number): FiguresRow => ({
  period,
  category,
  investigations: n,
  arrests: n,
  prosecutions: n,
  convictions: n,
});

describe('presentFigurePeriods', () => {
  it('lists every offence category in every period, zero where nothing was counted', () => {
    const [period] = presentFigurePeriods([
      row('2025-01-01', null, 2),
      row('2025-01-01', 'forced_labour', 2),
    ]);
    assert.deepEqual(
      period?.byCategory.map((c) => [c.category, c.investigations]),
      [
        ['trafficking_in_persons', 0],
        ['smuggling_of_migrants', 0],
        ['forced_labour', 2],
        ['related', 0],
      ],
    );
    assert.equal(period?.total.convictions, 2);
  });

  it('keeps the periods in the order the database gave them, and gives none for no rows', () => {
    const periods = presentFigurePeriods([
      row('2025-01-01', null, 1),
      row('2025-04-01', null, 3),
      row('2025-04-01', 'related', 3),
    ]);
    assert.deepEqual(
      periods.map((p) => [p.period, p.total.arrests]),
      [
        ['2025-01-01', 1],
        ['2025-04-01', 3],
      ],
    );
    assert.deepEqual(presentFigurePeriods([]), []);
  });
});
