import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Language } from './report.labels.ts';
import { reportLabels as L } from './report.labels.ts';
import { cellPadding, layoutColumns, tableFontSize } from './report.pdf-layout.ts';
import type { ReportDocument, ReportTable, TableValue } from './report.tables.ts';

/*
 * PDF reports drawn with pdfkit: DejaVu Sans embedded (subset) so that Vietnamese, Malay and
 * Indonesian text renders whatever the reader has installed; tables and horizontal bar charts are
 * vector graphics; every page carries "Page n of N". Only what the ReportDocument holds is drawn:
 * counts and labels, never a name or identifier.
 */
const require = createRequire(import.meta.url);
const fonts = {
  body: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

const margin = 50;
const ink = '#1f2933';
const rule = '#9aa5b1';
const bar = '#2f6f9f';

type Doc = InstanceType<typeof PDFDocument>;

const text = (cell: TableValue) =>
  cell === null ? 'x' : typeof cell === 'number' ? cell.toLocaleString('en') : cell;

function bottom(doc: Doc) {
  return doc.page.height - margin - 20;
}

function ensureRoom(doc: Doc, height: number) {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function drawTable(doc: Doc, table: ReportTable) {
  const width = doc.page.width - 2 * margin;
  const padding = cellPadding;
  const { widths, headerSizes } = layoutColumns({
    columns: table.columns,
    rows: table.rows.map((row) => row.map(text)),
    width,
    firstWidth: table.columns.length > 3 ? 150 : 220,
    measure: (value, font, size) => doc.font(font).fontSize(size).widthOfString(value),
  });
  const bodySizes = table.columns.map(() => tableFontSize);
  const rowHeight = (cells: readonly TableValue[], font: string, sizes: readonly number[]) =>
    Math.max(
      ...cells.map((cell, index) =>
        doc
          .font(font)
          .fontSize(sizes[index] ?? tableFontSize)
          .heightOfString(text(cell), { width: (widths[index] ?? 0) - 2 * padding }),
      ),
    ) +
    2 * padding;
  const drawRow = (cells: readonly TableValue[], font: string, shade: boolean, sizes: readonly number[]) => {
    const height = rowHeight(cells, font, sizes);
    const top = doc.y;
    if (shade) doc.rect(margin, top, width, height).fill('#e4e7eb');
    let x = margin;
    cells.forEach((cell, index) => {
      const w = widths[index] ?? 0;
      doc
        .fillColor(ink)
        .font(font)
        .fontSize(sizes[index] ?? tableFontSize)
        .text(text(cell), x + padding, top + padding, {
          width: w - 2 * padding,
          align: index === 0 ? 'left' : 'right',
        });
      x += w;
    });
    doc
      .moveTo(margin, top + height)
      .lineTo(margin + width, top + height)
      .lineWidth(0.5)
      .strokeColor(rule)
      .stroke();
    doc.x = margin;
    doc.y = top + height;
  };
  ensureRoom(doc, 60);
  doc.font('bold').fontSize(10).fillColor(ink).text(table.title, margin, doc.y, { width });
  doc.moveDown(0.3);
  drawRow(table.columns, 'bold', true, headerSizes);
  for (const row of table.rows) {
    if (doc.y + rowHeight(row, 'body', bodySizes) > bottom(doc)) {
      doc.addPage();
      drawRow(table.columns, 'bold', true, headerSizes);
    }
    drawRow(row, 'body', false, bodySizes);
  }
  if (table.rows.length === 0) {
    doc
      .font('body')
      .fontSize(8.5)
      .text('—', margin + padding, doc.y + padding);
  }
  for (const note of table.notes) {
    ensureRoom(doc, 14);
    doc
      .font('body')
      .fontSize(7.5)
      .fillColor('#52606d')
      .text(note, margin, doc.y + 3, { width });
  }
  doc.fillColor(ink);
  doc.moveDown(0.8);
  if (table.chartColumn !== undefined) drawChart(doc, table, table.chartColumn);
}

/** Horizontal bars of one column, by the rows' labels (no total row, no suppressed cell). */
function drawChart(doc: Doc, table: ReportTable, column: number) {
  const rows = (table.totalRow ? table.rows.slice(0, -1) : table.rows)
    .filter((row) => typeof row[column] === 'number')
    .map((row) => ({ label: String(row[0]), value: row[column] as number }));
  if (rows.length === 0) return;
  const max = Math.max(1, ...rows.map((row) => row.value));
  const labelWidth = 160;
  const barArea = doc.page.width - 2 * margin - labelWidth - 50;
  const step = 14;
  ensureRoom(doc, Math.min(rows.length * step + 24, 200));
  doc
    .font('body')
    .fontSize(8)
    .fillColor('#52606d')
    .text(`${table.columns[column] ?? ''}`, margin, doc.y, {
      width: labelWidth + barArea,
    });
  doc.moveDown(0.2);
  for (const row of rows) {
    ensureRoom(doc, step);
    const top = doc.y;
    doc
      .fillColor(ink)
      .font('body')
      .fontSize(7.5)
      .text(row.label, margin, top + 2, {
        width: labelWidth - 6,
        height: step,
        ellipsis: true,
        lineBreak: false,
      });
    const length = (row.value / max) * barArea;
    if (length > 0) doc.rect(margin + labelWidth, top + 2, length, step - 5).fill(bar);
    doc.fillColor(ink).text(row.value.toLocaleString('en'), margin + labelWidth + length + 4, top + 2, {
      lineBreak: false,
    });
    doc.x = margin;
    doc.y = top + step;
  }
  doc.moveDown(1);
}

/** Draws the document as a PDF, with page numbers; `onSection` is told as each section is done. */
export function toPdf(
  document: ReportDocument,
  language: Language,
  onSection: (done: number, total: number) => void = () => {},
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin,
    bufferPages: true,
    lang: language,
    info: { Title: document.title, Creator: 'Lindung', Producer: 'Lindung' },
  });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('body', fonts.body);
  doc.registerFont('bold', fonts.bold);
  const width = doc.page.width - 2 * margin;
  doc.font('bold').fontSize(18).fillColor(ink).text(document.title, { width });
  doc.moveDown(0.5);
  doc.font('body').fontSize(10);
  for (const line of document.lines) doc.text(line, { width });
  doc.moveDown(1);
  document.sections.forEach((section, index) => {
    ensureRoom(doc, 80);
    doc.font('bold').fontSize(14).fillColor(ink).text(section.title, margin, doc.y, { width });
    doc
      .moveTo(margin, doc.y + 2)
      .lineTo(margin + width, doc.y + 2)
      .lineWidth(1)
      .strokeColor(bar)
      .stroke();
    doc.moveDown(0.8);
    if (section.tables.length === 0) doc.font('body').fontSize(9).text(L.none[language], { width });
    for (const table of section.tables) drawTable(doc, table);
    onSection(index + 1, document.sections.length);
  });
  const pages = doc.bufferedPageRange();
  for (let index = pages.start; index < pages.start + pages.count; index += 1) {
    doc.switchToPage(index);
    const keep = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('body')
      .fontSize(8)
      .fillColor('#52606d')
      .text(
        `${L.page[language]} ${index + 1} ${L.of[language]} ${pages.count}`,
        margin,
        doc.page.height - margin + 10,
        { width, align: 'center', lineBreak: false },
      );
    doc.page.margins.bottom = keep;
  }
  doc.end();
  return finished;
}
