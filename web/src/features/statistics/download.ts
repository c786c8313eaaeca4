import { toCsv } from './csv.ts';

/** Offers the CSV as a file download (a byte-order mark so that spreadsheets read UTF-8). */
export function downloadCsv(fileName: string, rows: readonly (readonly (string | number)[])[]): void {
  const blob = new Blob(['\uFEFF', toCsv(rows)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
