import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { createJobRunner } from '../../jobs/queue.ts';
import { personWithCase } from '../referrals/referral.factory.ts';
import { anhRecords } from './linkage.factory.ts';
import { matchPersonHandler, matchPersonJob } from './linkage.match.ts';

const linker = ['person:read', 'person:write', 'person:link'];

/* With the application's checks switched off, the database alone keeps the holder's name from the newer side. */
for (const kind of await testDatabaseKinds()) {
  describe(`who holds a match across agencies, in the database [${kind}]`, () => {
    const platform = useTestPlatform(kind, { unsafeSkipPolicyChecks: true });
    const asTenant = tenantQuery(() => platform().db);
    const refused = (error: { code?: string }) => error.code === '42501';
    const drain = () =>
      createJobRunner(platform().db, {
        handlers: { [matchPersonJob]: matchPersonHandler(platform().db) },
      }).drain();
    let jkm: TestSession;
    let molisa: TestSession;
    let heldId: string;
    let newerId: string;

    it('sets up a victim held by JKM and a later record of her at MOLISA', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      const victim = (await personWithCase(jkm, anhRecords.withAccents)).personId;
      await drain();
      const probe = (await personWithCase(molisa, anhRecords.withoutAccents)).personId;
      await drain();
      const rows = await platform().db.query<{ id: string; person_id: string }>(
        'select id, person_id from person_match_hint where person_id = any ($1::uuid[])',
        [[victim, probe]],
      );
      heldId = rows.find((r) => r.person_id === victim)?.id as string;
      newerId = rows.find((r) => r.person_id === probe)?.id as string;
      assert.ok(heldId && newerId);
    });

    it("never lets the newer side's role read the other agency, the pairs, or another's hint", async () => {
      await assert.rejects(
        asTenant(molisa, linker, 'select other_agency_id from person_match_hint'),
        refused,
        'the column is not granted',
      );
      await assert.rejects(asTenant(molisa, linker, 'select * from person_match_hint'), refused);
      await assert.rejects(asTenant(molisa, linker, 'select * from person_match_hint_pair'), refused);
      await assert.rejects(
        asTenant(molisa, [...linker, 'user:manage', 'audit:read'], 'select * from linkage_probe_alert'),
        refused,
        "the probe alerts are the platform's",
      );
      await assert.rejects(
        asTenant(molisa, [...linker, 'user:manage', 'audit:read'], 'select * from linkage_probe_hit'),
        refused,
        'nor who recorded or edited persons followed by hints',
      );
      assert.deepEqual(
        await asTenant(
          molisa,
          linker,
          `select id, lindung_match_hint_named_agency(id) as named, lindung_match_hint_holds(id) as holds
             from person_match_hint`,
        ),
        [{ id: newerId, named: null, holds: false }],
      );
      assert.deepEqual(
        await asTenant(molisa, linker, 'select lindung_match_hint_named_agency($1) as named', [heldId]),
        [{ named: null }],
        "another agency's hint names nothing, whatever id is asked",
      );
      assert.deepEqual(
        await asTenant(jkm, linker, 'select lindung_match_hint_named_agency($1) as named', [heldId]),
        [{ named: molisa.agencyId }],
        'the holder reads the newer agency',
      );
      assert.deepEqual(
        await asTenant(jkm, ['person:read'], 'select lindung_match_hint_named_agency($1) as named', [heldId]),
        [{ named: null }],
        'not without person:link',
      );
      const listed = await molisa.request('GET', '/api/linkage/hints');
      assert.equal(listed.statusCode, 200, listed.body);
      assert.ok(!listed.body.includes(jkm.agencyId));
    });

    it('lets only the holder disclose, and nobody write the disclosure directly', async () => {
      for (const id of [newerId, heldId]) {
        await assert.rejects(
          asTenant(molisa, linker, 'select lindung_disclose_match_hint($1)', [id]),
          refused,
        );
        assert.equal((await molisa.request('POST', `/api/linkage/hints/${id}/disclose`)).statusCode, 404);
      }
      await assert.rejects(
        asTenant(jkm, ['person:read'], 'select lindung_disclose_match_hint($1)', [heldId]),
        refused,
        'not without person:link',
      );
      await assert.rejects(
        asTenant(jkm, linker, 'update person_match_hint set disclosed_at = now() where id = $1', [heldId]),
        refused,
      );
      await assert.rejects(
        asTenant(
          molisa,
          linker,
          'insert into person_match_hint_pair (holder_hint_id, newer_hint_id) values ($1, $2)',
          [newerId, heldId],
        ),
        refused,
      );
      const [named] = await asTenant<{ named: string | null }>(
        molisa,
        linker,
        'select lindung_match_hint_named_agency($1) as named',
        [newerId],
      );
      assert.equal(named?.named, null, 'still unnamed');
      await asTenant(jkm, linker, 'select lindung_disclose_match_hint($1)', [heldId]);
      assert.deepEqual(
        await asTenant(molisa, linker, 'select lindung_match_hint_named_agency($1) as named', [newerId]),
        [{ named: jkm.agencyId }],
        'named once the holder disclosed',
      );
    });
  });
}
