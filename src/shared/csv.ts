/** The separators a spreadsheet writes a "CSV" with, the standard's first. */
const separators = [',', ';', '\t'] as const;

/**
 * The separator of a file's fields, read from its first line (outside quotes): the one found most
 * often there, a comma when none is. Spreadsheets set to a language that writes decimals with a
 * comma — Indonesian and Vietnamese among them — save "CSV" with semicolons; tab-separated text is
 * what a copy from a spreadsheet gives.
 */
function separatorOf(source: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const c of source) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (separators as readonly string[]).includes(c))
      counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return separators.reduce((best, c) => ((counts.get(c) ?? 0) > (counts.get(best) ?? 0) ? c : best), ',');
}

/**
 * A small RFC 4180 reader (the job adverts' bulk screen, on the server and in its page; the linkage
 * bench's sets of one's own): quoted fields may hold separators, line breaks and doubled quotes.
 * Fields are separated by commas, or by semicolons or tabs when the first line says so
 * (`separatorOf`). Returns the rows as arrays of fields, or the line where a quote was left open.
 */
export function parseCsv(text: string): { rows: string[][]; openQuoteAtRow?: number } {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let startedAt = 1;
  const source = text.startsWith('\ufeff') ? text.slice(1) : text;
  const separator = separatorOf(source);
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      startedAt = rows.length + 1;
    } else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) return { rows, openQuoteAtRow: startedAt };
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { rows };
}
