/**
 * A text cell that a spreadsheet would run as a formula (= + - @, or a tab or carriage return
 * first) starts with an apostrophe instead (OWASP's CSV injection advice); numbers stay numbers.
 */
export function neutralise(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A table as CSV (RFC 4180), built in the browser from the figures on the page. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  const field = (value: string | number) => {
    const text = neutralise(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
