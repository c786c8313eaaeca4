import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import {
  createFreshDatabase,
  type FreshDatabase,
  testDatabaseKinds,
} from '../../../test/support/databases.ts';
import { signInAs, testConfig } from '../../../test/support/platform.ts';
import { buildApp } from '../../app.ts';
import { generateKeyText, parseKeys } from '../../crypto/keyring.ts';
import type { Db } from '../../db/db.ts';
import { openPostgres } from '../../db/pg.ts';
import type { App } from '../../http/types.ts';
import { personWithCase } from '../referrals/referral.factory.ts';

/*
 * Issue 11: "Reports can read from a replica (DATABASE_READ_URL)". A replica takes no writes, so
 * the stand-in here is a second pool on the same database whose every transaction is read-only:
 * the statistics answer through it, and everything else keeps to the primary.
 */
const kinds = await testDatabaseKinds();

describe('statistics from a read replica [postgres]', { skip: !kinds.includes('postgres') }, () => {
  let fresh: FreshDatabase;
  let replica: Db;
  let app: App;
  let replicaTransactions = 0;

  before(async () => {
    fresh = await createFreshDatabase('postgres', { contents: 'demo' });
    replica = await openPostgres(`${fresh.url}?options=-c%20default_transaction_read_only%3Don`, {
      poolSize: 2,
    });
    const counted: Db = {
      ...replica,
      transaction: (work, options) => {
        replicaTransactions += 1;
        return replica.transaction(work, options);
      },
    };
    app = await buildApp({
      config: testConfig(),
      db: fresh.db,
      readDb: counted,
      keyring: parseKeys(generateKeyText(), 'test key'),
      logger: pino({ level: 'silent' }),
    });
  });
  after(async () => {
    await app?.close();
    await replica?.close();
    await fresh?.drop();
  });

  it('is a connection that cannot write', async () => {
    await assert.rejects(replica.query('create table written_on_replica (id int)'), /read-only/);
  });

  it('answers the victims table, the dashboard and the TIP table from the replica', async () => {
    const jkm = await signInAs(app, 'cm.jkm@demo.lindung.org');
    await personWithCase(jkm);
    assert.equal(replicaTransactions, 0, 'sign-in and writes went to the primary');
    const period = 'from=2010-01-01&to=2029-12-31&groupBy=year';
    const victims = await jkm.request('GET', `/api/statistics/victims?${period}`);
    assert.equal(victims.statusCode, 200, victims.body);
    assert.equal(victims.json().rows[0].identified.value, 1);
    for (const url of [
      `/api/statistics/dashboard?${period}`,
      '/api/statistics/tip?from=2010-01-01&to=2029-12-31',
    ]) {
      const response = await jkm.request('GET', url);
      assert.equal(response.statusCode, 200, response.body);
    }
    assert.equal(replicaTransactions, 3);
    assert.equal((await jkm.request('GET', '/api/cases')).statusCode, 200);
    assert.equal(replicaTransactions, 3, 'cases are read from the primary');
  });
});
