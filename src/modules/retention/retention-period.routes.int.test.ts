import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';

interface Overview {
  country: string;
  countries: string[];
  recordTypes: {
    recordType: string;
    effective: { years: number; scope: string } | null;
    agency: { id: string; years: number } | null;
    country: { id: string; years: number } | null;
    default: { id: string; years: number } | null;
    legalMinimum: unknown;
  }[];
}
const victimCase = (overview: Overview) =>
  overview.recordTypes.find((row) => row.recordType === 'victim_case');

for (const kind of await testDatabaseKinds()) {
  describe(`retention periods set by administrators [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let agencyAdmin: TestSession;
    let platformAdmin: TestSession;
    const set = (session: TestSession, body: Record<string, unknown>) =>
      session.request('PUT', '/api/retention-periods', {
        recordType: 'victim_case',
        source: 'Agency records policy 2026/3',
        ...body,
      });
    const overview = async (session: TestSession) => {
      const response = await session.request('GET', '/api/retention-periods');
      assert.equal(response.statusCode, 200, response.body);
      return response.json() as Overview;
    };

    it("shows an agency administrator the platform's default in force, with no legal minimum stated", async () => {
      agencyAdmin = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      platformAdmin = await signInAs(platform().app, 'admin@demo.lindung.org');
      const seen = victimCase(await overview(agencyAdmin));
      assert.deepEqual(seen?.effective, { years: 10, scope: 'default' });
      assert.equal(seen?.agency, null);
      assert.equal(seen?.country, null);
      assert.equal(seen?.legalMinimum, null);
    });

    it('refuses the periods to those who do not administer them', async () => {
      const caseManager = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      assert.equal((await caseManager.request('GET', '/api/retention-periods')).statusCode, 403);
      assert.equal((await set(caseManager, { scope: 'agency', years: 20 })).statusCode, 403);
    });

    it("lets an agency administrator lengthen their agency's period, audited", async () => {
      const saved = await set(agencyAdmin, { scope: 'agency', years: 12 });
      assert.equal(saved.statusCode, 200, saved.body);
      assert.equal(saved.json().agencyId, agencyAdmin.agencyId);
      assert.deepEqual(victimCase(await overview(agencyAdmin))?.effective, { years: 12, scope: 'agency' });
      const audited = await platform().db.query<{ detail: { years: number; previousYears: number | null } }>(
        `select detail from audit_event where action = 'retention.set_period' and subject_id = $1`,
        [saved.json().id],
      );
      assert.deepEqual(
        audited.map((row) => [row.detail.years, row.detail.previousYears]),
        [[12, null]],
      );
      const changedAgain = await set(agencyAdmin, { scope: 'agency', years: 14 });
      assert.equal(changedAgain.json().id, saved.json().id, 'the same row changes');
    });

    it('refuses an agency period shorter than the one it falls back to, on the field, with the bound', async () => {
      const short = await set(agencyAdmin, { scope: 'agency', years: 8 });
      assert.equal(short.statusCode, 400, short.body);
      const problem = short.json().errors[0];
      assert.equal(problem.field, 'years');
      assert.equal(problem.code, 'too_small');
      assert.equal(problem.limit, 10);
      const fractional = await set(agencyAdmin, { scope: 'agency', years: 10.5 });
      assert.equal(fractional.statusCode, 400);
      assert.equal(fractional.json().errors[0].field, 'years');
    });

    it("keeps a country's and the default's periods to the platform administrator", async () => {
      assert.equal((await set(agencyAdmin, { scope: 'country', years: 20 })).statusCode, 403);
      assert.equal((await set(agencyAdmin, { scope: 'default', years: 20 })).statusCode, 403);
      const national = await set(platformAdmin, {
        scope: 'country',
        country: 'MY',
        years: 15,
        source: 'Act X s.3',
      });
      assert.equal(national.statusCode, 200, national.body);
      assert.equal(national.json().jurisdiction, 'MY');
      const below = await set(agencyAdmin, { scope: 'agency', years: 14 });
      assert.equal(below.json().errors?.[0]?.limit, 15, 'now the country period is the floor');
      const misplaced = await set(platformAdmin, { scope: 'default', country: 'MY', years: 15 });
      assert.equal(misplaced.statusCode, 400);
      assert.equal(misplaced.json().errors[0].field, 'country');
    });

    it("removes an agency's own period but never the default", async () => {
      const seen = victimCase(await overview(agencyAdmin));
      const own = seen?.agency?.id as string;
      const national = seen?.country?.id as string;
      const fallback = seen?.default?.id as string;
      assert.equal(
        (await agencyAdmin.request('DELETE', `/api/retention-periods/${national}`)).statusCode,
        403,
      );
      const removed = await agencyAdmin.request('DELETE', `/api/retention-periods/${own}`);
      assert.equal(removed.statusCode, 204, removed.body);
      assert.deepEqual(victimCase(await overview(agencyAdmin))?.effective, { years: 15, scope: 'country' });
      const kept = await platformAdmin.request('DELETE', `/api/retention-periods/${fallback}`);
      assert.equal(kept.statusCode, 409);
      assert.equal(kept.json().code, 'retention_default_required');
      const actions = await platform().db.query<{ action: string }>(
        `select action from audit_event where subject_id = $1 order by at`,
        [own],
      );
      assert.deepEqual(
        actions.map((row) => row.action),
        ['retention.set_period', 'retention.set_period', 'retention.remove_period'],
      );
    });

    it("shows and sets another country's periods for the platform administrator only", async () => {
      assert.equal((await agencyAdmin.request('GET', '/api/retention-periods?country=ID')).statusCode, 403);
      assert.deepEqual((await overview(agencyAdmin)).countries, ['MY']);
      const mine = await overview(platformAdmin);
      assert.ok(
        mine.countries.includes('ID') && mine.countries.includes('MY'),
        'the embassies’ countries too',
      );
      const set = await platformAdmin.request('PUT', '/api/retention-periods', {
        recordType: 'investigation',
        scope: 'country',
        country: 'ID',
        years: 12,
        source: 'Kebijakan arsip',
      });
      assert.equal(set.statusCode, 200, set.body);
      const response = await platformAdmin.request('GET', '/api/retention-periods?country=ID');
      assert.equal(response.statusCode, 200, response.body);
      const indonesia = response.json() as Overview;
      assert.equal(indonesia.country, 'ID');
      const investigation = indonesia.recordTypes.find((row) => row.recordType === 'investigation');
      assert.deepEqual(investigation?.effective, { years: 12, scope: 'country' });
      assert.equal(investigation?.agency, null, "the acting agency's own period is not another country's");
    });
  });
}
