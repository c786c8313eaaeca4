import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';

const newShelter = {
  name: 'Rumah Perlindungan Wanita Klang',
  type: 'government',
  population: 'women',
  region: 'MY-10',
  address: 'Jalan Rahsia 7, 41000 Klang, Selangor',
  phone: '+60 3-3333 4444',
  services: ['counselling', 'legal_aid'],
  beds: ['A1', 'A2', 'B1'],
};

for (const kind of await testDatabaseKinds()) {
  describe(`shelter registry [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jpw: TestSession;
    let jkm: TestSession;
    let shelterId: string;

    it('registers a shelter with its beds, the population’s rules, and the address encrypted', async () => {
      jpw = await signInAs(platform().app, 'shelter.jpw@demo.lindung.org');
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const response = await jpw.request('POST', '/api/shelters', newShelter);
      assert.equal(response.statusCode, 201, response.body);
      const shelter = response.json();
      shelterId = shelter.id;
      assert.deepEqual(shelter.rules, { sexes: ['female'], minAge: 18, maxAge: null });
      assert.deepEqual(
        shelter.beds.map((bed: { label: string }) => bed.label),
        ['A1', 'A2', 'B1'],
      );
      assert.deepEqual(shelter.occupancy, { beds: 3, occupied: 0, free: 3 });
      assert.equal(shelter.address, newShelter.address);
      assert.equal(shelter.country, 'MY');
      const [row] = await platform().db.query<{ address: string }>(
        'select address from shelter where id = $1',
        [shelterId],
      );
      assert.match(row?.address ?? '', /^v1\./);
      assert.doesNotMatch(row?.address ?? '', /Rahsia/);
    });

    it('shows the registry to other agencies without the address', async () => {
      const seen = await jkm.request('GET', `/api/shelters/${shelterId}`);
      assert.equal(seen.statusCode, 200, seen.body);
      assert.equal(seen.json().address, null);
      assert.equal(seen.json().agencyName, 'Jabatan Pembangunan Wanita');
      const list = await jkm.request('GET', '/api/shelters?country=MY&population=women');
      const names = list.json().items.map((s: { name: string }) => s.name);
      assert.ok(names.includes(newShelter.name));
      assert.ok(names.includes('Rumah Perlindungan Wanita Kuala Lumpur'), 'the demo shelter');
      assert.ok(!names.includes('Ngôi nhà Bình yên Hà Nội'));
    });

    it('refuses a region outside the agency’s country, a repeated bed label and inverted ages', async () => {
      const response = await jpw.request('POST', '/api/shelters', {
        ...newShelter,
        name: 'Elsewhere',
        region: 'VN-HN',
        beds: ['1', '1'],
        rules: { minAge: 20, maxAge: 10 },
      });
      assert.equal(response.statusCode, 400);
      assert.deepEqual(
        response.json().errors.map((e: { field: string }) => e.field),
        ['region', 'rules.maxAge', 'beds.1'],
      );
      const missing = await jpw.request('POST', '/api/shelters', { name: 'No beds' });
      assert.equal(missing.statusCode, 400);
      const unlisted = await jpw.request('POST', '/api/shelters', {
        ...newShelter,
        name: 'Nowhere',
        region: 'MY-99',
      });
      assert.equal(unlisted.statusCode, 400);
      assert.deepEqual(unlisted.json().errors[0], {
        field: 'region',
        code: 'region_not_of_country',
        message: 'is not a region of MY',
      });
    });

    it('lets only the operator’s shelter managers change a shelter', async () => {
      const byCaseManager = await jkm.request('POST', '/api/shelters', newShelter);
      assert.equal(byCaseManager.statusCode, 403);
      const change = await jkm.request('PATCH', `/api/shelters/${shelterId}`, { name: 'Renamed' });
      assert.equal(change.statusCode, 403);
      const changed = await jpw.request('PATCH', `/api/shelters/${shelterId}`, {
        population: 'mixed',
        rules: { minAge: 12 },
        address: null,
      });
      assert.equal(changed.statusCode, 200, changed.body);
      assert.deepEqual(changed.json().rules, {
        sexes: ['female', 'male', 'other'],
        minAge: 12,
        maxAge: null,
      });
      assert.equal(changed.json().address, null);
      const narrowed = await jpw.request('PATCH', `/api/shelters/${shelterId}`, {
        rules: { sexes: ['female'] },
      });
      assert.deepEqual(
        narrowed.json().rules,
        { sexes: ['female'], minAge: 12, maxAge: null },
        'only the parts given',
      );
    });

    it('adds beds and takes a free bed out of service', async () => {
      const added = await jpw.request('POST', `/api/shelters/${shelterId}/beds`, { labels: ['B2'] });
      assert.equal(added.statusCode, 200, added.body);
      assert.equal(added.json().occupancy.beds, 4);
      const taken = await jpw.request('POST', `/api/shelters/${shelterId}/beds`, { labels: ['a1'] });
      assert.equal(taken.statusCode, 400);
      const bed = added.json().beds.find((b: { label: string }) => b.label === 'B2');
      const out = await jpw.request('PATCH', `/api/shelters/${shelterId}/beds/${bed.id}`, {
        inService: false,
      });
      assert.equal(out.statusCode, 200, out.body);
      assert.deepEqual(out.json().occupancy, { beds: 3, occupied: 0, free: 3 });
    });

    it('gives the labels of every code in four languages', async () => {
      const options = (await jkm.request('GET', '/api/shelters/options')).json();
      assert.equal(options.population.women.ms, 'Wanita');
      assert.equal(options.warning.shelter_rules_sex.vi.length > 0, true);
    });

    it('lists the shelter and placement endpoints in the API document', async () => {
      const document = (await platform().app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      for (const path of [
        '/api/shelters',
        '/api/shelters/occupancy',
        '/api/placements',
        '/api/placements/{id}/transfer',
      ]) {
        assert.ok(document.paths[path], path);
      }
      assert.ok(document.components.schemas.Problem.properties.warnings);
    });

    it('audits every change to a shelter', async () => {
      const actions = await platform().db.query<{ action: string }>(
        `select action from audit_event where subject_type = 'shelter' and subject_id = $1 order by id`,
        [shelterId],
      );
      assert.deepEqual(
        actions.map((a) => a.action),
        ['shelter.create', 'shelter.update', 'shelter.update', 'shelter.add_beds', 'shelter.change_bed'],
      );
    });
  });
}
