import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { neutralise, toCsv } from '../web/src/features/statistics/csv.ts';

/* The statistics page's CSV files: quoted where needed, and never a formula in a spreadsheet. */
describe("the statistics page's CSV", () => {
  it('should quote commas, quotes and line breaks', () => {
    assert.equal(toCsv([['a,b', 'say "hi"', 'x\ny', 3]]), '"a,b","say ""hi""","x\ny",3\r\n');
  });

  it('should neutralise cells a spreadsheet would run as formulas, and leave numbers alone', () => {
    for (const text of ['=1+1', '+60', '-2', '@SUM(A1)', '\tx', '\rx']) {
      assert.equal(neutralise(text), `'${text}`);
    }
    assert.equal(neutralise(-2), '-2');
    assert.equal(neutralise('Rumah Perlindungan'), 'Rumah Perlindungan');
    assert.equal(toCsv([['=HYPERLINK("x")', 5]]), `"'=HYPERLINK(""x"")",5\r\n`);
  });
});
