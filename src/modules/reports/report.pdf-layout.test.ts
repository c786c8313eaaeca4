import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cellPadding, layoutColumns, type Measure, tableFontSize } from './report.pdf-layout.ts';

/** A stand-in for the font: every character 0.6 em wide, bold 0.65. */
const measure: Measure = (text, font, size) => text.length * size * (font === 'bold' ? 0.65 : 0.6);
const longestWord = (text: string) => text.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');
const fits = (word: string, width: number, size: number) =>
  measure(word, 'bold', size) <= width - 2 * cellPadding;

describe('the PDF table layout', () => {
  const columns = [
    'Period',
    'Victims identified',
    'Referred',
    'Sheltered',
    'Repatriated',
    'Reintegrated',
    'Median days to referral',
    'Median days to placement',
  ];

  it("widens a column to its header's longest word, from columns with room, and keeps the table's width", () => {
    const { widths, headerSizes } = layoutColumns({
      columns,
      rows: [['2025', '1,493', '917', '12', '40', '33', '4', '9']],
      width: 495,
      firstWidth: 150,
      measure,
    });
    assert.equal(Math.round(widths.reduce((a, b) => a + b, 0)), 495);
    columns.forEach((header, index) => {
      assert.equal(headerSizes[index], tableFontSize, header);
      assert.ok(
        fits(longestWord(header), widths[index] as number, tableFontSize),
        `${header}: ${widths[index]}`,
      );
    });
    // An equal share of what the first column leaves is 49.3 points: "Reintegrated" needs more.
    assert.ok((widths[5] as number) > 49.3);
    assert.ok((widths[0] as number) < 150, 'the label column gave up room');
  });

  it('makes a header smaller when the page cannot hold its longest word, rather than cutting it', () => {
    const many = [...columns, 'Kemasukan', 'Pemulangan', 'Penyiasatan', 'Pendakwaan'];
    const { widths, headerSizes } = layoutColumns({
      columns: many,
      rows: [],
      width: 495,
      firstWidth: 150,
      measure,
    });
    assert.ok(
      headerSizes.some((size) => size < tableFontSize),
      'some headers are smaller',
    );
    many.forEach((header, index) => {
      assert.ok(
        fits(longestWord(header), widths[index] as number, headerSizes[index] as number),
        `${header} at ${headerSizes[index]} in ${widths[index]}`,
      );
    });
  });
});
