import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { admission, personWithCase, shelterOf, shelterReferral } from './shelter.factory.ts';

interface Ids {
  personId: string;
  caseId: string;
}

for (const kind of await testDatabaseKinds()) {
  describe(`shelter placements [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let jpw: TestSession;
    let molisa: TestSession;
    let womenOnly: string;
    let menOnly: string;
    let jpwShelter: string;
    let ani: Ids;
    let siti: Ids;
    let budi: Ids;
    let aniPlacement: string;
    let transferred: string;

    const placementsOf = (caseId: string) =>
      platform().db.query('select id from placement where case_id = $1', [caseId]);
    const timelineKinds = async (caseId: string) =>
      (await jkm.request('GET', `/api/cases/${caseId}/timeline`))
        .json()
        .items.map((e: { kind: string }) => e.kind);

    it('admits a woman to her agency’s own shelter, in its first free bed, on the case’s timeline', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      jpw = await signInAs(platform().app, 'shelter.jpw@demo.lindung.org');
      molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      const { jkm: jkmId, jpw: jpwId } = platform().agencyIds;
      womenOnly = await shelterOf(platform().db, jkmId, { name: 'JKM women, one bed', beds: 1 });
      menOnly = await shelterOf(platform().db, jkmId, {
        name: 'JKM men',
        population: 'men',
        rules: { sexes: ['male'], minAge: 18, maxAge: null },
        region: 'MY-01',
        beds: 2,
      });
      jpwShelter = await shelterOf(platform().db, jpwId, { name: 'JPW women', beds: 3 });
      ani = await personWithCase(jkm, { fullName: 'Ani Suryani' });
      const admitted = await jkm.request('POST', '/api/placements', admission(ani.caseId, womenOnly));
      assert.equal(admitted.statusCode, 201, admitted.body);
      const placement = admitted.json();
      aniPlacement = placement.id;
      assert.equal(placement.personId, ani.personId);
      assert.equal(placement.bed.label, '1');
      assert.equal(placement.current, true);
      assert.equal(placement.referralId, null);
      assert.equal(placement.person.name, 'Ani Suryani');
      assert.equal(placement.person.sex, 'female');
      assert.notEqual(placement.person.ageBand, 'unknown');
      assert.ok((await timelineKinds(ani.caseId)).includes('case.shelter_admitted'));
    });

    it('reports occupancy and free beds by shelter and by region', async () => {
      const response = await jkm.request('GET', '/api/shelters/occupancy?country=MY');
      assert.equal(response.statusCode, 200, response.body);
      const { shelters, regions } = response.json();
      const women = shelters.find((s: { shelterId: string }) => s.shelterId === womenOnly);
      assert.deepEqual([women.beds, women.occupied, women.free], [1, 1, 0]);
      const selangor = regions.find((r: { region: string }) => r.region === 'MY-10');
      assert.deepEqual([selangor.shelters, selangor.beds, selangor.occupied, selangor.free], [2, 4, 1, 3]);
      const onlyJohor = (await jkm.request('GET', '/api/shelters/occupancy?region=MY-01')).json();
      assert.deepEqual(
        onlyJohor.regions.map((r: { region: string }) => r.region),
        ['MY-01'],
      );
    });

    it('refuses a full shelter, and a person placed already, writing nothing', async () => {
      siti = await personWithCase(jkm, { fullName: 'Siti Aminah' });
      const full = await jkm.request('POST', '/api/placements', admission(siti.caseId, womenOnly));
      assert.equal(full.statusCode, 409);
      assert.equal(full.json().code, 'no_free_bed');
      assert.equal(full.headers['content-type'], 'application/problem+json; charset=utf-8');
      const again = await jkm.request('POST', '/api/placements', admission(ani.caseId, menOnly));
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().code, 'person_already_placed');
      assert.equal((await placementsOf(siti.caseId)).length, 0);
      assert.equal((await placementsOf(ani.caseId)).length, 1);
    });

    it('warns before placing a man in a women-only shelter, and places him once the warning is acknowledged', async () => {
      budi = await personWithCase(jkm, { fullName: 'Budi Santoso', sex: 'male' });
      const warned = await jkm.request('POST', '/api/placements', admission(budi.caseId, jpwShelter));
      assert.equal(warned.statusCode, 422);
      assert.equal(
        warned.json().code,
        'no_shelter_referral',
        'another agency’s shelter needs its referral first',
      );
      await shelterReferral(jkm, jpw, budi);
      const refused = await jkm.request('POST', '/api/placements', admission(budi.caseId, jpwShelter));
      assert.equal(refused.statusCode, 422, refused.body);
      assert.equal(refused.json().code, 'warnings_unacknowledged');
      assert.deepEqual(
        refused.json().warnings.map((w: { code: string }) => w.code),
        ['shelter_rules_sex'],
      );
      assert.equal((await placementsOf(budi.caseId)).length, 0);
      const placed = await jkm.request(
        'POST',
        '/api/placements',
        admission(budi.caseId, jpwShelter, { acknowledgeWarnings: ['shelter_rules_sex'] }),
      );
      assert.equal(placed.statusCode, 201, placed.body);
      assert.deepEqual(placed.json().acknowledgedWarnings, ['shelter_rules_sex']);
      assert.ok(placed.json().referralId);
      const audited = await platform().db.query<{ detail: { warnings: string[] } }>(
        `select detail from audit_event where action = 'placement.warnings_acknowledged' and subject_id = $1`,
        [placed.json().id],
      );
      assert.deepEqual(audited[0]?.detail.warnings, ['shelter_rules_sex']);
    });

    it('gives the last bed to one of two admissions made at the same moment', async () => {
      const lastBed = await shelterOf(platform().db, platform().agencyIds.jkm, {
        name: 'JKM men, one bed',
        population: 'men',
        rules: { sexes: ['male'], minAge: 18, maxAge: null },
        beds: 1,
      });
      const men = [
        await personWithCase(jkm, { fullName: 'Agus Salim', sex: 'male' }),
        await personWithCase(jkm, { fullName: 'Joko Widodo', sex: 'male' }),
      ];
      const responses = await Promise.all(
        men.map((man) => jkm.request('POST', '/api/placements', admission(man.caseId, lastBed))),
      );
      assert.deepEqual(responses.map((r) => r.statusCode).sort(), [201, 409]);
      const lost = responses.find((r) => r.statusCode === 409);
      assert.ok(['no_free_bed', 'bed_not_free'].includes(lost?.json().code), lost?.body);
      const [count] = await platform().db.query<{ n: number }>(
        'select count(*)::int as n from placement where shelter_id = $1',
        [lastBed],
      );
      assert.equal(count?.n, 1);
    });

    it('warns of a child in an adults’ shelter', async () => {
      const child = await personWithCase(jkm, {
        fullName: 'Rina',
        birth: { precision: 'estimated', age: 14, on: '2025-11-01' },
      });
      const response = await jkm.request(
        'POST',
        '/api/placements',
        admission(child.caseId, menOnly, { acknowledgeWarnings: ['shelter_rules_sex'] }),
      );
      assert.equal(response.statusCode, 422);
      assert.deepEqual(
        response.json().warnings.map((w: { code: string }) => w.code),
        ['shelter_rules_age'],
      );
    });

    it('transfers a person to another agency’s shelter as one discharge and one admission', async () => {
      const withoutReferral = await jkm.request('POST', `/api/placements/${aniPlacement}/transfer`, {
        shelterId: jpwShelter,
        transferredOn: '2025-11-25',
        reason: 'safety',
      });
      assert.equal(withoutReferral.statusCode, 422);
      assert.equal(withoutReferral.json().code, 'no_shelter_referral');
      const unchanged = (await jkm.request('GET', `/api/placements/${aniPlacement}`)).json();
      assert.equal(unchanged.current, true, 'the first placement is still open');
      await shelterReferral(jkm, jpw, ani);
      const early = await jkm.request('POST', `/api/placements/${aniPlacement}/transfer`, {
        shelterId: jpwShelter,
        transferredOn: '2025-11-19',
        reason: 'safety',
      });
      assert.equal(early.statusCode, 400);
      assert.deepEqual(early.json().errors, [
        {
          code: 'date_before_earlier_step',
          field: 'transferredOn',
          message: 'is before the admission (2025-11-20)',
        },
      ]);
      const moved = await jkm.request('POST', `/api/placements/${aniPlacement}/transfer`, {
        shelterId: jpwShelter,
        transferredOn: '2025-11-25',
        reason: 'protection_order',
      });
      assert.equal(moved.statusCode, 201, moved.body);
      transferred = moved.json().id;
      assert.equal(moved.json().transferredFromId, aniPlacement);
      assert.equal(moved.json().admittedOn, '2025-11-25');
      const before = (await jkm.request('GET', `/api/placements/${aniPlacement}`)).json();
      assert.deepEqual(
        [before.dischargedOn, before.dischargeReason, before.transferredToId],
        ['2025-11-25', 'transferred', transferred],
      );
      const kinds = await timelineKinds(ani.caseId);
      assert.ok(kinds.includes('case.shelter_transferred'));
      assert.ok(!kinds.includes('case.shelter_discharged'));
      const list = (await jkm.request('GET', `/api/cases/${ani.caseId}/placements`)).json();
      assert.deepEqual(
        list.items.map((p: { id: string }) => p.id),
        [transferred, aniPlacement],
      );
    });

    it('shows the shelter’s agency its residents’ name, sex and age band, and not their case', async () => {
      const residents = await jpw.request('GET', `/api/shelters/${jpwShelter}/placements`);
      assert.equal(residents.statusCode, 200, residents.body);
      const names = residents.json().items.map((p: { person: { name: string } }) => p.person.name);
      assert.deepEqual(names.sort(), ['Ani Suryani', 'Budi Santoso']);
      assert.equal((await jpw.request('GET', `/api/cases/${ani.caseId}`)).statusCode, 404);
      assert.equal((await jpw.request('GET', `/api/persons/${ani.personId}`)).statusCode, 404);
      assert.equal((await jpw.request('GET', `/api/cases/${ani.caseId}/placements`)).statusCode, 404);
      const others = await jkm.request('GET', `/api/shelters/${jpwShelter}/placements`);
      assert.equal(others.statusCode, 403);
      const address = (await jkm.request('GET', `/api/shelters/${jpwShelter}`)).json();
      assert.equal(address.occupancy.occupied, 2);
    });

    it('refuses a discharge before the admission, then lets the shelter’s agency discharge', async () => {
      const early = await jpw.request('POST', `/api/placements/${transferred}/discharge`, {
        dischargedOn: '2025-11-24',
        reason: 'returned_home',
      });
      assert.equal(early.statusCode, 400);
      assert.deepEqual(early.json().errors, [
        {
          code: 'date_before_earlier_step',
          field: 'dischargedOn',
          message: 'is before the admission (2025-11-25)',
        },
      ]);
      const asTransfer = await jpw.request('POST', `/api/placements/${transferred}/discharge`, {
        dischargedOn: '2025-11-28',
        reason: 'transferred',
      });
      assert.equal(asTransfer.statusCode, 400);
      const discharged = await jpw.request('POST', `/api/placements/${transferred}/discharge`, {
        dischargedOn: '2025-11-28',
        reason: 'repatriated',
      });
      assert.equal(discharged.statusCode, 200, discharged.body);
      assert.equal(discharged.json().current, false);
      const twice = await jkm.request('POST', `/api/placements/${transferred}/discharge`, {
        dischargedOn: '2025-11-29',
        reason: 'repatriated',
      });
      assert.equal(twice.statusCode, 409);
      assert.equal(twice.json().code, 'placement_ended');
      assert.ok((await timelineKinds(ani.caseId)).includes('case.shelter_discharged'));
    });

    it('refuses an admission before the person’s last discharge', async () => {
      const response = await jkm.request(
        'POST',
        '/api/placements',
        admission(ani.caseId, womenOnly, { admittedOn: '2025-11-27' }),
      );
      assert.equal(response.statusCode, 400);
      assert.deepEqual(response.json().errors, [
        {
          code: 'date_before_earlier_step',
          field: 'admittedOn',
          message: "is before the person's last discharge (2025-11-28)",
        },
      ]);
    });

    it('refuses to place a person of a closed case', async () => {
      const closed = await jkm.request('POST', `/api/cases/${siti.caseId}/status`, {
        status: 'closed',
        reason: 'Returned home',
      });
      assert.equal(closed.statusCode, 200, closed.body);
      const response = await jkm.request('POST', '/api/placements', admission(siti.caseId, menOnly));
      assert.equal(response.statusCode, 409);
      assert.equal(response.json().code, 'case_closed');
    });

    it('answers 404 to an agency that neither placed the person nor runs the shelter', async () => {
      assert.equal((await molisa.request('GET', `/api/placements/${transferred}`)).statusCode, 404);
      const discharge = await molisa.request('POST', `/api/placements/${aniPlacement}/discharge`, {
        dischargedOn: '2025-11-28',
        reason: 'other',
      });
      assert.equal(discharge.statusCode, 404);
      const admit = await molisa.request('POST', '/api/placements', admission(siti.caseId, womenOnly));
      assert.equal(admit.statusCode, 404);
      const transfer = await jpw.request('POST', `/api/placements/${transferred}/transfer`, {
        shelterId: womenOnly,
        transferredOn: '2025-11-28',
        reason: 'safety',
      });
      assert.equal(transfer.statusCode, 403, 'the shelter’s agency cannot move the person on');
    });

    it('places a Vietnamese woman in the Peace House demo shelter by its accepted referral', async () => {
      const peaceHouse = await signInAs(platform().app, 'shelter.peacehouse@demo.lindung.org');
      const registry = (await molisa.request('GET', '/api/shelters?country=VN')).json().items;
      assert.deepEqual(
        registry.map((s: { name: string }) => s.name),
        ['Ngôi nhà Bình yên Hà Nội'],
      );
      const lan = await personWithCase(molisa, {
        fullName: 'Trần Thị Mai',
        birth: { precision: 'year', year: 2004 },
      });
      await shelterReferral(molisa, peaceHouse, lan);
      const placed = await molisa.request('POST', '/api/placements', admission(lan.caseId, registry[0].id));
      assert.equal(placed.statusCode, 201, placed.body);
      const occupancy = (await molisa.request('GET', '/api/shelters/occupancy?country=VN')).json();
      assert.deepEqual(occupancy.regions, [
        { region: 'VN-HN', shelters: 1, beds: 15, occupied: 1, free: 14 },
      ]);
      const residents = (
        await peaceHouse.request('GET', `/api/shelters/${registry[0].id}/placements`)
      ).json();
      assert.equal(residents.items[0].person.name, 'Trần Thị Mai');
    });

    it('audits admissions, transfers, discharges and reads', async () => {
      const actions = await platform().db.query<{ action: string }>(
        `select action from audit_event where subject_type = 'placement' and subject_id = any($1::text[]) order by id`,
        [[aniPlacement, transferred]],
      );
      const seen = new Set(actions.map((a) => a.action));
      for (const action of [
        'placement.admit',
        'placement.transfer',
        'placement.discharge',
        'placement.read',
      ]) {
        assert.ok(seen.has(action), action);
      }
    });
  });
}
