import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { anonymise, type HistogramEntry } from './k-anonymity.ts';
import {
  anonymiseMicrodata,
  csvCell,
  microdataColumns,
  microdataCsv,
  microdataHierarchies,
} from './microdata.ts';

const years = ['2019', '2020', '2021', '2022', '2023', '2024', '2025'];
const sexes = ['female', 'male', 'other', 'unknown'];
const bands = ['0-8', '9-17', '18-20', '21-23', '24-26', '27-29', '30-38', '39-47', '48+', 'unknown'];
const nationalities = ['MY', 'ID', 'VN', 'MM', 'KH', 'TH', 'LA', 'CN', 'BD', 'NG', 'unknown'];
const exploitation = [
  'forced_labour',
  'sexual_exploitation',
  'domestic_servitude',
  'online_scam_compound',
  'forced_criminality',
  'forced_marriage',
  'other',
  'multiple',
  'unknown',
];

/** A victim's quasi-identifiers, skewed like real data: a few common values and a long tail. */
const victim = fc.tuple(
  fc.constantFrom(...years),
  fc.constantFrom(...sexes),
  fc.constantFrom(...bands),
  fc.oneof(
    { arbitrary: fc.constantFrom('MY', 'ID'), weight: 4 },
    { arbitrary: fc.constantFrom(...nationalities), weight: 1 },
  ),
  fc.oneof(
    { arbitrary: fc.constant('MY'), weight: 4 },
    { arbitrary: fc.constantFrom(...nationalities), weight: 1 },
  ),
  fc.constantFrom(...exploitation),
);

function histogramOf(rows: readonly (readonly string[])[]): HistogramEntry[] {
  const counts = new Map<string, { values: string[]; count: number }>();
  for (const row of rows) {
    const key = row.join('|');
    const entry = counts.get(key) ?? { values: [...row], count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()];
}

/** The published file read back as a person re-identifying would: every line counted. */
function publishedLines(csv: string): string[][] {
  const lines = csv.split('\r\n').filter((line) => line !== '');
  assert.equal(lines[0], microdataColumns.join(','));
  return lines.slice(1).map((line) => line.split(','));
}

/** Whether `general` is a generalisation of `value` in the column's hierarchy. */
function covers(q: number, value: string, general: string): boolean {
  const hierarchy = microdataHierarchies[q];
  return hierarchy?.levels.some((level) => level(value) === general) ?? false;
}

describe('k-anonymity of the microdata', () => {
  it('publishes no combination of quasi-identifiers fewer than 11 times, on varied inputs', () => {
    fc.assert(
      fc.property(
        fc.array(victim, { minLength: 0, maxLength: 3000 }),
        fc.constantFrom(0, 0.01, 0.05, 0.3),
        (rows, maxSuppression) => {
          const histogram = histogramOf(rows);
          const result = anonymiseMicrodata(histogram, { maxSuppression });
          const lines = publishedLines([...microdataCsv(result)].join(''));
          const counts = new Map<string, number>();
          for (const line of lines) counts.set(line.join(','), (counts.get(line.join(',')) ?? 0) + 1);
          for (const [combination, count] of counts) {
            assert.ok(count >= 11, `${combination} occurs ${count} times`);
          }
          assert.equal(lines.length, result.report.rowsKept);
          assert.equal(result.report.rowsKept + result.report.rowsSuppressed, rows.length);
          // Generalised, not made up: each published class generalises the records it stands for.
          const levels = result.report.columns.map((column) => column.level);
          for (const group of result.classes) {
            const members = rows.filter((row) =>
              row.every(
                (value, q) => microdataHierarchies[q]?.levels[levels[q] ?? 0]?.(value) === group.values[q],
              ),
            );
            assert.equal(members.length, group.count);
            assert.ok(
              members.every((row) => row.every((value, q) => covers(q, value, group.values[q] ?? ''))),
            );
          }
          // Within the suppression allowance unless everything was generalised away.
          const allTop = result.report.columns.every((column) => column.level === column.maxLevel);
          if (!allTop) assert.ok(result.report.rowsSuppressed <= maxSuppression * rows.length);
        },
      ),
      { numRuns: 60, seed: 20261201 },
    );
  });

  it('keeps more rows than suppression alone on a skewed national set, and reports the loss', () => {
    const rows = fc.sample(victim, { numRuns: 20_000, seed: 7 });
    const histogram = histogramOf(rows);
    const greedy = anonymiseMicrodata(histogram);
    const baseline = anonymiseMicrodata(histogram, { algorithm: 'suppression-only' });
    assert.ok(greedy.report.keptShare >= 0.95, `kept ${greedy.report.keptShare}`);
    assert.ok(baseline.report.keptShare < greedy.report.keptShare, `baseline ${baseline.report.keptShare}`);
    assert.ok(baseline.report.columns.every((column) => column.level === 0));
    assert.ok(greedy.report.precisionLoss > 0 && greedy.report.precisionLoss < 1);
    assert.equal(greedy.report.columns.length, microdataColumns.length);
  });

  it('suppresses everything when fewer than k records exist at all', () => {
    const result = anonymise([{ values: ['a'], count: 10 }], [{ name: 'x', levels: [(v) => v, () => '*'] }], {
      k: 11,
    });
    assert.equal(result.report.rowsKept, 0);
    assert.equal(result.report.rowsSuppressed, 10);
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvCell('+1'), "'+1");
    assert.equal(csvCell('-1'), "'-1");
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvCell('18-20'), '18-20');
  });
});
