import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import {
  linkageKeyCounts as counts,
  makeNamesStale as makeStale,
  staleNamesOf as staleOf,
} from '../../../test/support/name-keys.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import type { Db, Tx } from '../../db/db.ts';
import { backfillPersonNameKeys, nameKeysFor, type StoredBirth } from './person-name-keys.ts';

const sorted = (values: readonly string[]) => [...values].sort();

/** The stored keys of these persons' names next to what the per-name path (`nameKeysFor`) makes of them. */
async function keysAgainstPerName(db: Db, ids: readonly string[]) {
  const rows = await db.query<
    StoredBirth & {
      full_name: string;
      match_keys: string[];
      phonetic_keys: string[];
      linkage_keys: string[];
      linkage_value: string;
    }
  >(
    `select n.full_name, n.match_keys, n.phonetic_keys, n.linkage_keys, n.linkage_value, p.birth_precision,
            to_char(p.birth_date, 'YYYY-MM-DD') as birth_date, p.birth_year, p.estimated_age,
            to_char(p.estimated_on, 'YYYY-MM-DD') as estimated_on
       from person_name n join person p on p.id = n.person_id
      where n.person_id = any ($1::uuid[]) order by n.id`,
    [ids],
  );
  const stored = rows.map((row) => ({
    match: sorted(row.match_keys),
    phonetic: sorted(row.phonetic_keys),
    linkage: sorted(row.linkage_keys),
    value: row.linkage_value,
  }));
  const expected = rows.map((row) => {
    const keys = nameKeysFor(row.full_name, row);
    return {
      match: sorted(keys.matchKeys),
      phonetic: sorted(keys.phoneticKeys),
      linkage: sorted(keys.linkageKeys),
      value: keys.linkageValue,
    };
  });
  return { stored, expected };
}

/** `db` whose refill transactions die after reading their batch, before their write commits (as at kill -9). */
function dyingAfterRead(db: Db): Db {
  const dying = (tx: Tx): Tx =>
    new Proxy(tx, {
      get: (target, property, receiver) =>
        property === 'commitWithNext'
          ? () => ({
              query: async () => {
                throw new Error('killed');
              },
            })
          : Reflect.get(target, property, receiver),
    });
  return new Proxy(db, {
    get: (target, property, receiver) =>
      property === 'transaction'
        ? (work: (tx: Tx) => Promise<unknown>, options?: unknown) =>
            target.transaction((tx) => work(dying(tx)), options as never)
        : Reflect.get(target, property, receiver),
  });
}

for (const kind of await testDatabaseKinds()) {
  describe(`the name keys refill in batches (decision 0065) [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    const person = async (names: string[], birth: Record<string, unknown>) => {
      const response = await jkm.request('POST', '/api/persons', {
        names: names.map((fullName) => ({ fullName })),
        sex: 'female',
        birth,
        nationality: 'ID',
      });
      assert.equal(response.statusCode, 201, response.body);
      return response.json().id as string;
    };
    const persons = async () => [
      await person(['Siti Nurhaliza binti Tarudin', 'Siti Nurhaliza'], { precision: 'year', year: 1979 }),
      await person(['Nguyễn Thị Thu Hà'], { precision: 'exact', date: '1998-03-14' }),
      await person(['ေအာင္ေက်ာ္ထက္', 'Aung Kyaw Htet'], { precision: 'estimated', age: 24, on: '2026-06-01' }),
      await person(['Muhammad bin Abdullah'], { precision: 'unknown' }),
      await person(['Muhammad bin Abdullah'], { precision: 'year', year: 2001 }),
      await person(["Dewi Sri-Lestari O'Brien"], { precision: 'year', year: 1990 }),
    ];

    it('keys every name as the per-name path does, and counts as counting every name again', async () => {
      const { app, db } = platform();
      jkm = await signInAs(app, 'cm.jkm@demo.lindung.org');
      const ids = await persons();
      await db.query('select lindung_recount_linkage_keys()');
      const before = await counts(db);
      const written = await keysAgainstPerName(db, ids);
      assert.deepEqual(written.stored, written.expected, 'as the API wrote them');
      await makeStale(db, ids);
      assert.equal(await backfillPersonNameKeys(db, { batchSize: 3, lanes: 2 }), 8);
      const refilled = await keysAgainstPerName(db, ids);
      assert.deepEqual(refilled.stored, refilled.expected);
      assert.deepEqual(refilled.stored, written.stored);
      assert.deepEqual(await counts(db), before);
      await db.query('select lindung_recount_linkage_keys()');
      assert.deepEqual(await counts(db), before);
    });

    it('carries on after being stopped, and after a batch died before its commit', async () => {
      const { db } = platform();
      const ids = await persons();
      const keyed = await keysAgainstPerName(db, ids);
      const before = await counts(db);
      await makeStale(db, ids);
      assert.equal(await backfillPersonNameKeys(db, { batchSize: 3, maxBatches: 1 }), 3, 'stopped');
      assert.equal(await staleOf(db, ids), 5, 'what was done stays done');
      await assert.rejects(backfillPersonNameKeys(dyingAfterRead(db), { batchSize: 2 }), /killed/);
      assert.equal(await staleOf(db, ids), 5, 'the dead batch left its names stale');
      assert.equal(await backfillPersonNameKeys(db, { batchSize: 2 }), 5);
      assert.equal(await staleOf(db, ids), 0);
      assert.deepEqual((await keysAgainstPerName(db, ids)).stored, keyed.stored);
      assert.deepEqual(await counts(db), before);
    });

    it('two refills at once key every name once, and one that waits returns when none is stale', async () => {
      const { db } = platform();
      const ids = [...(await persons()), ...(await persons())];
      const keyed = await keysAgainstPerName(db, ids);
      const before = await counts(db);
      await makeStale(db, ids);
      const [first, second, waiting] = await Promise.all([
        backfillPersonNameKeys(db, { batchSize: 2 }),
        backfillPersonNameKeys(db, { batchSize: 3, lanes: 2 }),
        backfillPersonNameKeys(db, { batchSize: 4, wait: true }),
      ]);
      assert.equal((first ?? 0) + (second ?? 0) + (waiting ?? 0), 16, 'each name keyed by one of them');
      assert.equal(await staleOf(db, ids), 0);
      assert.deepEqual((await keysAgainstPerName(db, ids)).stored, keyed.stored);
      assert.deepEqual(await counts(db), before);
    });

    if (kind === 'postgres') {
      it('skips the names another refill holds, and keys them once given back unkeyed, also during its walk', async () => {
        const { db } = platform();
        const ids = await persons();
        await makeStale(db, ids);
        const [held] = await db.query<{ id: string }>(
          'select id from person_name where person_id = any ($1::uuid[]) order by keys_version, id limit 1',
          [ids],
        );
        /** Locks the name as a refill under way would, until `giveBack` rolls that refill back. */
        const hold = async () => {
          let giveBack = () => {};
          let locked = () => {};
          const isLocked = new Promise<void>((resolve) => {
            locked = resolve;
          });
          const holder = db
            .transaction(async (tx) => {
              await tx.query('select 1 from person_name where id = $1 for update', [held?.id]);
              locked();
              await new Promise<void>((resolve) => {
                giveBack = resolve;
              });
              throw new Error('given back');
            })
            .catch(() => {});
          await isLocked;
          return async () => {
            giveBack();
            await holder;
          };
        };
        let giveBack = await hold();
        assert.equal(await backfillPersonNameKeys(db, { batchSize: 2 }), 7, 'all but the held name');
        assert.equal(await staleOf(db, ids), 1);
        await giveBack();
        assert.equal(await backfillPersonNameKeys(db, { batchSize: 2 }), 1);
        assert.equal(await staleOf(db, ids), 0);

        // Given back while the walk is past it: the walk's last pass, from the start, keys it.
        await makeStale(db, ids);
        giveBack = await hold();
        let batches = 0;
        const givingBackAfterTheFirstBatch = new Proxy(db, {
          get: (target, property, receiver) =>
            property === 'transaction'
              ? async (work: (tx: Tx) => Promise<unknown>, options?: unknown) => {
                  const result = await target.transaction(work, options as never);
                  if (++batches === 1) await giveBack();
                  return result;
                }
              : Reflect.get(target, property, receiver),
        });
        assert.equal(
          await backfillPersonNameKeys(givingBackAfterTheFirstBatch, { batchSize: 2, lanes: 1 }),
          8,
        );
        assert.equal(await staleOf(db, ids), 0);
      });
    }
  });
}
