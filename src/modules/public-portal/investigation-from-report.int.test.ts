import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { reportBody } from './public-portal.factory.ts';

const opening = { reference: 'KL/IP/2026/0417', openedOn: '2026-01-05', offenceCodes: ['atipsom.12'] };

for (const kind of await testDatabaseKinds()) {
  describe(`a report from the public turned into an investigation [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let investigator: TestSession;
    let officer: TestSession;
    let receipt: { trackingCode: string; secret: string };
    let reportId: string;
    let investigationId: string;

    it('opens an investigation that carries the report’s what, where and when, linked both ways', async () => {
      investigator = await signInAs(platform().app, 'investigator.pdrm@demo.lindung.org');
      officer = await signInAs(platform().app, 'officer.pdrm@demo.lindung.org');
      const made = await platform().app.inject({
        method: 'POST',
        url: '/api/public/reports',
        // No region: the country's default triage agency (the police) receives it.
        payload: await reportBody(platform().app, { who: 'A supervisor called Ah Keong' }),
      });
      receipt = made.json();
      [{ id: reportId }] = (await investigator.request('GET', '/api/public-reports')).json().items;
      const converted = await investigator.request(
        'POST',
        `/api/public-reports/${reportId}/investigation`,
        opening,
      );
      assert.equal(converted.statusCode, 200, converted.body);
      assert.equal(converted.json().status, 'converted');
      investigationId = converted.json().investigationId;
      assert.ok(investigationId);
      assert.equal(converted.json().caseId, null);
      const investigation = await investigator.request('GET', `/api/investigations/${investigationId}`);
      assert.equal(investigation.statusCode, 200, investigation.body);
      assert.equal(investigation.json().reference, opening.reference);
      assert.deepEqual(
        investigation.json().offences.map((o: { code: string }) => o.code),
        ['atipsom.12'],
      );
      const origin = investigation.json().fromPublicReport;
      assert.equal(origin.publicReportId, reportId);
      assert.equal(origin.trackingCode, receipt.trackingCode);
      assert.match(origin.what, /passports kept by the supervisor/);
      assert.equal(origin.where, 'Jalan Industri 4, Klang');
      assert.equal(origin.when, 'Last week, at night');
      assert.equal(origin.who, 'A supervisor called Ah Keong', 'who is involved comes along');
      const [stored] = await platform().db.query<{ what: string; who: string }>(
        'select what, who from investigation_public_report',
      );
      assert.ok(!stored?.what.includes('passports'), 'kept encrypted');
      assert.ok(stored?.who && !stored.who.includes('Ah Keong'), 'who is kept encrypted too');
      const actions = await platform().db.query<{ action: string }>(
        `select action from audit_event where action in ('investigation.open', 'investigation.from_public_report',
           'public_report.convert') order by id`,
      );
      assert.deepEqual(
        actions.map((a) => a.action),
        ['investigation.open', 'investigation.from_public_report', 'public_report.convert'],
      );
    });

    it('shows the reporter only that the report was taken up as an investigation, nothing of it', async () => {
      const status = await platform().app.inject({
        method: 'POST',
        url: '/api/public/reports/status',
        payload: { trackingCode: receipt.trackingCode, secret: receipt.secret },
      });
      assert.equal(status.statusCode, 200, status.body);
      assert.equal(status.json().status, 'converted');
      assert.equal(status.json().takenUpAs, 'investigation');
      assert.deepEqual(Object.keys(status.json()).sort(), [
        'messages',
        'receivedAt',
        'status',
        'takenUpAs',
        'trackingCode',
      ]);
      assert.ok(!status.body.includes(investigationId));
      assert.ok(!status.body.includes(opening.reference));
    });

    it('refuses a triage officer who does not investigate, a second conversion and an offence of no pack', async () => {
      const made = await platform().app.inject({
        method: 'POST',
        url: '/api/public/reports',
        payload: await reportBody(platform().app),
      });
      assert.equal(made.statusCode, 201);
      const queue = await investigator.request('GET', '/api/public-reports?status=received');
      const second = queue.json().items[0].id as string;
      const refused = await officer.request('POST', `/api/public-reports/${second}/investigation`, {
        ...opening,
        reference: 'KL/IP/2026/0418',
      });
      assert.equal(refused.statusCode, 403);
      const unknown = await investigator.request('POST', `/api/public-reports/${second}/investigation`, {
        ...opening,
        reference: 'KL/IP/2026/0418',
        offenceCodes: ['no.such.offence'],
      });
      assert.equal(unknown.statusCode, 400);
      assert.equal(unknown.json().errors[0].field, 'offenceCodes.0');
      const still = await investigator.request('GET', `/api/public-reports/${second}`);
      assert.equal(still.json().status, 'received', 'nothing changed');
      const again = await investigator.request('POST', `/api/public-reports/${reportId}/investigation`, {
        ...opening,
        reference: 'KL/IP/2026/0419',
      });
      assert.equal(again.statusCode, 422);
    });
  });
}
