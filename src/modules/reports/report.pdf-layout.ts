/*
 * How a PDF table's columns share the page, as a pure function of the texts and a way to measure
 * them, so that it can be checked without drawing. pdfkit wraps text at spaces and hyphens, but a
 * word wider than its column is cut wherever the column ends ("Repatri|ated"): each column is
 * made at least as wide as its longest word, and where the page is too narrow for that, the
 * header's type is made smaller until its longest word fits. Body cells are figures and short
 * labels; the first column (the labels) keeps room for its own longest word too.
 */

/** The width of a text at a font size, in points (pdfkit's `widthOfString`, or a stand-in in tests). */
export type Measure = (text: string, font: 'body' | 'bold', size: number) => number;

export interface ColumnLayout {
  /** Each column's width in points; they add up to the table's width. */
  readonly widths: readonly number[];
  /** The font size of each column's header (the body's size unless the longest word needed less). */
  readonly headerSizes: readonly number[];
}

export const tableFontSize = 8.5;
export const cellPadding = 3;
/** Below this a header would be unreadable; a word still too wide is then left to wrap. */
const smallestHeaderSize = 5.5;

const words = (text: string) => text.split(/[\s]+/).filter((word) => word.length > 0);
const widest = (texts: readonly string[], font: 'body' | 'bold', size: number, measure: Measure) =>
  Math.max(0, ...texts.flatMap(words).map((word) => measure(word, font, size)));

/**
 * The columns' widths: the first column its preferred width, the others an equal share of the rest;
 * then any column narrower than its longest word (header in bold, body cells) widened to it, taking
 * the room from the columns that have more than they need, the widest first.
 */
export function layoutColumns(props: {
  columns: readonly string[];
  rows: readonly (readonly string[])[];
  width: number;
  firstWidth: number;
  measure: Measure;
}): ColumnLayout {
  const { columns, rows, width, measure } = props;
  const n = columns.length;
  const needed = columns.map(
    (header, index) =>
      Math.max(
        widest([header], 'bold', tableFontSize, measure),
        widest(
          rows.map((row) => row[index] ?? ''),
          'body',
          tableFontSize,
          measure,
        ),
      ) +
      2 * cellPadding +
      0.5,
  );
  const total = needed.reduce((sum, w) => sum + w, 0);
  if (total > width) {
    // Not room for every longest word: each column in proportion to what it needs, the headers
    // then smaller in the same proportion.
    const widths = needed.map((w) => (w * width) / total);
    return { widths, headerSizes: headerSizesFor(columns, widths, measure) };
  }
  const first = n > 1 ? Math.min(props.firstWidth, width) : width;
  const widths = columns.map((_, index) => (index === 0 ? first : (width - first) / Math.max(1, n - 1)));
  // Water-filling: widen each column that is short to what it needs, from the columns with room.
  for (let round = 0; round < n * n; round += 1) {
    const short = widths.findIndex((w, index) => w + 0.01 < (needed[index] as number));
    if (short === -1) break;
    const spare = widths.map((w, index) => Math.max(0, w - (needed[index] as number)));
    const donor = spare.indexOf(Math.max(...spare));
    const give = Math.min(spare[donor] as number, (needed[short] as number) - (widths[short] as number));
    if (give <= 0.01) break;
    widths[donor] = (widths[donor] as number) - give;
    widths[short] = (widths[short] as number) + give;
  }
  return { widths, headerSizes: headerSizesFor(columns, widths, measure) };
}

/** Each header's size: the body's, or less where its longest word would not fit its column. */
function headerSizesFor(columns: readonly string[], widths: readonly number[], measure: Measure): number[] {
  return columns.map((header, index) => {
    const room = (widths[index] as number) - 2 * cellPadding - 0.5;
    const word = widest([header], 'bold', tableFontSize, measure);
    if (word <= room) return tableFontSize;
    // Text width is proportional to the size: the size at which the longest word just fits.
    return Math.max(smallestHeaderSize, Math.floor(((tableFontSize * room) / word) * 10) / 10);
  });
}
