import ExcelJS from 'exceljs';
import type { ReportDocument, ReportTable, TableValue } from './report.tables.ts';

/**
 * A text cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
 * return) gets a leading apostrophe, in CSV and XLSX alike; numbers are written as numbers.
 * OWASP's CSV injection advice.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const shown = (cell: TableValue): string | number => (cell === null ? 'x' : cell);

function csvField(cell: TableValue): string {
  const out = shown(cell);
  if (typeof out === 'number') return String(out);
  const text = neutralise(out);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const csvLine = (cells: readonly TableValue[]) => `${cells.map(csvField).join(',')}\r\n`;

/**
 * The tables as CSV (RFC 4180, UTF-8 with a byte order mark so that spreadsheets read Vietnamese).
 * One table: its header and rows. Several: each starts with its title and ends with a blank line.
 */
export function toCsv(document: ReportDocument): Buffer {
  const tables = document.sections.flatMap((section) => section.tables);
  let out = '\uFEFF';
  const single = tables.length === 1;
  if (!single)
    out += `${csvLine([document.title])}${document.lines.map((line) => csvLine([line])).join('')}\r\n`;
  for (const table of tables) {
    if (!single) out += csvLine([table.title]);
    out += csvLine(table.columns);
    for (const row of table.rows) out += csvLine(row);
    for (const note of table.notes) out += csvLine([note]);
    if (!single) out += '\r\n';
  }
  return Buffer.from(out, 'utf8');
}

/** A worksheet name: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
function sheetName(table: ReportTable, taken: Set<string>): string {
  const base = table.name.replace(/[:\\/?*[\]]/g, '-').slice(0, 28) || 'table';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base}-${n}`;
  taken.add(name.toLowerCase());
  return name;
}

const xlsxCell = (cell: TableValue) => {
  const out = shown(cell);
  return typeof out === 'number' ? out : neutralise(out);
};

/** The tables as an XLSX workbook: a first sheet describing the report, then one sheet per table. */
export async function toXlsx(document: ReportDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lindung';
  const about = workbook.addWorksheet('about');
  about.addRow([neutralise(document.title)]).font = { bold: true, size: 14 };
  for (const line of document.lines) about.addRow([neutralise(line)]);
  about.getColumn(1).width = 90;
  const taken = new Set(['about']);
  for (const section of document.sections) {
    for (const table of section.tables) {
      const sheet = workbook.addWorksheet(sheetName(table, taken));
      sheet.addRow([neutralise(section.title)]).font = { bold: true };
      sheet.addRow([neutralise(table.title)]).font = { bold: true };
      sheet.addRow(table.columns.map((column) => neutralise(column))).font = { bold: true };
      for (const row of table.rows) sheet.addRow(row.map(xlsxCell));
      for (const note of table.notes) sheet.addRow([neutralise(note)]).font = { italic: true };
      sheet.columns.forEach((column, index) => {
        column.width = index === 0 ? 40 : 18;
      });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
