import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { agencyTypes, triageAgencyTypes } from '../agencies/index.ts';
import { reportBody } from './public-portal.factory.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`jurisdiction routing of reports from the public [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let admin: TestSession;
    let police: TestSession;
    let jkm: TestSession;
    let jkmAdmin: TestSession;

    /** Sends a report about a place in Malaysia and answers the agency that received it. */
    async function reportAbout(
      regionCode?: string,
      country = 'MY',
    ): Promise<{ id: string; agencyId: string }> {
      const made = await platform().app.inject({
        method: 'POST',
        url: '/api/public/reports',
        payload: await reportBody(platform().app, regionCode ? { country, regionCode } : { country }),
      });
      assert.equal(made.statusCode, 201, made.body);
      const [row] = await platform().db.query<{ id: string; agency_id: string }>(
        'select id, agency_id from public_report where tracking_code = $1',
        [made.json().trackingCode],
      );
      return { id: row?.id as string, agencyId: row?.agency_id as string };
    }

    it('offers the states of Malaysia and the provinces of Indonesia to the report form, by ISO 3166-2 code', async () => {
      admin = await signInAs(platform().app, 'admin@demo.lindung.org');
      police = await signInAs(platform().app, 'officer.pdrm@demo.lindung.org');
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      jkmAdmin = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      const my = await platform().app.inject({ method: 'GET', url: '/api/public/regions?country=MY' });
      assert.equal(my.statusCode, 200);
      assert.deepEqual(
        my.json().items.find((r: { code: string }) => r.code === 'MY-12'),
        {
          code: 'MY-12',
          name: 'Sabah',
        },
      );
      const id = await platform().app.inject({ method: 'GET', url: '/api/public/regions?country=ID' });
      assert.equal(id.json().items.length, 38);
    });

    it("lets a system administrator declare the regions of an agency's country it covers, and refuses another country's", async () => {
      const url = `/api/agencies/${platform().agencyIds.jkm}/jurisdiction`;
      const own = await jkmAdmin.request('PUT', url, { regions: ['MY-12'] });
      assert.equal(own.statusCode, 403, "a region beats the default: not the agency's own administrator");
      assert.deepEqual((await jkmAdmin.request('GET', url)).json().regions, []);
      const declared = await admin.request('PUT', url, { regions: ['MY-13', 'MY-12', 'MY-12'] });
      assert.equal(declared.statusCode, 200, declared.body);
      assert.deepEqual(declared.json(), { regions: ['MY-12', 'MY-13'], defaultTriage: false });
      const foreign = await admin.request('PUT', url, { regions: ['MY-12', 'ID-JK'] });
      assert.equal(foreign.statusCode, 400);
      assert.equal(foreign.json().errors[0].field, 'regions.1');
      const ngo = await admin.request(
        'PUT',
        `/api/agencies/${platform().agencyIds.tenaganita}/jurisdiction`,
        {
          regions: ['MY-12'],
        },
      );
      assert.equal(ngo.statusCode, 422, 'an NGO does not receive reports from the public');
      assert.equal(ngo.json().code, 'agency_cannot_triage');
      const notAdmin = await jkmAdmin.request('PUT', url, { regions: ['MY-12'], defaultTriage: true });
      assert.equal(notAdmin.statusCode, 403, 'only a system administrator names the default');
      assert.deepEqual((await police.request('GET', url)).json().regions, ['MY-12', 'MY-13']);
      const [audited] = await platform().db.query<{ detail: { regions: string[] } }>(
        `select detail from audit_event where action = 'agency.jurisdiction' and subject_id = $1
          order by id desc limit 1`,
        [platform().agencyIds.jkm],
      );
      assert.deepEqual(audited?.detail.regions, ['MY-13', 'MY-12']);
    });

    it("routes a report to the agency that covers the place's region, else to the country's default", async () => {
      const { agencyIds } = platform();
      assert.equal((await reportAbout('MY-12')).agencyId, agencyIds.jkm, 'Sabah is declared by JKM');
      assert.equal((await reportAbout('MY-15')).agencyId, agencyIds.pdrm, 'no one declares Labuan');
      assert.equal((await reportAbout()).agencyId, agencyIds.pdrm, 'no region named');
      const named = await admin.request('PUT', `/api/agencies/${agencyIds.mapo}/jurisdiction`, {
        regions: [],
        defaultTriage: true,
      });
      assert.equal(named.statusCode, 200, named.body);
      assert.equal((await reportAbout('MY-15')).agencyId, agencyIds.mapo, 'the default triage agency');
      assert.equal((await reportAbout('MY-12')).agencyId, agencyIds.jkm, 'a region beats the default');
      await admin.request('PUT', `/api/agencies/${agencyIds.pdrm}/jurisdiction`, {
        regions: [],
        defaultTriage: true,
      });
      const defaults = await platform().db.query<{ id: string }>(
        "select id from agency where country = 'MY' and default_triage",
      );
      assert.deepEqual(
        defaults.map((row) => row.id),
        [agencyIds.pdrm],
        'one default a country',
      );
    });

    it("routes by the demo's regions out of the box: each country's police by default, regional agencies for theirs", async () => {
      const { agencyIds } = platform();
      const expected: [string | undefined, string, string][] = [
        ['MY-10', 'MY', agencyIds.jtk],
        ['MY-15', 'MY', agencyIds.pdrm],
        ['ID-NT', 'ID', agencyIds.bp2mi],
        ['ID-JK', 'ID', agencyIds.polri],
        [undefined, 'ID', agencyIds.polri],
        ['VN-02', 'VN', agencyIds.bdbp],
        ['VN-HN', 'VN', agencyIds.bca],
      ];
      for (const [regionCode, country, agencyId] of expected) {
        assert.equal((await reportAbout(regionCode, country)).agencyId, agencyId, `${country} ${regionCode}`);
      }
      const jtksm = await signInAs(platform().app, 'officer.jtksm@demo.lindung.org');
      assert.equal((await jtksm.request('GET', '/api/public-reports')).json().items.length, 1);
    });

    it("lets the demo triage officers of Indonesia's and Viet Nam's police work their queues, with the region's name", async () => {
      const jakarta = await reportAbout('ID-JK', 'ID');
      const hanoi = await reportAbout('VN-HN', 'VN');
      for (const [email, report, name] of [
        ['officer.polri@demo.lindung.org', jakarta, 'DKI Jakarta'],
        ['officer.bca@demo.lindung.org', hanoi, 'Hà Nội'],
      ] as const) {
        const officer = await signInAs(platform().app, email);
        const queue = (await officer.request('GET', '/api/public-reports')).json().items as {
          id: string;
          regionName: string | null;
        }[];
        assert.equal(queue.find((item) => item.id === report.id)?.regionName, name, email);
        const opened = await officer.request('GET', `/api/public-reports/${report.id}`);
        assert.equal(opened.statusCode, 200, opened.body);
        assert.equal(opened.json().regionName, name);
      }
    });

    it('knows one list of the agencies that receive reports: the database routes by the list the API shows', async () => {
      const rows = await platform().db.query<{ type: string; receives: boolean }>(
        'select t as type, lindung_receives_public_reports(t) as receives from unnest($1::text[]) as t',
        [agencyTypes],
      );
      assert.deepEqual(
        rows.filter((row) => row.receives).map((row) => row.type),
        agencyTypes.filter((type) => triageAgencyTypes.includes(type)),
      );
      const { agencyIds } = platform();
      const shown = async (id: string) =>
        (await police.request('GET', `/api/agencies/${id}`)).json().receivesPublicReports;
      assert.equal(await shown(agencyIds.jkm), true);
      assert.equal(await shown(agencyIds.tenaganita), false, 'the web offers no NGO to send a report to');
    });

    it("lists Viet Nam's 34 provinces and says where a former one went", async () => {
      const vn = await platform().app.inject({ method: 'GET', url: '/api/public/regions?country=VN' });
      assert.equal(vn.json().items.length, 34);
      const response = await platform().app.inject({
        method: 'POST',
        url: '/api/public/reports',
        payload: await reportBody(platform().app, { country: 'VN', regionCode: 'VN-41' }),
      });
      assert.equal(response.statusCode, 400);
      assert.deepEqual(response.json().errors[0], {
        field: 'regionCode',
        code: 'region_merged',
        message: 'Long An (VN-41) is now part of Tây Ninh (VN-37)',
      });
    });

    it('refuses a region of another country, naming the field', async () => {
      const response = await platform().app.inject({
        method: 'POST',
        url: '/api/public/reports',
        payload: await reportBody(platform().app, { regionCode: 'ID-JK' }),
      });
      assert.equal(response.statusCode, 400);
      assert.equal(response.json().errors[0].field, 'regionCode');
    });

    it('lets the triage officer send a report on: the receiver sees it with the reason, the sender no longer does', async () => {
      const { agencyIds } = platform();
      const report = await reportAbout('MY-15');
      assert.equal(report.agencyId, agencyIds.pdrm);
      await police.request('POST', `/api/public-reports/${report.id}/questions`, {
        question: 'Which factory?',
      });
      const abroad = await police.request('POST', `/api/public-reports/${report.id}/reroute`, {
        agencyId: agencyIds.polri,
        reason: 'Indonesian police',
      });
      assert.equal(abroad.statusCode, 400, 'not an agency of the report’s country');
      assert.equal(abroad.json().errors[0].field, 'agencyId');
      const ngo = await police.request('POST', `/api/public-reports/${report.id}/reroute`, {
        agencyId: agencyIds.tenaganita,
        reason: 'They run a hotline',
      });
      assert.equal(ngo.statusCode, 400, 'not a public authority');
      const sent = await police.request('POST', `/api/public-reports/${report.id}/reroute`, {
        agencyId: agencyIds.jkm,
        reason: 'Workers in a dormitory: welfare first',
      });
      assert.equal(sent.statusCode, 204, sent.body);
      assert.equal((await police.request('GET', `/api/public-reports/${report.id}`)).statusCode, 404);
      const queue = (await police.request('GET', '/api/public-reports')).json().items;
      assert.ok(!queue.some((item: { id: string }) => item.id === report.id));
      const received = await jkm.request('GET', `/api/public-reports/${report.id}`);
      assert.equal(received.statusCode, 200, received.body);
      assert.equal(received.json().regionCode, 'MY-15');
      assert.equal(received.json().messages[0].body, 'Which factory?', 'the conversation moves too');
      assert.deepEqual(
        received
          .json()
          .routings.map((m: { fromAgencyId: string; toAgencyId: string; reason: string }) => [
            m.fromAgencyId,
            m.toAgencyId,
            m.reason,
          ]),
        [[agencyIds.pdrm, agencyIds.jkm, 'Workers in a dormitory: welfare first']],
      );
      const [audited] = await platform().db.query<{ agency_id: string; detail: { toAgencyId: string } }>(
        "select agency_id, detail from audit_event where action = 'public_report.reroute' and subject_id = $1",
        [report.id],
      );
      assert.equal(audited?.agency_id, agencyIds.pdrm);
      assert.equal(audited?.detail.toAgencyId, agencyIds.jkm);
      const back = await police.request('POST', `/api/public-reports/${report.id}/reroute`, {
        agencyId: agencyIds.pdrm,
        reason: 'Taking it back',
      });
      assert.equal(back.statusCode, 404, 'the sender can no longer move it');
      await jkm.request('POST', `/api/public-reports/${report.id}/close`, { reason: 'resolved' });
      const closed = await jkm.request('POST', `/api/public-reports/${report.id}/reroute`, {
        agencyId: agencyIds.pdrm,
        reason: 'Too late',
      });
      assert.equal(closed.statusCode, 422);
    });

    it("notifies the receiving agency's triage staff, by ids only, on receipt and when a report is sent on", async () => {
      const { agencyIds } = platform();
      const notifiedFor = (reportId: string) =>
        platform().db.query<{
          email: string;
          agency_id: string;
          kind: string;
          detail: Record<string, string>;
        }>(
          `select u.email, n.agency_id, n.kind, n.detail from notification n join app_user u on u.id = n.user_id
            where n.detail->>'reportId' = $1 order by n.kind, u.email`,
          [reportId],
        );
      const report = await reportAbout();
      assert.equal(report.agencyId, agencyIds.pdrm);
      assert.deepEqual(
        (await notifiedFor(report.id)).map((n) => [n.email, n.agency_id, n.kind]),
        [
          ['investigator.pdrm@demo.lindung.org', agencyIds.pdrm, 'public_report.received'],
          ['officer.pdrm@demo.lindung.org', agencyIds.pdrm, 'public_report.received'],
        ],
        'the triage staff of the police, no one else',
      );
      const mine = (await police.request('GET', '/api/notifications?unread=true')).json().items;
      const received = mine.find((n: { detail: { reportId?: string } }) => n.detail.reportId === report.id);
      assert.deepEqual(received.detail, { reportId: report.id }, 'ids only');
      assert.equal(
        received.title,
        'Satu laporan orang awam telah tiba dalam baris gilir saringan agensi anda',
        "in the officer's language",
      );

      const sent = await police.request('POST', `/api/public-reports/${report.id}/reroute`, {
        agencyId: agencyIds.jkm,
        reason: 'Children at the site: welfare first',
      });
      assert.equal(sent.statusCode, 204, sent.body);
      const rerouted = (await notifiedFor(report.id)).filter((n) => n.kind === 'public_report.rerouted');
      assert.deepEqual(
        rerouted.map((n) => [n.email, n.agency_id]),
        [
          ['cm.jkm@demo.lindung.org', agencyIds.jkm],
          ['supervisor.jkm@demo.lindung.org', agencyIds.jkm],
        ],
        'only who triages at JKM, its two case managers (not its administrator, auditor or health worker)',
      );
      const [routing] = await platform().db.query<{ id: string }>(
        'select id from public_report_routing where report_id = $1',
        [report.id],
      );
      assert.deepEqual(rerouted[0]?.detail, {
        reportId: report.id,
        fromAgencyId: agencyIds.pdrm,
        routingId: routing?.id,
      });
      const inbox = (await jkm.request('GET', '/api/notifications')).json().items;
      const told = inbox.find((n: { kind: string }) => n.kind === 'public_report.rerouted');
      assert.ok(told, 'JKM reads it in its notifications');
      assert.ok(!JSON.stringify(inbox).includes('Children at the site'), 'not the reason');
      const what = (await jkm.request('GET', `/api/public-reports/${report.id}`)).json().what as string;
      assert.ok(!JSON.stringify(inbox).includes(what), "not the report's words");
      const mails = await platform().db.query<{ id: string }>(
        `select j.id from job j join notification n on n.id::text = j.payload->>'notificationId'
          where j.kind = 'deadlines.reminder_email' and n.detail->>'reportId' = $1`,
        [report.id],
      );
      assert.equal(mails.length, 4, 'each notification is also e-mailed');
    });
  });
}
