/**
 * A small RFC 4180 reader (the job adverts' bulk screen, on the server and in its page; the linkage
 * bench's sets of one's own): fields separated by commas, quoted fields may hold commas, line
 * breaks and doubled quotes. Returns the rows as arrays of fields, or the line where a quote was
 * left open.
 */
export function parseCsv(text: string): { rows: string[][]; openQuoteAtRow?: number } {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let startedAt = 1;
  const source = text.startsWith('\ufeff') ? text.slice(1) : text;
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
    } else if (c === ',') {
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
