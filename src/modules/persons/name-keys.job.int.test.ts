import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { createFreshDatabase, testDatabaseKinds } from '../../../test/support/databases.ts';
import {
  linkageKeyCounts as counts,
  makeNamesStale as makeStale,
  staleNamesOf as staleOf,
} from '../../../test/support/name-keys.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import type { Db } from '../../db/db.ts';
import { openDatabase } from '../../db/open.ts';
import { createJobRunner } from '../../jobs/queue.ts';
import { matchPerson } from '../linkage/index.ts';
import { queueNameKeysRefill, refillNameKeysHandler, refillNameKeysJob } from './name-keys.job.ts';
import { backfillPersonNameKeys, nameKeysVersion } from './person-name-keys.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`name keys refilled by a job, not at start-up [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    const person = async (fullName: string, year = 1996) => {
      const response = await jkm.request('POST', '/api/persons', {
        names: [{ fullName }],
        sex: 'female',
        birth: { precision: 'year', year },
        nationality: 'ID',
      });
      assert.equal(response.statusCode, 201, response.body);
      return response.json().id as string;
    };

    it('queues the refill once when names are stale, and keys nothing itself', async () => {
      const { app, db } = platform();
      jkm = await signInAs(app, 'cm.jkm@demo.lindung.org');
      const ids = [await person('Wulandari Prasetyaningrum'), await person('Kusumawardhani Tjokroaminoto')];
      await makeStale(db, ids);
      await db.query(`delete from job where kind = $1`, [refillNameKeysJob]);
      assert.equal(await queueNameKeysRefill(db), true);
      assert.equal(await queueNameKeysRefill(db), true);
      const jobs = await db.query('select 1 from job where kind = $1 and status = $2', [
        refillNameKeysJob,
        'queued',
      ]);
      assert.equal(jobs.length, 1, 'one refill while one waits');
      assert.equal(await staleOf(db, ids), 2, 'queueing keys nothing');
      await db.query(`delete from job where kind = $1`, [refillNameKeysJob]);
      await backfillPersonNameKeys(db);
    });

    it('matches a new person with a stale one: the match keys the stale names first', async () => {
      const { db } = platform();
      const stale = await person('Prameswari Handayaningsih');
      await makeStale(db, [stale]);
      const fresh = await person('PRAMESWARI HANDAYANINGSIH');
      const result = await matchPerson(db, fresh);
      assert.ok(result);
      const pairs = await db.query<{ probability: number }>(
        `select probability from person_match_candidate
          where (person_a, person_b) in (($1::uuid, $2::uuid), ($2::uuid, $1::uuid))`,
        [stale, fresh],
      );
      assert.equal(pairs.length, 1, 'found through the stored blocks of the stale name');
      assert.equal(await staleOf(db, [stale]), 0);
    });

    it('refills in batches that stay done when stopped, finishes by the job, and counts right', async () => {
      const { db } = platform();
      await db.query('select lindung_recount_linkage_keys()');
      const counted = await counts(db);
      const ids = [
        await person('Anindita Sekarwangi'),
        await person('Larasati Kinanthi'),
        await person('Ayu Cempaka'),
      ];
      const before = await counts(db);
      await makeStale(db, ids);
      assert.notDeepEqual(await counts(db), before, 'the counts follow the stale keys');
      assert.equal(
        await backfillPersonNameKeys(db, { batchSize: 1, maxBatches: 1 }),
        1,
        'stopped after one batch',
      );
      assert.equal(await staleOf(db, ids), 2, 'what was done stays done');
      await queueNameKeysRefill(db);
      const ran = await createJobRunner(db, {
        handlers: { [refillNameKeysJob]: refillNameKeysHandler(db) },
      }).drain();
      assert.equal(ran, 1);
      assert.equal(await staleOf(db, ids), 0);
      if (kind === 'postgres') {
        const vacuumed = await db.query<{ relname: string; at: string | null }>(
          `select relname, last_vacuum::text as at from pg_stat_user_tables
            where relname in ('person_name', 'person_name_word') order by relname`,
        );
        assert.deepEqual(
          vacuumed.map((table) => [table.relname, Boolean(table.at)]),
          [
            ['person_name', true],
            ['person_name_word', true],
          ],
          'the rewritten names and their words are vacuumed after the refill',
        );
      }
      assert.equal(await backfillPersonNameKeys(db), 0, 'nothing left to do');
      assert.equal(await queueNameKeysRefill(db), false, 'no job when nothing is stale');
      assert.deepEqual(await counts(db), before, 'the counts as before the names went stale');
      await db.query('select lindung_recount_linkage_keys()');
      assert.deepEqual(await counts(db), before, 'and as counting every name again gives');
      assert.notDeepEqual(before, counted);
    });
  });

  describe(`opening the database [${kind}]`, () => {
    it('migrates and returns, leaving stale names to the refill job', async () => {
      const dataDir = kind === 'pglite' ? await mkdtemp(path.join(tmpdir(), 'lindung-keys-')) : undefined;
      const fresh = await createFreshDatabase(kind, { contents: 'demo', ...(dataDir && { dataDir }) });
      let open: Db | undefined = fresh.db;
      try {
        // Persons recorded under older name rules (written here directly: keys as 0055 first filled them).
        await fresh.db.query(
          `with agency as (select id from agency order by id limit 1),
                p as (insert into person (agency_id) select id from agency returning id, agency_id)
           insert into person_name (person_id, agency_id, position, kind, full_name, keys_version)
           select p.id, p.agency_id, n.position, 'birth', n.name, $1
             from p, unnest(array['Sri Rahayu', 'Dewi Lestari']) with ordinality as n(name, position)`,
          [nameKeysVersion - 1],
        );
        if (dataDir) {
          await fresh.db.close();
          open = undefined;
        }
        open = await openDatabase({ databaseUrl: fresh.url, dataDir: dataDir ?? '' });
        const [stale] = await open.query<{ n: number }>(
          'select count(*)::int as n from person_name where keys_version < $1',
          [nameKeysVersion],
        );
        assert.equal(stale?.n, 2);
      } finally {
        if (open && open !== fresh.db) await open.close();
        if (dataDir) await rm(dataDir, { recursive: true, force: true });
        else await fresh.drop();
      }
    });
  });
}
