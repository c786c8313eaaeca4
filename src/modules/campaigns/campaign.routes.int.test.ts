import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import {
  signInAs,
  type TestSession,
  useAppWithoutPolicyChecks,
  useTestPlatform,
} from '../../../test/support/platform.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`awareness campaigns [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let mapo: TestSession;
    let jkm: TestSession;
    let gugus: TestSession;
    let activityId: string;
    let campaignId: string;
    let partnerId: string;

    it('starts a campaign that carries out an activity of the action plan', async () => {
      mapo = await signInAs(platform().app, 'coordinator.mapo@demo.lindung.org');
      jkm = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      gugus = await signInAs(platform().app, 'coordinator.gugustugas@demo.lindung.org');
      const plan = await mapo.request('POST', '/api/action-plans', {
        title: 'National Action Plan 2021–2025',
        startYear: 2021,
        endYear: 2025,
        strategies: [
          {
            pillar: 'prevention',
            title: 'Raise awareness',
            activities: [{ title: 'Awareness events in three cities', responsibleAgencyId: mapo.agencyId }],
          },
        ],
      });
      assert.equal(plan.statusCode, 201, plan.body);
      activityId = plan.json().strategies[0].activities[0].id;
      partnerId = (
        await mapo.request('POST', '/api/partners', { name: 'Migrant workers’ association', kind: 'cso' })
      ).json().id;
      const outside = await mapo.request('POST', '/api/campaigns', {
        title: 'Too late',
        audiences: ['migrant workers'],
        languages: ['ms'],
        startsOn: '2027-01-01',
        endsOn: '2027-03-31',
        activityId,
      });
      assert.equal(outside.statusCode, 400);
      assert.equal(outside.json().errors[0].field, 'startsOn');
      const created = await mapo.request('POST', '/api/campaigns', {
        title: 'Know your rights',
        audiences: ['migrant workers', 'employers'],
        languages: ['ms', 'en', 'id'],
        channels: ['events', 'social_media'],
        startsOn: '2024-03-01',
        endsOn: '2024-09-30',
        activityId,
      });
      assert.equal(created.statusCode, 201, created.body);
      campaignId = created.json().id;
      assert.equal(created.json().activityTitle, 'Awareness events in three cities');
      assert.equal(
        (
          await jkm.request('POST', '/api/campaigns', {
            title: 'Mine',
            audiences: ['students'],
            languages: ['ms'],
            startsOn: '2024-01-01',
            endsOn: '2024-02-01',
          })
        ).statusCode,
        403,
      );
    });

    it('records events in three cities with reach and a material, and refuses events outside the campaign', async () => {
      for (const [city, heldOn, attendance, reach] of [
        ['Kuala Lumpur', '2024-03-15', 320, 15000],
        ['Johor Bahru', '2024-05-10', 180, 8000],
        ['Kota Kinabalu', '2024-07-20', 150, 5000],
      ] as const) {
        const added = await mapo.request('POST', `/api/campaigns/${campaignId}/events`, {
          city,
          heldOn,
          audience: 'migrant workers',
          partnerIds: [partnerId],
          attendance,
          reach,
        });
        assert.equal(added.statusCode, 201, added.body);
      }
      const late = await mapo.request('POST', `/api/campaigns/${campaignId}/events`, {
        city: 'Penang',
        heldOn: '2024-12-01',
        audience: 'employers',
        partnerIds: ['00000000-0000-4000-8000-000000000000'],
      });
      assert.equal(late.statusCode, 400);
      assert.deepEqual(
        late.json().errors.map((e: { field: string }) => e.field),
        ['heldOn', 'partnerIds.0'],
      );
      const material = await mapo.request('POST', `/api/campaigns/${campaignId}/materials`, {
        title: 'Poster: your passport is yours',
        kind: 'poster',
        language: 'id',
        url: 'https://example.org/poster.pdf',
      });
      assert.equal(material.statusCode, 201, material.body);
      assert.deepEqual(material.json().totals, { events: 3, cities: 3, attendance: 650, reach: 28000 });
      assert.equal(material.json().materials.length, 1);
      assert.equal(
        (
          await jkm.request('POST', `/api/campaigns/${campaignId}/materials`, {
            title: 'Not mine',
            kind: 'leaflet',
            language: 'ms',
          })
        ).statusCode,
        403,
      );
      const read = await jkm.request('GET', `/api/campaigns/${campaignId}`);
      assert.equal(read.statusCode, 200, 'every agency of the country reads the campaign');
    });

    it("keeps campaigns from another country's agencies", async () => {
      assert.equal((await gugus.request('GET', `/api/campaigns/${campaignId}`)).statusCode, 404);
      assert.ok(
        (await gugus.request('GET', '/api/campaigns'))
          .json()
          .items.every((c: { id: string }) => c.id !== campaignId),
      );
    });

    describe('awareness campaigns in the database', () => {
      const rlsOnly = useAppWithoutPolicyChecks(platform);

      it('refuses events and materials from another agency, and shows nothing to another country', async () => {
        const mapo = await signInAs(rlsOnly().app, 'coordinator.mapo@demo.lindung.org');
        const jkm = await signInAs(rlsOnly().app, 'admin.jkm@demo.lindung.org');
        const gugus = await signInAs(rlsOnly().app, 'coordinator.gugustugas@demo.lindung.org');
        const created = await mapo.request('POST', '/api/campaigns', {
          title: 'Know your rights',
          audiences: ['students'],
          languages: ['ms'],
          startsOn: '2024-03-01',
          endsOn: '2024-09-30',
        });
        assert.equal(created.statusCode, 201, created.body);
        const id = created.json().id;
        const event = { city: 'Ipoh', heldOn: '2024-04-01', audience: 'students' };
        assert.equal((await jkm.request('POST', `/api/campaigns/${id}/events`, event)).statusCode, 403);
        assert.equal((await gugus.request('POST', `/api/campaigns/${id}/events`, event)).statusCode, 404);
        assert.equal((await gugus.request('GET', `/api/campaigns/${id}`)).statusCode, 404);
        const material = { title: 'Leaflet', kind: 'leaflet', language: 'ms' };
        assert.equal((await jkm.request('POST', `/api/campaigns/${id}/materials`, material)).statusCode, 403);
        assert.equal((await mapo.request('GET', `/api/campaigns/${id}`)).json().events.length, 0);
      });
    });
  });
}
