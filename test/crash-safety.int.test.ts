import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCrashRounds } from '../bench/support/crash.ts';
import { pgliteDatabase } from '../bench/support/databases.ts';
import { testPgliteEnv, unpackPgliteImage } from './support/databases.ts';

/*
 * The CI-sized half of `npm run bench:crash` (issue 11): the server on PGlite in a child process,
 * killed with SIGKILL twice while it takes writes. Every write it acknowledged must survive, and
 * the audit chain must verify. The benchmark does twenty kills on PGlite and on PostgreSQL.
 * The data folder starts as the suite's demo image: a first start from an empty folder (initdb in
 * WebAssembly, every migration and the demo seed, in the server's child process) is proved by
 * test/startup.int.test.ts, and only delayed the first kill here.
 */
describe('crash safety [pglite]', () => {
  it('keeps every acknowledged write and an intact audit chain across two kill -9s', async () => {
    const database = await pgliteDatabase();
    try {
      const dataDir = database.env.LINDUNG_DATA_DIR;
      assert.ok(dataDir, 'a PGlite database of the benchmark has a data folder');
      await unpackPgliteImage(dataDir, 'demo');
      let state = 20261201;
      const random = () => {
        state = (state * 1103515245 + 12345) % 2 ** 31;
        return state / 2 ** 31;
      };
      // Each of the three starts and the audit check opens the folder: with the tests' small pool.
      const report = await runCrashRounds({
        database: { ...database, env: { ...database.env, ...testPgliteEnv } },
        kills: 2,
        rate: 50,
        maxRoundMs: 1500,
        random,
      });
      assert.deepEqual(report.missing, [], 'acknowledged writes lost after kill -9');
      assert.equal(report.auditVerify.code, 0, report.auditVerify.output);
      assert.ok(report.acknowledged > 0, 'the server acknowledged no write before its kills');
    } finally {
      await database.drop();
    }
  });
});
