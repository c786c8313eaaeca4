import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { created, openInvestigation, recordPerson } from '../prosecution/prosecution.factory.ts';
import { aniCaseFacts } from '../referrals/referral.factory.ts';

/*
 * Issue 7: a hidden national cell must not come back as the total minus the categories shown. Eight
 * investigations (six of trafficking, two of smuggling) and eight victims (six of forced labour,
 * two of sexual exploitation): hiding only the 2 would leave 8 - 6 - 0 - 0 = 2 in plain sight.
 */
interface Cell {
  value: number | null;
  suppressed: boolean;
}
type Counts = Record<'investigations' | 'arrests' | 'prosecutions' | 'convictions', Cell>;
interface LawEnforcement {
  total: Counts;
  byCategory: (Counts & { category: string })[];
}

const measures = ['investigations', 'arrests', 'prosecutions', 'convictions'] as const;

/** No measure whose total is shown has exactly one category hidden. */
function assertNoLoneHiddenCell(figures: LawEnforcement, where: string) {
  for (const measure of measures) {
    if (figures.total[measure].value === null) continue;
    const hidden = figures.byCategory.filter((row) => row[measure].value === null);
    assert.notEqual(hidden.length, 1, `${where}: ${measure} has a lone hidden category`);
  }
}

const investigations = (figures: LawEnforcement) =>
  Object.fromEntries(figures.byCategory.map((row) => [row.category, row.investigations.value]));

for (const kind of await testDatabaseKinds()) {
  describe(`no suppressed national cell recovered by subtraction [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let police: TestSession;
    let coordinator: TestSession;

    it('records eight investigations and eight victims, two of each in a small category', async () => {
      const { app } = platform();
      police = await signInAs(app, 'investigator.pdrm@demo.lindung.org');
      coordinator = await signInAs(app, 'coordinator.mapo@demo.lindung.org');
      const jkm = await signInAs(app, 'cm.jkm@demo.lindung.org');
      for (let n = 0; n < 8; n++) {
        await openInvestigation(police, { offenceCodes: [n < 6 ? 'atipsom.12' : 'atipsom.26a'] });
        const personId = await recordPerson(jkm, `Victim Number ${n}`, { sex: 'female', nationality: 'ID' });
        created(
          await jkm.request('POST', '/api/cases', {
            type: 'victim_case',
            personId,
            ...aniCaseFacts,
            exploitationTypes: [n < 6 ? 'forced_labour' : 'sexual_exploitation'],
          }),
        );
      }
    });

    it('keeps the TIP table from giving a hidden category back, and the agency its exact figures', async () => {
      const tip = async (session: TestSession) => {
        const response = await session.request('GET', '/api/statistics/tip?from=2010-01-01&to=2029-12-31');
        assert.equal(response.statusCode, 200, response.body);
        return response.json();
      };
      const national = await tip(coordinator);
      assert.equal(national.lawEnforcement.total.investigations.value, 8);
      assert.equal(investigations(national.lawEnforcement).smuggling_of_migrants, null);
      assertNoLoneHiddenCell(national.lawEnforcement, 'TIP');

      const types = national.victims.by.find(
        (by: { dimension: string }) => by.dimension === 'exploitation_type',
      ).rows as { key: string; identified: Cell }[];
      assert.equal(national.victims.identified.value, 8);
      const hidden = types.filter((row) => row.identified.value === null);
      assert.ok(
        hidden.some((row) => row.key === 'sexual_exploitation'),
        'two victims of sexual exploitation',
      );
      assert.notEqual(hidden.length, 1, 'the total minus the types shown would give the hidden one back');
      assert.deepEqual(
        hidden.map((row) => [row.key, row.identified]).sort(),
        [
          ['forced_labour', { value: null, suppressed: true }],
          ['sexual_exploitation', { value: null, suppressed: true }],
        ],
        'the six hidden to protect the two look like them: telling them apart would narrow the two',
      );

      const own = await tip(police);
      assert.equal(own.scope, 'agency');
      assert.deepEqual(investigations(own.lawEnforcement), {
        trafficking_in_persons: 6,
        smuggling_of_migrants: 2,
        forced_labour: 0,
        related: 0,
      });
    });

    it('keeps the dashboard and the prosecution figures from giving a hidden category back', async () => {
      const query = 'from=2010-01-01&to=2029-12-31&groupBy=year';
      const dashboard = await coordinator.request('GET', `/api/statistics/dashboard?${query}`);
      assert.equal(dashboard.statusCode, 200, dashboard.body);
      const [period] = dashboard.json().prosecution as LawEnforcement[];
      assert.ok(period);
      assert.equal(period.total.investigations.value, 8);
      assert.equal(investigations(period).smuggling_of_migrants, null);
      assertNoLoneHiddenCell(period, 'dashboard');
      const byCategory = Object.fromEntries(
        period.byCategory.map((row) => [row.category, row.investigations]),
      );
      assert.deepEqual(byCategory.smuggling_of_migrants, { value: null, suppressed: true });
      assert.deepEqual(
        byCategory.trafficking_in_persons,
        { value: null, suppressed: true },
        'six investigations, hidden to protect the two, and alike',
      );

      const figures = await coordinator.request('GET', `/api/prosecution/figures?${query}`);
      assert.equal(figures.statusCode, 200, figures.body);
      const [plain] = figures.json().periods as {
        total: Record<string, number | null>;
        byCategory: Record<string, number | null>[];
      }[];
      assert.equal(plain?.total.investigations, 8);
      const hiddenInvestigations = plain?.byCategory.filter((row) => row.investigations === null);
      assert.equal(hiddenInvestigations?.length, 2, 'smuggling and the next smallest, trafficking');
    });
  });
}
