import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ReportData } from './report.data.ts';
import { toPdf } from './report.pdf.ts';
import { neutralise, toCsv, toXlsx } from './report.spreadsheet.ts';
import { nationalReport, type ReportDocument, tipReport } from './report.tables.ts';

const cell = (value: number | null) => ({ value, suppressed: value === null });
const le = (i: number, a: number | null, p: number, c: number) => ({
  investigations: cell(i),
  arrests: cell(a),
  prosecutions: cell(p),
  convictions: cell(c),
});

/** Figures as the statistics module answers them (the real shapes, made-up numbers). */
const data: ReportData = {
  from: '2025-01-01',
  to: '2025-12-31',
  threshold: 5,
  tip: {
    scope: 'national',
    from: '2025-01-01',
    to: '2025-12-31',
    suppressionThreshold: 5,
    lawEnforcement: {
      total: le(731, 402, 265, 118),
      byCategory: [
        {
          category: 'trafficking_in_persons',
          label: {
            en: 'Trafficking in persons',
            ms: 'Pemerdagangan orang',
            id: 'Perdagangan orang',
            vi: 'Mua bán người',
          },
          ...le(512, 301, 190, 87),
        },
        {
          category: 'forced_labour',
          label: { en: 'Forced labour', ms: 'Kerja paksa', id: 'Kerja paksa', vi: 'Lao động cưỡng bức' },
          ...le(219, null, 75, 31),
        },
      ],
    },
    victims: {
      identified: cell(1493),
      by: [
        {
          dimension: 'sex',
          rows: [
            {
              key: 'female',
              label: { en: 'Female', ms: 'Perempuan', id: 'Perempuan', vi: 'Nữ' },
              identified: cell(917),
            },
            {
              key: 'male',
              label: { en: 'Male', ms: 'Lelaki', id: 'Laki-laki', vi: 'Nam' },
              identified: cell(576),
            },
          ],
        },
        { dimension: 'nationality', rows: [{ key: 'VN', label: null, identified: cell(1493) }] },
      ],
    },
  },
  coordination: {
    activitiesByPillar: [{ pillar: 'prevention', activities: 14 }],
    reportsByStatus: [{ pillar: 'prevention', status: 'on_track', reports: 9 }],
    committees: 3,
    meetings: 7,
    decisions: 22,
    partners: 11,
  },
};

/** The same figures with the dashboard's: victims along the path by year, and deadlines overdue. */
const withDashboard: ReportData = {
  ...data,
  dashboard: {
    scope: 'national',
    from: '2025-01-01',
    to: '2025-12-31',
    groupBy: 'year',
    suppressionThreshold: 5,
    victims: [
      {
        period: '2025-01-01',
        identified: cell(1493),
        referred: cell(917),
        sheltered: cell(412),
        repatriated: cell(233),
        reintegrated: cell(187),
        daysToReferral: cell(4),
        daysToPlacement: cell(9),
      },
    ],
    prosecution: [],
    overdueDeadlines: [
      { kind: 'action_plan_report', overdue: cell(12) },
      { kind: 'partner_mou_expiry', overdue: cell(7) },
      { kind: 'reintegration_follow_up', overdue: cell(41) },
      { kind: 'some_future_kind', overdue: cell(null) },
    ],
  } as unknown as NonNullable<ReportData['dashboard']>,
};

async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string[] }> {
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const text: string[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const content = await (await document.getPage(n)).getTextContent();
    text.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return { pages: document.numPages, text };
}

describe('report files', () => {
  it('draws a PDF that parses, in Vietnamese with its diacritics, with the figures and page numbers', async () => {
    const pdf = await toPdf(nationalReport(data, 'vi', new Date('2026-01-15T00:00:00Z')), 'vi');
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    const { pages, text } = await pdfText(pdf);
    const all = text.join('\n');
    assert.match(all, /Báo cáo quốc gia về phòng, chống mua bán người/);
    for (const heading of ['1. Phòng ngừa', '2. Bảo vệ', '3. Truy tố', '4. Hợp tác'])
      assert.ok(all.includes(heading), heading);
    assert.match(all, /Lao động cưỡng bức/);
    for (const figure of ['512', '219', '731', '1,493', '917', '22']) assert.ok(all.includes(figure), figure);
    assert.match(all, /x: ẩn để bảo vệ số liệu nhỏ/);
    assert.ok(
      text.every((page, index) => page.includes(`Trang ${index + 1} / ${pages}`)),
      'page numbers',
    );
  });

  it("names the overdue deadlines' kinds in the report's language in the PDF, CSV and XLSX", async () => {
    const names = {
      ms: [
        'Laporan kemajuan pelan tindakan perlu dihantar',
        'Memorandum persefahaman dengan rakan kongsi tamat',
      ],
      vi: ['Đến hạn báo cáo tiến độ kế hoạch hành động', 'Biên bản ghi nhớ với đối tác hết hạn'],
    } as const;
    for (const language of ['ms', 'vi'] as const) {
      const document = nationalReport(withDashboard, language, new Date('2026-01-15T00:00:00Z'));
      const csv = toCsv(document).toString('utf8');
      const { text } = await pdfText(await toPdf(document, language));
      const pdf = text.join(' ').replace(/\s+/g, ' ');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await toXlsx(document)) as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('overdue-deadlines');
      const cells: string[] = [];
      sheet?.eachRow((row) => {
        row.eachCell((c) => {
          cells.push(String(c.value));
        });
      });
      for (const name of names[language]) {
        assert.ok(csv.includes(name), `${language} CSV: ${name}`);
        assert.ok(pdf.includes(name), `${language} PDF: ${name}`);
        assert.ok(cells.includes(name), `${language} XLSX: ${name}`);
      }
      for (const raw of ['action_plan_report', 'partner_mou_expiry', 'reintegration_follow_up']) {
        assert.ok(
          !csv.includes(raw) && !pdf.includes(raw) && !cells.includes(raw),
          `${language}: ${raw} raw`,
        );
      }
      assert.ok(cells.includes('some_future_kind'), 'a kind without a name is shown as it is');
    }
  });

  it('cuts no header word of a wide table across lines in the PDF', async () => {
    for (const language of ['en', 'ms', 'id', 'vi'] as const) {
      const document = nationalReport(withDashboard, language, new Date('2026-01-15T00:00:00Z'));
      const { text } = await pdfText(await toPdf(document, language));
      const pdf = text.join(' ');
      const victims = document.sections[1]?.tables.find((table) => table.name === 'victims');
      assert.equal(victims?.columns.length, 8);
      for (const word of (victims?.columns ?? []).flatMap((column) => column.split(/\s+/))) {
        assert.ok(pdf.includes(word), `${language}: "${word}" whole in the PDF`);
      }
    }
  });

  it('writes the TIP table in English with the same figures', async () => {
    const { text } = await pdfText(await toPdf(tipReport(data, 'en', new Date()), 'en'));
    const all = text.join('\n');
    assert.match(all, /Trafficking in Persons Report figures/);
    assert.match(all, /Victims identified by sex/);
    assert.ok(all.includes('190') && all.includes('576'));
  });

  const hostile: ReportDocument = {
    title: '=cmd|" /C calc"!A0',
    lines: ['+SUM(1,2)', '-2+3', '@A1', '\tTab', '\rReturn', 'Plain'],
    threshold: 5,
    sections: [
      {
        title: 'Section',
        tables: [
          {
            name: 'hostile',
            title: 'Hostile',
            columns: ['=HYPERLINK("http://x")', 'Count'],
            rows: [
              ['@SUM(A1:A2)', 3],
              ['-1+1', null],
              ['ordinary', -4],
            ],
            notes: [],
          },
          { name: 'second', title: 'Second', columns: ['A'], rows: [['b']], notes: [] },
        ],
      },
    ],
  };

  it('neutralises cells a spreadsheet would run as formulas, in CSV', () => {
    for (const text of ['=1+1', '+60', '-2', '@SUM(A1)', '\tx', '\rx'])
      assert.equal(neutralise(text), `'${text}`);
    assert.equal(neutralise('Mua bán người'), 'Mua bán người');
    const csv = toCsv(hostile).toString('utf8');
    assert.ok(csv.startsWith('\uFEFF'));
    const lines = csv.slice(1).split('\r\n');
    assert.equal(lines[0], `"'=cmd|"" /C calc""!A0"`);
    assert.equal(lines[1], `"'+SUM(1,2)"`);
    assert.equal(lines[2], "'-2+3");
    assert.equal(lines[3], "'@A1");
    assert.equal(lines[4], "'\tTab");
    assert.equal(lines[5], `"'\rReturn"`);
    assert.ok(csv.includes(`"'=HYPERLINK(""http://x"")",Count`));
    assert.ok(csv.includes("'@SUM(A1:A2),3"));
    assert.ok(csv.includes("'-1+1,x"));
    assert.ok(csv.includes('ordinary,-4'), 'numbers stay numbers');
    for (const line of csv.slice(1).split(/\r\n/)) {
      const first = line.startsWith('"') ? line.slice(1) : line;
      assert.doesNotMatch(first, /^[=+\-@]/, line);
    }
  });

  it('neutralises them in XLSX too, and keeps numbers as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(hostile)) as unknown as ArrayBuffer);
    const values: unknown[] = [];
    workbook.eachSheet((sheet) => {
      sheet.eachRow((row) => {
        row.eachCell((c) => {
          values.push(c.value);
          assert.notEqual(c.type, ExcelJS.ValueType.Formula, `no formula: ${String(c.value)}`);
        });
      });
    });
    const texts = values.filter((v): v is string => typeof v === 'string');
    assert.ok(texts.includes(`'=cmd|" /C calc"!A0`));
    assert.ok(texts.includes(`'=HYPERLINK("http://x")`));
    assert.ok(texts.includes("'@SUM(A1:A2)"));
    assert.ok(
      texts.every((text) => !/^[=+\-@\t\r]/.test(text)),
      texts.join(' | '),
    );
    assert.ok(values.includes(3) && values.includes(-4));
    assert.ok(texts.includes('x'), 'a suppressed count is shown as x');
  });

  it('keeps every table of the national report in a sheet of its own', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await toXlsx(nationalReport(data, 'ms', new Date()))) as unknown as ArrayBuffer,
    );
    const names = workbook.worksheets.map((sheet) => sheet.name);
    assert.ok(names.includes('law-enforcement') && names.includes('coordination'), names.join(','));
    assert.equal(new Set(names).size, names.length);
  });
});
