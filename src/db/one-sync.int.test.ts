import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import {
  createFreshDatabase,
  type FreshDatabase,
  testDatabaseKinds,
  useOneConnectionDatabase,
} from '../../test/support/databases.ts';
import { selectAudited } from '../audit/audit.ts';
import { type Db, prepared, type Statement, type Tx } from './db.ts';
import { openPostgres } from './pg.ts';

/*
 * A tenant transaction known in full up front — its opening (the tenant settings), one read,
 * the lazy commit's setting — sent under one Sync on server PostgreSQL (decision 0111): no BEGIN
 * or COMMIT, PostgreSQL's implicit transaction. The same contract on both adapters (PGlite keeps
 * its own path): row-level security holds, a failure keeps nothing, and the next user of the
 * connection (a pool of one) finds the owner's role and no tenant settings.
 */

/** The tenant settings as the opening's one statement, kept prepared (as the session check is). */
const enterTenant = prepared(
  `select set_config('role', 'lindung_app', true), set_config('lindung.user_id', $1, true),
          set_config('lindung.agency_id', $2, true), set_config('lindung.permissions', $3, true)`,
);
/** An opening that writes, so that a rollback shows. */
const openingThatWrites = prepared(
  `with w as (insert into audit_event (action, subject_id) values ('test.opening', $1) returning 1)
   select count(*)::int as written from w`,
);

for (const kind of await testDatabaseKinds()) {
  describe(`a tenant transaction of one read, opened with its settings [${kind}]`, () => {
    const db = useOneConnectionDatabase(kind, { durableCommits: true });
    const agencyA = randomUUID();
    const agencyB = randomUUID();
    const userA = randomUUID();
    const tenantA = (): Statement => ({ text: enterTenant, params: [userA, agencyA, 'audit:read'] });
    const subjects = async (subject: string) =>
      (await db().query('select 1 from audit_event where subject_id = $1', [subject])).length;
    /** What a plain query on the connection finds afterwards. */
    const state = async () =>
      (
        await db().query<{ role: string; agency: string; sync: string; timeout: string }>(
          `select current_user as role, coalesce(current_setting('lindung.agency_id', true), '') as agency,
                  current_setting('synchronous_commit') as sync, current_setting('statement_timeout') as timeout`,
        )
      )[0];
    let owner: Awaited<ReturnType<typeof state>>;

    before(async () => {
      await db().exec(`
        insert into agency (id, name, type, country) values
          ('${agencyA}', 'Agency A', 'welfare', 'MY'), ('${agencyB}', 'Agency B', 'embassy', 'ID');
        insert into app_user (id, email, display_name, password_hash) values
          ('${userA}', '${userA}@example.org', 'A', 'x');
        insert into audit_event (actor_user_id, agency_id, action) values
          ('${userA}', '${agencyA}', 'test.one'), (null, '${agencyB}', 'test.two');
      `);
      owner = await state();
      assert.notEqual(owner?.role, 'lindung_app');
    });

    it('reads under row-level security, and leaves no role or setting to the next use', async () => {
      // Runs beyond the first (which prepares the statements on the connection) and beyond five
      // (PostgreSQL's generic plan): each sees the agency's entry only.
      for (let run = 0; run < 7; run++) {
        const rows = await db().transaction(
          (tx) =>
            tx
              .commitWithNext()
              .query<{ action: string }>(`select action from audit_event where action like 'test.%'`),
          { opening: tenantA() },
        );
        assert.deepEqual(rows, [{ action: 'test.one' }]);
        assert.deepEqual(await state(), owner);
      }
    });

    it('writes the audited read’s entry, and the lazy commit’s setting ends with it', async () => {
      for (let run = 0; run < 3; run++) {
        const subject = randomUUID();
        const rows = await db().transaction(
          (tx: Tx) =>
            selectAudited<{ id: string }>(tx.commitWithNext(), 'select $1::uuid as id', [subject], {
              actor: { userId: userA, agencyId: agencyA },
              subjectType: 'case',
              requestId: `one-sync-${run}`,
            }),
          { opening: tenantA() },
        );
        assert.deepEqual(rows, [{ id: subject }]);
        assert.equal(await subjects(subject), 1);
        assert.deepEqual(await state(), owner);
      }
    });

    it('keeps nothing when the read fails, says the opening passed, and throws the read’s error', async () => {
      for (let run = 0; run < 2; run++) {
        const subject = randomUUID();
        let passed = false;
        await assert.rejects(
          db().transaction((tx) => tx.commitWithNext().query('select 1 / 0'), {
            opening: { text: openingThatWrites, params: [subject], passed: () => (passed = true) },
          }),
          { code: '22012' },
        );
        assert.equal(passed, true);
        assert.equal(await subjects(subject), 0, 'the opening’s write was rolled back');
        assert.deepEqual(await state(), owner);
      }
    });

    it('runs nothing of the read after a failed opening, and throws the opening’s error', async () => {
      for (let run = 0; run < 2; run++) {
        const subject = randomUUID();
        let passed = false;
        await assert.rejects(
          db().transaction(
            (tx) =>
              tx
                .commitWithNext()
                .query(`insert into audit_event (action, subject_id) values ('test.read', $1) returning 1`, [
                  subject,
                ]),
            {
              opening: {
                text: 'select set_config($1, $2, true), 1 / $3::int',
                params: ['role', 'lindung_app', 0],
                passed: () => (passed = true),
              },
            },
          ),
          { code: '22012' },
        );
        assert.equal(passed, false);
        assert.equal(await subjects(subject), 0);
        assert.deepEqual(await state(), owner);
      }
    });

    // PGlite runs in this process, with no timer to end a statement.
    const timeouts = { skip: kind === 'pglite' ? 'no statement timeout in PGlite' : false };
    it(
      'is rolled back by a statement timeout in the read, and the connection serves again',
      timeouts,
      async () => {
        const subject = randomUUID();
        await assert.rejects(
          db().transaction((tx) => tx.commitWithNext().query('select pg_sleep(5)'), {
            opening: {
              text: `with w as (insert into audit_event (action, subject_id) values ('test.opening', $1) returning 1)
                   select set_config('statement_timeout', '50', true), set_config('role', 'lindung_app', true)
                     from w`,
              params: [subject],
            },
          }),
          { code: '57014' },
        );
        assert.equal(await subjects(subject), 0);
        assert.deepEqual(await state(), owner);
      },
    );
  });
}

if ((await testDatabaseKinds()).includes('postgres')) {
  describe('PostgreSQL: the tenant read’s transaction under one Sync', () => {
    let fresh: FreshDatabase | undefined;
    let db: Db | undefined;
    before(async () => {
      fresh = await createFreshDatabase('postgres');
      db = await openPostgres(fresh.url as string, { poolSize: 1 });
    });
    after(async () => {
      await db?.close();
      await fresh?.drop();
    });

    /** Counts what the pool's connection sends while `work` runs: Syncs, simple queries, Describes. */
    async function sent<T>(
      work: () => Promise<T>,
    ): Promise<{ syncs: number; simple: string[]; describes: number }> {
      const connection = pg.Connection.prototype as unknown as {
        sync(): void;
        query(text: string): void;
        describe(message: unknown): void;
      };
      const { sync, query, describe } = connection;
      const counted = { syncs: 0, simple: [] as string[], describes: 0 };
      connection.sync = function (this: unknown) {
        counted.syncs += 1;
        return sync.call(this);
      };
      connection.query = function (this: unknown, text: string) {
        counted.simple.push(text);
        return query.call(this, text);
      };
      connection.describe = function (this: unknown, message: unknown) {
        counted.describes += 1;
        return describe.call(this, message);
      };
      try {
        await work();
      } finally {
        connection.sync = sync;
        connection.query = query;
        connection.describe = describe;
      }
      return counted;
    }
    const read = (opening: Statement) =>
      (db as Db).transaction((tx) => tx.commitWithNext().query('select $1::int as n', [1]), { opening });
    const agencyId = randomUUID();
    const settings = (): Statement => ({ text: enterTenant, params: [randomUUID(), agencyId, 'case:read'] });

    it('sends the opening and the read with one Sync and no BEGIN or COMMIT, once they are prepared', async () => {
      // Statements kept prepared go the ordinary way on their first use on the connection, which
      // prepares them; then under one Sync.
      const first = await sent(() => read(settings()));
      assert.ok(first.simple.includes('begin'), 'the first run prepares, in BEGIN … COMMIT');
      for (let run = 0; run < 3; run++) {
        assert.deepEqual((({ syncs, simple }) => ({ syncs, simple }))(await sent(() => read(settings()))), {
          syncs: 1,
          simple: [],
        });
      }
      // Statements not kept prepared are parsed unnamed in the same Sync, from the first run.
      const unnamed = await sent(() =>
        read({ text: `select set_config('role', 'lindung_app', true)`, params: [] }),
      );
      assert.deepEqual([unnamed.syncs, unnamed.simple], [1, []]);
    });

    it('describes a prepared statement once on its connection, and reads its rows as described', async () => {
      const typed = prepared(`select $1::int as n, $2::date as day, array[$1::int] as list -- one-sync.int`);
      const readTyped = (n: number) =>
        (db as Db).transaction((tx) => tx.commitWithNext().query(typed, [n, '2026-12-05']), {
          opening: settings(),
        });
      await readTyped(0);
      // Once through one Sync with its description (the opening's too), then neither is described.
      await sent(() => readTyped(1));
      for (let run = 2; run < 5; run++) {
        let rows: unknown;
        const counted = await sent(async () => {
          rows = await readTyped(run);
        });
        assert.deepEqual([counted.syncs, counted.describes], [1, 0]);
        assert.deepEqual(rows, [{ n: run, day: '2026-12-05', list: [run] }]);
      }
    });

    it('describes afresh on the new connection that follows a statement gone stale', async () => {
      await (db as Db).exec('create table one_sync_stale (a int); insert into one_sync_stale values (1)');
      const whole = prepared('select s.* from one_sync_stale s -- one-sync.int');
      const opening = prepared(`select set_config('lindung.stale_test', $1, true)`);
      const readAll = () =>
        (db as Db).transaction((tx) => tx.commitWithNext().query<Record<string, unknown>>(whole), {
          opening: { text: opening, params: ['1'] },
        });
      for (let run = 0; run < 3; run++) assert.deepEqual(await readAll(), [{ a: 1 }]);
      await (db as Db).exec('alter table one_sync_stale add column b text default $$b$$');
      // PostgreSQL refuses the statement whose columns changed, described or not; its connection
      // goes, with what was remembered of it.
      await assert.rejects(readAll(), /cached plan must not change result type/);
      await readAll();
      const counted = await sent(async () => assert.deepEqual(await readAll(), [{ a: 1, b: 'b' }]));
      assert.deepEqual([counted.syncs, counted.describes], [1, 2]);
      assert.deepEqual(await readAll(), [{ a: 1, b: 'b' }]);
    });

    it('goes the ordinary way for a transaction of more than one statement', async () => {
      const counted = await sent(() =>
        (db as Db).transaction(
          async (tx) => {
            await tx.query('select 1');
            return tx.commitWithNext().query('select 2');
          },
          { opening: settings() },
        ),
      );
      assert.ok(counted.simple.includes('begin') && counted.simple.includes('commit'));
    });

    it('gives the connection back idle, outside any transaction', async () => {
      await read(settings());
      const [row] = await (db as Db).query<{ xact: string | null; role: string }>(
        `select pg_current_xact_id_if_assigned()::text as xact, current_user as role`,
      );
      assert.equal(row?.xact, null);
      assert.notEqual(row?.role, 'lindung_app');
    });
  });
}
