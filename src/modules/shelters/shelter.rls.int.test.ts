import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { admission, personWithCase, shelterReferral } from './shelter.factory.ts';

const caseWorker = ['person:read', 'person:write', 'case:read', 'case:write', 'referral:manage'];
const shelterManager = ['person:read', 'case:read', 'shelter:manage', 'referral:manage'];

/*
 * With the application's checks switched off, what the database shows and refuses by itself:
 * through the API, and by statements run directly as the application role with a tenant's settings.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`shelters and placements in the database [${kind}]`, () => {
    const platform = useTestPlatform(kind, { unsafeSkipPolicyChecks: true });
    let jkm: TestSession;
    let jpw: TestSession;
    let molisa: TestSession;
    let shelterId: string;
    let ani: { personId: string; caseId: string };
    let placementId: string;
    let aniReferral: string;

    const asTenant = tenantQuery(() => platform().db);
    const refused = (code: string) => (error: { code?: string }) => error.code === code;

    it('sets up a shelter of the women’s department and a welfare case placed there by referral', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      jpw = await signInAs(platform().app, 'shelter.jpw@demo.lindung.org');
      molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      const shelter = await jpw.request('POST', '/api/shelters', {
        name: 'Rumah Perlindungan Ujian',
        type: 'government',
        population: 'women',
        region: 'MY-10',
        address: 'Lorong Sulit 3, Shah Alam',
        beds: 2,
      });
      assert.equal(shelter.statusCode, 201, shelter.body);
      shelterId = shelter.json().id;
      ani = await personWithCase(jkm, { fullName: 'Ani Suryani' });
      aniReferral = await shelterReferral(jkm, jpw, ani);
      const placed = await jkm.request('POST', '/api/placements', admission(ani.caseId, shelterId));
      assert.equal(placed.statusCode, 201, placed.body);
      placementId = placed.json().id;
    });

    it('gives another agency nothing of the placement or the person', async () => {
      assert.equal((await molisa.request('GET', `/api/placements/${placementId}`)).statusCode, 404);
      const residents = await molisa.request('GET', `/api/shelters/${shelterId}/placements`);
      assert.deepEqual(residents.json().items, []);
      assert.deepEqual(await asTenant(molisa, caseWorker, 'select * from placement'), []);
      assert.deepEqual(await asTenant(molisa, shelterManager, 'select * from placement'), []);
      assert.deepEqual(
        await asTenant(
          molisa,
          [...caseWorker, 'shelter:manage'],
          'select * from lindung_placement_person($1)',
          [placementId],
        ),
        [],
      );
      assert.equal((await molisa.request('GET', `/api/shelters/${shelterId}`)).json().address, null);
    });

    it('shows the shelter’s agency the placement and the person’s name, sex and age band, and nothing more', async () => {
      const rows = await asTenant(jpw, shelterManager, 'select * from placement');
      assert.equal(rows.length, 1);
      const [person] = await asTenant<{ full_name: string; sex: string; age_band: string }>(
        jpw,
        shelterManager,
        'select * from lindung_placement_person($1)',
        [placementId],
      );
      assert.equal(person?.full_name, 'Ani Suryani');
      assert.equal(person?.sex, 'female');
      assert.notEqual(person?.age_band, 'unknown');
      const reads: [string, string][] = [
        ['select id from person where id = $1', ani.personId],
        ['select id from person_name where person_id = $1', ani.personId],
        ['select id from case_file where id = $1', ani.caseId],
        ['select case_id from case_person where case_id = $1', ani.caseId],
        ['select id from case_event where case_id = $1', ani.caseId],
        ['select id from consent where person_id = $1', ani.personId],
      ];
      for (const [statement, id] of reads) {
        assert.deepEqual(await asTenant(jpw, shelterManager, statement, [id]), [], statement);
      }
      assert.equal((await jpw.request('GET', `/api/cases/${ani.caseId}/placements`)).statusCode, 404);
      const residents = (await jpw.request('GET', `/api/shelters/${shelterId}/placements`)).json().items;
      assert.deepEqual(
        residents.map((p: { person: { name: string } }) => p.person.name),
        ['Ani Suryani'],
      );
      // A shelter manager without shelter:manage sees no placement at all.
      assert.deepEqual(await asTenant(jpw, ['person:read', 'case:read'], 'select * from placement'), []);
    });

    it('shows the placing agency the shelter’s address while someone is placed there', async () => {
      const shelter = (await jkm.request('GET', `/api/shelters/${shelterId}`)).json();
      assert.equal(shelter.address, 'Lorong Sulit 3, Shah Alam');
    });

    it('refuses placements in another agency’s shelter without its accepted referral, and for others’ cases', async () => {
      const copy = `insert into placement (agency_id, case_id, person_id, shelter_id, shelter_agency_id, bed_id,
                      referral_id, reason, admitted_on, admitted_by)
                    select $1, p.case_id, p.person_id, p.shelter_id, p.shelter_agency_id, b.id, $3, 'safety',
                           '2025-11-21', $2
                      from placement p join shelter_bed b on b.shelter_id = p.shelter_id and b.id <> p.bed_id
                     where p.id = $4`;
      // The shelter's agency placing the welfare department's case: not its case.
      await assert.rejects(
        asTenant(jpw, [...shelterManager, 'case:write'], copy, [jpw.agencyId, jpw.userId, null, placementId]),
        (error: { code?: string }) => ['42501', '23514'].includes(error.code ?? ''),
      );
      // Another agency copying the row: it cannot even read it, so nothing is inserted.
      assert.deepEqual(
        await asTenant(molisa, caseWorker, `${copy} returning id`, [
          molisa.agencyId,
          molisa.userId,
          null,
          placementId,
        ]),
        [],
      );
      // The case's agency: refused without a referral, or under another case's, taken with its own.
      await platform().db.query(
        `update placement set discharged_on = '2025-11-21', discharge_reason = 'other',
                discharged_by = admitted_by, discharged_at = now() where id = $1`,
        [placementId],
      );
      const either = (error: { code?: string }) => ['42501', '23514'].includes(error.code ?? '');
      await assert.rejects(
        asTenant(jkm, caseWorker, copy, [jkm.agencyId, jkm.userId, null, placementId]),
        either,
      );
      const siti = await personWithCase(jkm, { fullName: 'Siti Aminah' });
      const sitiReferral = await shelterReferral(jkm, jpw, siti);
      await assert.rejects(
        asTenant(jkm, caseWorker, copy, [jkm.agencyId, jkm.userId, sitiReferral, placementId]),
        refused('42501'),
      );
      const own = await asTenant(jkm, caseWorker, `${copy} returning id`, [
        jkm.agencyId,
        jkm.userId,
        aniReferral,
        placementId,
      ]);
      assert.equal(own.length, 1, "the same row under the case's own accepted referral");
      // Another agency cannot end it.
      const ended = await asTenant(
        molisa,
        [...caseWorker, 'shelter:manage'],
        `update placement set discharged_on = '2025-11-22', discharge_reason = 'other', discharged_by = $2,
                discharged_at = now() where id = $1 returning id`,
        [own[0]?.id, molisa.userId],
      );
      assert.deepEqual(ended, []);
    });

    it('lets neither agency reopen or rewrite an ended placement, nobody delete it', async () => {
      const reopen = await asTenant(
        jkm,
        caseWorker,
        'update placement set discharged_on = null, discharge_reason = null, discharged_by = null where id = $1 returning id',
        [placementId],
      );
      assert.deepEqual(reopen, []);
      await assert.rejects(
        asTenant(jkm, caseWorker, `update placement set admitted_on = '2025-01-01' where id = $1`, [
          placementId,
        ]),
        refused('42501'),
      );
      await assert.rejects(
        asTenant(jpw, shelterManager, 'delete from placement where id = $1', [placementId]),
        refused('42501'),
      );
    });

    it('lets only the operator change its shelter and beds', async () => {
      const renamed = await asTenant(
        molisa,
        [...caseWorker, 'shelter:manage'],
        `update shelter set name = 'Taken over' where id = $1 returning id`,
        [shelterId],
      );
      assert.deepEqual(renamed, []);
      const beds = await asTenant(
        jkm,
        [...caseWorker, 'shelter:manage'],
        'update shelter_bed set in_service = false where shelter_id = $1 returning id',
        [shelterId],
      );
      assert.deepEqual(beds, []);
      await assert.rejects(
        asTenant(
          molisa,
          ['shelter:manage'],
          `insert into shelter_bed (shelter_id, agency_id, label) values ($1, $2, 'X')`,
          [shelterId, jpw.agencyId],
        ),
        refused('42501'),
      );
      const viaApi = await jkm.request('PATCH', `/api/shelters/${shelterId}`, { name: 'Taken over' });
      assert.notEqual(viaApi.json().name, 'Taken over');
    });
  });
}
