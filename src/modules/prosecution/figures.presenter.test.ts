import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { presentFigurePeriods } from './figures.presenter.ts';
import type { FiguresRow } from './figures.repo.ts';
import { suppressSmallCells } from './figures.suppression.ts';

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

describe('suppressSmallCells', () => {
  it('hides the next smallest category with a lone small one, so the total cannot give it back', () => {
    const [period] = suppressSmallCells(
      presentFigurePeriods([
        { ...row('2026-05-01', null, 0), investigations: 8, convictions: 22 },
        { ...row('2026-05-01', 'trafficking_in_persons', 0), investigations: 6, convictions: 14 },
        { ...row('2026-05-01', 'smuggling_of_migrants', 0), investigations: 2, convictions: 2 },
        { ...row('2026-05-01', 'forced_labour', 0), convictions: 6 },
      ]),
      5,
    );
    assert.deepEqual(period?.total, { investigations: 8, arrests: 0, prosecutions: 0, convictions: 22 });
    assert.deepEqual(
      period?.byCategory.map((c) => [c.category, c.investigations, c.convictions, c.suppressed]),
      [
        ['trafficking_in_persons', null, 14, true],
        ['smuggling_of_migrants', null, null, true],
        ['forced_labour', 0, null, true],
        ['related', 0, 0, undefined],
      ],
    );
  });
});
