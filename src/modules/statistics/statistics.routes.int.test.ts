import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { openInvestigation, referredVictim } from '../prosecution/prosecution.factory.ts';
import { personWithCase } from '../referrals/referral.factory.ts';

interface Cell {
  value: number | null;
  suppressed: boolean;
}
interface Row {
  period: string;
  key: string;
  name: string | null;
  label: { en: string } | null;
  identified: Cell;
  referred: Cell;
  sheltered: Cell;
  daysToReferral: Cell;
}

const everything = 'from=2010-01-01&to=2029-12-31&groupBy=year';

async function victims(session: TestSession, extra = '') {
  const response = await session.request('GET', `/api/statistics/victims?${everything}${extra}`);
  assert.equal(response.statusCode, 200, response.body);
  return response.json() as { scope: string; rows: Row[]; suppressionThreshold: number };
}
const sum = (rows: Row[], measure: 'identified' | 'referred') =>
  rows.reduce((total, row) => total + (row[measure].value ?? 0), 0);

for (const kind of await testDatabaseKinds()) {
  describe(`statistics through the API [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let police: TestSession;
    let coordinator: TestSession;
    let indonesianCoordinator: TestSession;

    it('records victims at the welfare department and the police, one referred', async () => {
      const { app } = platform();
      jkm = await signInAs(app, 'cm.jkm@demo.lindung.org');
      police = await signInAs(app, 'investigator.pdrm@demo.lindung.org');
      coordinator = await signInAs(app, 'coordinator.mapo@demo.lindung.org');
      indonesianCoordinator = await signInAs(app, 'coordinator.gugustugas@demo.lindung.org');
      await personWithCase(jkm);
      await personWithCase(jkm, {
        names: [{ fullName: 'Nguyễn Thị Lan' }],
        sex: 'female',
        nationality: 'VN',
      });
      await referredVictim(
        jkm,
        await signInAs(app, 'officer.pdrm@demo.lindung.org'),
        platform().agencyIds.pdrm,
      );
      await personWithCase(police, { names: [{ fullName: 'Aung Ko Ko' }], sex: 'male', nationality: 'MM' });
    });

    it('shows an agency its own figures, unsuppressed, matching what it recorded', async () => {
      const own = await victims(jkm);
      assert.equal(own.scope, 'agency');
      assert.equal(sum(own.rows, 'identified'), 3);
      assert.equal(sum(own.rows, 'referred'), 1);
      assert.ok(own.rows.every((row) => !row.identified.suppressed && !row.referred.suppressed));
      const bySex = await victims(jkm, '&dimension=sex');
      assert.deepEqual(
        bySex.rows.map((row) => [row.key, row.identified.value, row.label?.en]),
        [['female', 3, 'Female']],
      );
      const byNationality = await victims(jkm, '&dimension=nationality');
      assert.deepEqual(byNationality.rows.map((row) => [row.key, row.identified.value]).sort(), [
        ['ID', 2],
        ['VN', 1],
      ]);
      const police_ = await victims(police);
      assert.equal(sum(police_.rows, 'identified'), 1, 'the police see only their own victim');
    });

    it('suppresses small national cells for the coordinator, and shows them once they reach the threshold', async () => {
      const national = await victims(coordinator);
      assert.equal(national.suppressionThreshold, 5, 'LINDUNG_SMALL_CELL_THRESHOLD by default');
      assert.equal(national.scope, 'national');
      const [total] = national.rows;
      assert.deepEqual(total?.identified, { value: null, suppressed: true }, 'four victims nationally');
      assert.deepEqual(total?.referred, { value: null, suppressed: true });
      assert.deepEqual(total?.daysToReferral, { value: null, suppressed: true });
      const byAgency = await victims(coordinator, '&dimension=agency');
      assert.ok(byAgency.rows.every((row) => row.identified.suppressed && row.identified.value === null));
      assert.ok(byAgency.rows.every((row) => typeof row.name === 'string' && row.name.length > 0));

      await personWithCase(police, { names: [{ fullName: 'Sok Dara' }], sex: 'male', nationality: 'KH' });
      const grown = await victims(coordinator);
      assert.deepEqual(grown.rows[0]?.identified, { value: 5, suppressed: false });
      assert.deepEqual(grown.rows[0]?.referred, { value: null, suppressed: true });
      const elsewhere = await victims(indonesianCoordinator);
      assert.equal(elsewhere.rows.length, 0, "Indonesia's coordinator sees none of Malaysia's victims");
    });

    it('shows the dashboard with the prosecution figures by offence category and overdue deadlines', async () => {
      await openInvestigation(police, { openedOn: '2025-03-01' });
      const own = await police.request('GET', `/api/statistics/dashboard?${everything}`);
      assert.equal(own.statusCode, 200, own.body);
      const body = own.json();
      assert.equal(body.scope, 'agency');
      const investigations = body.prosecution.map(
        (period: { total: { investigations: Cell } }) => period.total.investigations.value,
      );
      assert.deepEqual(investigations, [1]);
      assert.ok(Array.isArray(body.overdueDeadlines));
      const national = (await coordinator.request('GET', `/api/statistics/dashboard?${everything}`)).json();
      assert.deepEqual(national.prosecution[0].total.investigations, { value: null, suppressed: true });
      assert.equal(national.victims[0].identified.value, 5);
    });

    it('refuses periods that end before they start or cover more than twenty years, unknown dimensions and users without a statistics or case permission', async () => {
      const backwards = await coordinator.request(
        'GET',
        '/api/statistics/victims?from=2025-12-01&to=2025-01-01',
      );
      assert.equal(backwards.statusCode, 400, backwards.body);
      assert.match(backwards.body, /query\.from/);
      for (const path of ['victims', 'dashboard', 'tip']) {
        const long = await coordinator.request(
          'GET',
          `/api/statistics/${path}?from=2006-01-01&to=2026-01-01`,
        );
        assert.equal(long.statusCode, 400, long.body);
        assert.match(long.headers['content-type'] as string, /^application\/problem\+json/);
        const problem = long.json() as { errors: { field: string; code: string }[] };
        assert.deepEqual(
          problem.errors.map((error) => [error.field, error.code]),
          [['query.to', 'period_too_long']],
          path,
        );
        const twenty = await coordinator.request(
          'GET',
          `/api/statistics/${path}?from=2006-01-01&to=2025-12-31`,
        );
        assert.equal(twenty.statusCode, 200, twenty.body);
      }
      const unknown = await coordinator.request('GET', '/api/statistics/victims?dimension=religion');
      assert.equal(unknown.statusCode, 400, unknown.body);
      const labels = await coordinator.request('GET', '/api/statistics/labels');
      assert.equal(labels.statusCode, 200, labels.body);
      assert.equal(labels.json().exploitationType.forced_labour.vi, 'Lao động cưỡng bức');
      const trainer = await signInAs(platform().app, 'trainer.mapo@demo.lindung.org');
      const refused = await trainer.request('GET', '/api/statistics/dashboard');
      assert.equal(refused.statusCode, 403, refused.body);
    });

    it('lists age bands youngest first, not as text, in the victim figures and the TIP table', async () => {
      for (const [fullName, age] of [
        ['Tran Van Minh', 50],
        ['Le Thi Hoa', 12],
        ['Pham Van Nam', 33],
      ] as const) {
        await personWithCase(police, {
          names: [{ fullName }],
          sex: 'male',
          nationality: 'VN',
          birth: { precision: 'estimated', age, on: '2025-06-01' },
        });
      }
      const byAge = await victims(police, '&dimension=age_band');
      assert.deepEqual(
        byAge.rows.map((row) => row.key),
        ['9-17', '30-38', '48+', 'unknown'],
        'as text, 30-38 and 48+ would come before 9-17',
      );
      const tip = await police.request('GET', '/api/statistics/tip?from=2010-01-01&to=2029-12-31');
      assert.equal(tip.statusCode, 200, tip.body);
      const bands = (tip.json().victims.by as { dimension: string; rows: { key: string }[] }[]).find(
        (by) => by.dimension === 'age_band',
      );
      assert.deepEqual(
        bands?.rows.map((row) => row.key),
        ['9-17', '30-38', '48+', 'unknown'],
      );
    });
  });
}
