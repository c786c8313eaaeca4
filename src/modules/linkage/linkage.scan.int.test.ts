import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import {
  signInAs,
  type TestSession,
  useAppWithoutPolicyChecks,
  useTestPlatform,
} from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { createJobRunner } from '../../jobs/queue.ts';
import { personWithCase } from '../referrals/referral.factory.ts';
import { anhRecords } from './linkage.factory.ts';
import {
  type ScanResult,
  scanAcrossAgencies,
  scanAcrossAgenciesHandler,
  scanAcrossAgenciesJob,
  scheduleLinkageScan,
} from './linkage.scan.ts';

const ran = (result: ScanResult) => {
  assert.ok(!result.skipped, 'the scan ran');
  return result;
};

for (const kind of await testDatabaseKinds()) {
  describe(`the scheduled scan across agencies [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    /**
     * Moves every run an hour back and every person two, as if they had been recorded well before
     * the last run (a run looks back a few minutes before the last one started).
     */
    const age = async () => {
      const { db } = platform();
      await db.query(
        `update person set created_at = created_at - interval '2 hours', updated_at = updated_at - interval '2 hours'`,
      );
      await db.query(`update person_name set created_at = created_at - interval '2 hours'`);
      await db.query(`update linkage_scan_run set started_at = started_at - interval '1 hour'`);
    };
    let jkm: TestSession;
    let molisa: TestSession;

    it('scans everything the first time, then only the persons changed since, against all', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      const { personId: inJkm } = await personWithCase(jkm, anhRecords.withAccents);
      const first = ran(await scanAcrossAgencies(platform().db, { mode: 'changed' }));
      assert.equal(first.mode, 'full', 'no full scan yet');
      assert.equal(first.scored, first.persons);
      await age();

      const { personId: inMolisa } = await personWithCase(molisa, {
        ...anhRecords.withoutAccents,
        names: [{ kind: 'birth', fullName: 'Nguyen Thi Anh' }],
      });
      const second = ran(await scanAcrossAgencies(platform().db, { mode: 'changed' }));
      assert.equal(second.mode, 'changed');
      assert.equal(second.scored, 1, 'only the person recorded since');
      assert.equal(second.persons, first.persons + 1, 'against every person');
      const hints = await platform().db.query<{ person_id: string; other_agency_id: string }>(
        'select person_id, other_agency_id from person_match_hint where person_id = any ($1::uuid[])',
        [[inJkm, inMolisa]],
      );
      assert.deepEqual(
        hints.map((h) => `${h.person_id}:${h.other_agency_id}`).sort(),
        [`${inJkm}:${molisa.agencyId}`, `${inMolisa}:${jkm.agencyId}`].sort(),
        'both sides told, each of the other agency only',
      );
      await age();
      const third = ran(await scanAcrossAgencies(platform().db, { mode: 'changed' }));
      assert.equal(third.scored, 0, 'nothing changed');
      const [count] = await platform().db.query<{ n: number }>(
        'select count(*)::int as n from person_match_hint where person_id = any ($1::uuid[])',
        [[inJkm, inMolisa]],
      );
      assert.equal(count?.n, 2, 'the hints stay');
    });

    it('runs a full scan when none ran in the last day', async () => {
      await platform().db.query(`update linkage_scan_run set started_at = started_at - interval '1 day'`);
      const result = ran(await scanAcrossAgencies(platform().db, { mode: 'changed' }));
      assert.equal(result.mode, 'full');
      assert.equal(result.scored, result.persons);
    });

    it('queues one run per interval and, once run, the next one interval later', async () => {
      const { db } = platform();
      const at = new Date('2030-01-01T10:07:00Z');
      await scheduleLinkageScan(db, 30, at);
      await scheduleLinkageScan(db, 30, new Date('2030-01-01T10:29:00Z'));
      const queued = () =>
        db.query<{ run_at: Date; singleton_key: string }>(
          `select run_at, singleton_key from job where kind = $1 and status = 'queued' order by run_at`,
          [scanAcrossAgenciesJob],
        );
      assert.deepEqual(
        (await queued()).map((j) => j.singleton_key),
        ['2030-01-01T10:00:00.000Z'],
        'one per interval',
      );
      await db.query(`update job set run_at = now() where kind = $1`, [scanAcrossAgenciesJob]);
      const before = Date.now();
      const runner = createJobRunner(db, {
        handlers: {
          [scanAcrossAgenciesJob]: scanAcrossAgenciesHandler(db, {
            linkage: { scanMinutes: 30, probeAlertPersons: 5 },
          }),
        },
      });
      assert.equal(await runner.drain(), 1);
      const [next] = await queued();
      const wait = new Date(next?.run_at as Date).getTime() - before;
      assert.ok(wait >= 29 * 60_000 && wait <= 31 * 60_000, `the next run in ${wait} ms`);
    });

    it('runs one scan at a time across processes: another finding one under way does nothing', {
      skip: kind === 'pglite' ? 'PGlite is one process with one connection: nothing runs beside it' : false,
    }, async () => {
      const { db } = platform();
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let locked: () => void = () => {};
      const lockTaken = new Promise<void>((resolve) => {
        locked = resolve;
      });
      const holder = db.transaction(async (tx) => {
        await tx.query('select pg_advisory_xact_lock(hashtext($1)::bigint)', [scanAcrossAgenciesJob]);
        locked();
        await held;
      });
      await lockTaken;
      const [runs] = await db.query<{ n: number }>('select count(*)::int as n from linkage_scan_run');
      assert.deepEqual(await scanAcrossAgencies(db, { mode: 'changed' }), { skipped: true });
      const [after] = await db.query<{ n: number }>('select count(*)::int as n from linkage_scan_run');
      assert.equal(after?.n, runs?.n, 'no run recorded');
      release();
      await holder;
      assert.ok(!(await scanAcrossAgencies(db, { mode: 'changed' })).skipped, 'runs once the other is done');
    });

    /* With the application's checks switched off, what the database shows by itself. */
    describe(`the record of scans across agencies in the database`, () => {
      const rlsOnly = useAppWithoutPolicyChecks(platform);
      const asTenant = tenantQuery(() => rlsOnly().db);

      it('is read and written by the platform only, never by an agency', async () => {
        const runs = async () =>
          (await rlsOnly().db.query<{ n: number }>('select count(*)::int as n from linkage_scan_run'))[0]?.n;
        // The scans of the tests above are in the table too.
        const before = await runs();
        ran(await scanAcrossAgencies(rlsOnly().db));
        const admin = await signInAs(rlsOnly().app, 'admin@demo.lindung.org');
        const everything = ['person:read', 'person:write', 'person:link', 'audit:read'];
        for (const statement of [
          'select * from linkage_scan_run',
          `insert into linkage_scan_run (mode, started_at, persons, scored, hints) values ('full', now(), 0, 0, 0)`,
          'delete from linkage_scan_run',
        ]) {
          await assert.rejects(
            asTenant(admin, everything, statement),
            (error: { code?: string }) => error.code === '42501',
          );
        }
        assert.equal(await runs(), (before ?? 0) + 1, "the scan's run, and no other");
      });
    });
  });
}
