import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { createJobRunner } from '../../jobs/queue.ts';
import { generateSynthetic } from '../../synthetic/generate.ts';
import { aniRecord, personWithCase } from '../referrals/referral.factory.ts';
import type { TipTableView } from '../statistics/tip.schema.ts';
import { generateReportHandler, generateReportJob } from './index.ts';

const period = { from: '2020-01-01', to: '2026-12-31' };
const mediaTypes = {
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages.join('\n');
}

for (const kind of await testDatabaseKinds()) {
  describe(`reports as jobs [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let coordinator: TestSession;
    let jkm: TestSession;
    const drain = () => {
      const { db, keyring, config } = platform();
      return createJobRunner(db, {
        handlers: { [generateReportJob]: generateReportHandler(db, keyring, config) },
      }).drain();
    };
    const ask = async (session: TestSession, body: Record<string, unknown>) => {
      const response = await session.request('POST', '/api/reports', { ...period, ...body });
      assert.equal(response.statusCode, 202, response.body);
      assert.equal(response.headers.location, `/api/reports/${response.json().id}`);
      return response.json() as { id: string; status: string; progress: number; scope: string };
    };
    /** The report's file, after checking it comes under its own type and a name saying what it is. */
    const file = async (session: TestSession, id: string) => {
      const response = await session.request('GET', `/api/reports/${id}/file`);
      assert.equal(response.statusCode, 200, response.body);
      const report = (await session.request('GET', `/api/reports/${id}`)).json() as {
        kind: string;
        format: keyof typeof mediaTypes;
        from: string;
        to: string;
        language: string;
      };
      assert.equal(response.headers['content-type'], mediaTypes[report.format]);
      const name = `${report.kind}_${report.from}_${report.to}_${report.language}.${report.format}`;
      assert.equal(
        response.headers['content-disposition'],
        `attachment; filename="${name}"; filename*=UTF-8''${name}`,
      );
      assert.equal(response.headers['x-content-type-options'], 'nosniff');
      return response.rawPayload;
    };

    it('generates the National Report as a PDF in Vietnamese with the national TIP figures, and never a name', async () => {
      const { app, db, keyring } = platform();
      coordinator = await signInAs(app, 'coordinator.mapo@demo.lindung.org');
      jkm = await signInAs(app, 'cm.jkm@demo.lindung.org');
      await personWithCase(jkm);
      await generateSynthetic(db, { scale: 400, seed: 31, keyring, batchSize: 400 });
      const asked = await ask(coordinator, { kind: 'national-report', format: 'pdf', language: 'vi' });
      assert.equal(asked.status, 'queued');
      assert.equal(asked.progress, 0);
      assert.equal(asked.scope, 'national');
      assert.ok((await drain()) >= 1);
      const status = (await coordinator.request('GET', `/api/reports/${asked.id}`)).json();
      assert.equal(status.status, 'done', JSON.stringify(status));
      assert.equal(status.progress, 100);
      const text = await pdfText(await file(coordinator, asked.id));
      assert.match(text, /Báo cáo quốc gia về phòng, chống mua bán người/);
      for (const heading of ['1. Phòng ngừa', '2. Bảo vệ', '3. Truy tố', '4. Hợp tác']) {
        assert.ok(text.includes(heading), heading);
      }
      const tip: TipTableView = (
        await coordinator.request('GET', `/api/statistics/tip?from=${period.from}&to=${period.to}`)
      ).json();
      const total = tip.lawEnforcement.total;
      assert.ok((total.investigations.value ?? 0) > 0);
      const row = `Tổng ${[total.investigations, total.arrests, total.prosecutions, total.convictions]
        .map((cell) => (cell.value === null ? 'x' : cell.value.toLocaleString('en')))
        .join(' ')}`;
      assert.ok(text.replace(/\s+/g, ' ').includes(row), `the law-enforcement total "${row}" in ${text}`);
      assert.ok(
        text.replace(/\s+/g, ' ').includes(`Tổng ${tip.victims.identified.value?.toLocaleString('en')}`),
      );
      assert.ok(!text.includes(aniRecord.names[0]?.fullName as string), 'no victim name');
      assert.ok(!/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/.test(text), 'no identifier');
    });

    it("counts the action plan's progress reports in the National Report, as the coordinator reads them", async () => {
      const asked = await ask(coordinator, { kind: 'national-report', format: 'csv', language: 'en' });
      assert.ok((await drain()) >= 1);
      const csv = (await file(coordinator, asked.id)).toString('utf8');
      const table = csv.slice(csv.indexOf('Action plan activities reported in the period, by status'));
      // The demo's plan: every activity reported on track until 2025, delayed in 2025.
      assert.match(table.split('\r\n\r\n')[0] ?? '', /On track/);
      assert.match(table.split('\r\n\r\n')[0] ?? '', /Delayed/);
    });

    it('writes the TIP table as CSV and XLSX with the API figures; files are encrypted on disk', async () => {
      const csvReport = await ask(coordinator, { kind: 'tip-table', format: 'csv', language: 'en' });
      const xlsxReport = await ask(coordinator, { kind: 'tip-table', format: 'xlsx', language: 'ms' });
      await drain();
      const tip: TipTableView = (
        await coordinator.request('GET', `/api/statistics/tip?from=${period.from}&to=${period.to}`)
      ).json();
      const csv = (await file(coordinator, csvReport.id)).toString('utf8');
      const trafficking = tip.lawEnforcement.byCategory.find(
        (row) => row.category === 'trafficking_in_persons',
      );
      const cells = [
        trafficking?.investigations,
        trafficking?.arrests,
        trafficking?.prosecutions,
        trafficking?.convictions,
      ];
      assert.ok(
        csv.includes(`Trafficking in persons,${cells.map((cell) => cell?.value ?? 'x').join(',')}\r\n`),
        csv.slice(0, 600),
      );
      const withDecisions: TipTableView = (
        await coordinator.request(
          'GET',
          `/api/statistics/tip?from=${period.from}&to=${period.to}&identificationDecisions=true`,
        )
      ).json();
      const decisions = withDecisions.victims.by.find((by) => by.dimension === 'identification_decision');
      assert.ok(decisions && decisions.rows.length > 0, 'the API splits by decision when asked');
      assert.ok(
        !tip.victims.by.some((by) => by.dimension === 'identification_decision'),
        'and only then (it is counted from the base tables)',
      );
      const split = csv.slice(csv.indexOf('Victims identified by identification decision'));
      assert.ok(split.length < csv.length, 'the TIP file splits victims by identification decision');
      for (const row of decisions.rows) {
        assert.ok(
          split.includes(`${row.label?.en},${row.identified.value ?? 'x'}\r\n`),
          `${row.key} in ${split.slice(0, 300)}`,
        );
      }
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await file(coordinator, xlsxReport.id)) as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('law-enforcement');
      const values = sheet?.getSheetValues().flat() ?? [];
      assert.ok(values.includes('Pemerdagangan orang'));
      assert.ok(values.includes(trafficking?.investigations.value));
      const stored = path.join(platform().config.attachmentsDir, 'reports', platform().agencyIds.mapo);
      for (const name of await readdir(stored)) {
        const raw = await readFile(path.join(stored, name));
        assert.equal(raw.subarray(0, 5).toString(), 'LNDR1');
        assert.ok(!raw.includes('Trafficking in persons') && !raw.includes('%PDF'));
      }
    });

    it('shows an agency its own figures, and its reports to no other agency', async () => {
      const own = await ask(jkm, { kind: 'tip-table', format: 'csv', language: 'id' });
      assert.equal(own.scope, 'agency');
      await drain();
      const csv = (await file(jkm, own.id)).toString('utf8');
      assert.match(csv, /Korban teridentifikasi menurut jenis kelamin/);
      const tip: TipTableView = (
        await jkm.request('GET', `/api/statistics/tip?from=${period.from}&to=${period.to}`)
      ).json();
      for (const by of tip.victims.by) {
        for (const row of by.rows) {
          assert.equal(row.identified.suppressed, false, 'its own figures are not suppressed');
          if (by.dimension === 'sex') assert.ok(csv.includes(`${row.label?.id},${row.identified.value}\r\n`));
        }
      }
      const indonesia = await signInAs(platform().app, 'cm.kemensos@demo.lindung.org');
      for (const url of [`/api/reports/${own.id}`, `/api/reports/${own.id}/file`]) {
        assert.equal((await indonesia.request('GET', url)).statusCode, 404);
        assert.equal((await coordinator.request('GET', url)).statusCode, 404, 'another Malaysian agency');
      }
      const list = (await coordinator.request('GET', '/api/reports')).json();
      assert.ok(list.items.every((item: { id: string }) => item.id !== own.id));
      const auditor = await signInAs(platform().app, 'auditor.jkm@demo.lindung.org');
      assert.equal((await auditor.request('GET', `/api/reports/${own.id}`)).statusCode, 403);
    });

    it('audits requests and downloads', async () => {
      const rows = await platform().db.query<{ action: string; n: number }>(
        `select action, count(*)::int as n from audit_event where action like 'report.%' group by action order by action`,
      );
      assert.deepEqual(rows, [
        { action: 'report.download', n: 5 },
        { action: 'report.request', n: 5 },
      ]);
    });

    it('refuses bad periods, unknown kinds and formats, and too many waiting reports', async () => {
      const backwards = await jkm.request('POST', '/api/reports', {
        kind: 'tip-table',
        from: '2025-12-01',
        to: '2025-01-01',
      });
      assert.equal(backwards.statusCode, 400, backwards.body);
      assert.match(backwards.body, /body\.from/);
      const long = await jkm.request('POST', '/api/reports', {
        kind: 'tip-table',
        from: '1990-01-01',
        to: '2025-01-01',
      });
      assert.equal(long.statusCode, 400, long.body);
      assert.match(long.body, /body\.to/);
      const unknown = await jkm.request('POST', '/api/reports', {
        ...period,
        kind: 'everything',
        format: 'docx',
      });
      assert.equal(unknown.statusCode, 400, unknown.body);
      assert.match(unknown.body, /kind/);
      const waiting = await ask(jkm, { kind: 'tip-table' });
      const early = await jkm.request('GET', `/api/reports/${waiting.id}/file`);
      assert.equal(early.statusCode, 409, early.body);
      await ask(jkm, { kind: 'tip-table' });
      await ask(jkm, { kind: 'tip-table' });
      const fourth = await jkm.request('POST', '/api/reports', { ...period, kind: 'tip-table' });
      assert.equal(fourth.statusCode, 429, fourth.body);
      await drain();
    });
  });
}
