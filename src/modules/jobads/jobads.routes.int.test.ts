import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { chainAuditEntries } from '../../audit/chain.ts';
import { countRows, openInvestigation } from '../prosecution/prosecution.factory.ts';
import { toZawgyiBurmese } from './screening/burmese.ts';
import { redFlagsVersion } from './screening/red-flags.ts';

const lure =
  'Tuyển gấp nhân viên CSKH tại Campuchia, lương 30 triệu, không cần kinh nghiệm, bao vé máy bay. Telegram @hr88';

for (const kind of await testDatabaseKinds()) {
  describe(`job advert screening [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let police: TestSession;
    let welfare: TestSession;
    let investigationId: string;

    const screen = (payload: unknown, headers: Record<string, string> = {}) =>
      platform().app.inject({
        method: 'POST',
        url: '/api/jobads/screen',
        payload: payload as object,
        headers,
      });

    it('screens an advert for anyone without sign-in, with the reasons in the reader’s language', async () => {
      const response = await screen({ text: lure, readerLanguage: 'ms' });
      assert.equal(response.statusCode, 200, response.body);
      const body = response.json();
      assert.equal(body.risk, 'high');
      assert.equal(body.riskLabel, 'Risiko tinggi');
      assert.equal(body.language, 'vi');
      assert.ok(
        body.findings.some(
          (f: { id: string; reason: string }) => f.id === 'travel_costs_paid' && /tiket/.test(f.reason),
        ),
      );
    });

    it('screens Burmese in Zawgyi and says it did', async () => {
      const response = await screen({ text: toZawgyiBurmese('မြဝတီမှာ အွန်လိုင်းအလုပ် လစာကောင်း အတွေ့အကြုံမလို တယ်လီဂရမ်') });
      assert.equal(response.statusCode, 200, response.body);
      assert.equal(response.json().burmeseEncoding, 'zawgyi');
      assert.equal(response.json().language, 'my');
      assert.notEqual(response.json().risk, 'low');
    });

    it('answers an empty, blank, binary or huge advert with a problem naming the field', async () => {
      for (const [payload, message] of [
        [{ text: '' }, /empty/],
        [{ text: '   \n ' }, /empty/],
        [{ text: 'PK\u0003\u0004\u0000\u0000binary' }, /binary/],
        [{ text: 'x'.repeat(20_001) }, /longer than/],
        [{}, /./],
      ] as const) {
        const response = await screen(payload);
        assert.equal(response.statusCode, 400, response.body);
        assert.match(response.headers['content-type'] as string, /application\/problem\+json/);
        const problem = response.json();
        assert.equal(problem.errors[0].field, 'text');
        assert.match(problem.errors[0].message, message);
      }
      const huge = await screen({ text: 'x'.repeat(300 * 1024) });
      assert.equal(huge.statusCode, 413);
      assert.equal(huge.json().code, 'body_too_large');
    });

    it('stores nothing when the public screens an advert', async () => {
      const before = await countRows(platform().db, 'investigation_advert');
      await screen({ text: lure });
      assert.equal(await countRows(platform().db, 'investigation_advert'), before);
    });

    it('refuses bulk screening without sign-in or without the permission', async () => {
      welfare = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const anonymous = await platform().app.inject({
        method: 'POST',
        url: '/api/jobads/screen-bulk',
        payload: { csv: 'text\nhello' },
      });
      assert.equal(anonymous.statusCode, 401);
      assert.equal(
        (await welfare.request('POST', '/api/jobads/screen-bulk', { csv: 'text\nhello' })).statusCode,
        403,
      );
    });

    it('screens the good rows of a CSV and reports the bad ones by row', async () => {
      police = await signInAs(platform().app, 'investigator.pdrm@demo.lindung.org');
      const csv = [
        'reference,text',
        `FB-1,"${lure.replaceAll('"', '""')}"`,
        'FB-2,"Accounts executive, degree in accounting, 3 years experience, apply with CV at our office in Shah Alam"',
        'FB-3,',
        '',
        'FB-4,"line one\nline two, with a comma, high salary, no experience, free flight to Cambodia"',
        'FB-5,"bad \u0000 bytes"',
      ].join('\r\n');
      const response = await police.request('POST', '/api/jobads/screen-bulk', { csv, readerLanguage: 'id' });
      assert.equal(response.statusCode, 200, response.body);
      const body = response.json();
      assert.deepEqual(
        body.screened.map((s: { row: number; reference: string; screening: { risk: string } }) => [
          s.row,
          s.reference,
          s.screening.risk !== 'low',
        ]),
        [
          [2, 'FB-1', true],
          [3, 'FB-2', false],
          [6, 'FB-4', true],
        ],
      );
      assert.deepEqual(body.problems, [
        { row: 4, field: 'text', code: 'advert_empty', message: 'is empty' },
        { row: 7, field: 'text', code: 'csv_not_text', message: 'is not text (binary content)' },
      ]);
      assert.equal(body.summary.rows, 5);
    });

    it('reads the semicolons a spreadsheet in Indonesian or Vietnamese saves', async () => {
      const csv = `reference;text\r\nFB-1;${lure.replaceAll(';', ',')}\r\nFB-2;Akauntan, ijazah, 3 tahun pengalaman\r\n`;
      const response = await police.request('POST', '/api/jobads/screen-bulk', { csv, readerLanguage: 'id' });
      assert.equal(response.statusCode, 200, response.body);
      const body = response.json();
      assert.deepEqual(
        body.screened.map((s: { row: number; reference: string }) => [s.row, s.reference]),
        [
          [2, 'FB-1'],
          [3, 'FB-2'],
        ],
      );
      assert.deepEqual(body.problems, []);
    });

    it('refuses a CSV without a text column, with an open quote or with too many rows', async () => {
      for (const [csv, message] of [
        ['advert_body\nhello', /no "text" column/],
        ['text\n"never closed', /never closed/],
        ['\u0000\u0001\u0002PK binary file', /binary/],
        [`text\n${'job\n'.repeat(501)}`, /at most 500/],
      ] as const) {
        const response = await police.request('POST', '/api/jobads/screen-bulk', { csv });
        assert.equal(response.statusCode, 400, response.body);
        assert.equal(response.json().errors[0].field, 'csv');
        assert.match(response.json().errors[0].message, message);
      }
    });

    it('saves a flagged advert to an investigation encrypted, reads it back and audits both', async () => {
      investigationId = await openInvestigation(police);
      const saved = await police.request('POST', `/api/investigations/${investigationId}/adverts`, {
        text: lure,
        source: 'https://facebook.example/groups/viec-lam-campuchia',
      });
      assert.equal(saved.statusCode, 201, saved.body);
      assert.equal(saved.json().risk, 'high');
      assert.ok(saved.json().flags.includes('scam_hub_destination'));
      const [stored] = await platform().db.query<{ advert_text: string; source: string }>(
        'select advert_text, source from investigation_advert where id = $1',
        [saved.json().id],
      );
      assert.ok(stored && !stored.advert_text.includes('Campuchia'), 'the advert is stored encrypted');
      assert.ok(stored && !stored.source.includes('facebook'), 'the source is stored encrypted');
      const list = await police.request('GET', `/api/investigations/${investigationId}/adverts`);
      assert.equal(list.statusCode, 200, list.body);
      assert.equal(list.json()[0].text, lure);
      await chainAuditEntries(platform().db);
      const audit = await platform().db.query<{ action: string; detail: unknown }>(
        `select action, detail from audit_event where action like 'investigation_advert.%' order by id`,
      );
      assert.deepEqual(
        audit.map((a) => a.action),
        ['investigation_advert.create', 'investigation_advert.read'],
      );
      assert.ok(!JSON.stringify(audit).includes('Campuchia'), 'the audit log holds no advert text');
    });

    it('reads a saved advert with the rules version it was screened with, not the current one', async () => {
      const saved = await police.request('POST', `/api/investigations/${investigationId}/adverts`, {
        text: 'Kerja kilang di Johor, gaji diberi hujung kontrak, dokumen dipegang penyelia.',
      });
      assert.equal(saved.statusCode, 201, saved.body);
      assert.equal(saved.json().rulesVersion, redFlagsVersion);
      assert.ok(saved.json().flags.includes('wages_withheld'));
      // As if it had been screened before this rules version: reading it must not screen it again.
      await platform().db.query(
        `update investigation_advert set rules_version = '2026-12-01.10', flags = '{no_core_lure}', risk = 'low'
          where id = $1`,
        [saved.json().id],
      );
      const list = await police.request('GET', `/api/investigations/${investigationId}/adverts`);
      const old = list.json().find((advert: { id: string }) => advert.id === saved.json().id);
      assert.equal(old.rulesVersion, '2026-12-01.10');
      assert.deepEqual(old.flags, ['no_core_lure']);
      assert.equal(old.risk, 'low');
    });

    it('refuses to save to an investigation of another agency or without the permission', async () => {
      const prosecutor = await signInAs(platform().app, 'prosecutor.agc@demo.lindung.org');
      const before = await countRows(platform().db, 'investigation_advert');
      const other = await prosecutor.request('POST', `/api/investigations/${investigationId}/adverts`, {
        text: lure,
      });
      assert.equal(other.statusCode, 404, other.body);
      const noPermission = await welfare.request('POST', `/api/investigations/${investigationId}/adverts`, {
        text: lure,
      });
      assert.ok([403, 404].includes(noPermission.statusCode), noPermission.body);
      assert.equal(await countRows(platform().db, 'investigation_advert'), before);
    });

    it('answers 429 with a problem once an address has screened 30 adverts in a minute', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 32; i++) {
        statuses.push(
          (await screen({ text: 'Accountant, 3 years experience' }, { 'x-forwarded-for': '198.51.100.7' }))
            .statusCode,
        );
      }
      const limited = await screen({ text: 'Accountant' });
      assert.ok(statuses.includes(429) || limited.statusCode === 429, statuses.join());
      const last = statuses.includes(429) ? await screen({ text: 'Accountant' }) : limited;
      assert.equal(last.statusCode, 429);
      assert.match(last.headers['content-type'] as string, /application\/problem\+json/);
    });
  });
}
