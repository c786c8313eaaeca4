import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createFreshDatabase, type FreshDatabase, testDatabaseKinds } from '../../test/support/databases.ts';
import { type Db, prepared } from './db.ts';
import { openPostgres } from './pg.ts';
import { inTenant, type TenantScope } from './tenant.ts';

/*
 * A statement kept prepared on a connection (decision 0060) is planned once there and run many
 * times, by the owner and by the application role for one agency after another. Row-level
 * security must hold on every run as on a statement planned afresh: each agency sees only its own
 * rows, whichever agency or role ran it before on the same connection, with the plan PostgreSQL
 * makes for any parameters (generic) as with one made for these.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`prepared statements under row-level security [${kind}]`, () => {
    let fresh: FreshDatabase | undefined;
    /** One connection only on server PostgreSQL, so that every run meets the same prepared statement. */
    let one: Db | undefined;
    before(async () => {
      fresh = await createFreshDatabase(kind);
      one = fresh.url ? await openPostgres(fresh.url, { poolSize: 1 }) : fresh.db;
    });
    after(async () => {
      if (one && one !== fresh?.db) await one.close();
      await fresh?.drop();
    });
    const db = () => {
      if (!one) throw new Error('the database is not open yet');
      return one;
    };

    const [agencyA, agencyB, userA, userB] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const scopeA: TenantScope = { userId: userA, agencyId: agencyA, permissions: ['user:manage'] };
    const scopeB: TenantScope = { userId: userB, agencyId: agencyB, permissions: ['user:manage'] };
    const members = prepared(
      `select m.agency_id, u.display_name from membership m join app_user u on u.id = m.user_id
        where m.user_id = any($1::uuid[]) order by u.display_name`,
    );
    const run = (scope: TenantScope | undefined, plan: 'auto' | 'force_generic_plan' = 'auto') => {
      const read = async (tx: Pick<Db, 'query'>) => {
        await tx.query(`select set_config('plan_cache_mode', $1, true)`, [plan]);
        return (await tx.query<{ display_name: string }>(members, [[userA, userB]])).map(
          (row) => row.display_name,
        );
      };
      return scope ? inTenant(db(), scope, read) : db().transaction(read);
    };

    it('is set up with two agencies, each with a member', async () => {
      await db().exec(`
        insert into agency (id, name, type, country) values
          ('${agencyA}', 'Agency A', 'welfare', 'MY'), ('${agencyB}', 'Agency B', 'embassy', 'ID');
        insert into app_user (id, email, display_name, password_hash) values
          ('${userA}', 'a@example.org', 'A', 'x'), ('${userB}', 'b@example.org', 'B', 'x');
        insert into membership (user_id, agency_id, role_code) values
          ('${userA}', '${agencyA}', 'agency_admin'), ('${userB}', '${agencyB}', 'agency_admin');
      `);
    });

    it('shows each agency only its own rows, run after run on one connection, by any plan', async () => {
      for (const plan of ['auto', 'force_generic_plan'] as const) {
        // More than five runs each: PostgreSQL may then switch a prepared statement to its generic plan.
        for (let round = 0; round < 7; round++) {
          assert.deepEqual(await run(undefined, plan), ['A', 'B'], `the owner, round ${round}, ${plan}`);
          assert.deepEqual(await run(scopeA, plan), ['A'], `agency A, round ${round}, ${plan}`);
          assert.deepEqual(await run(scopeB, plan), ['B'], `agency B, round ${round}, ${plan}`);
          assert.deepEqual(
            await run({ ...scopeA, permissions: [] }, plan),
            ['A'],
            `agency A without permissions (its own user only), round ${round}, ${plan}`,
          );
        }
      }
    });

    if (kind === 'postgres') {
      it('is prepared once on the connection that runs it', async () => {
        await run(scopeA);
        const rows = await db().query<{ count: number }>(
          'select count(*)::int as count from pg_prepared_statements where statement = $1',
          [members],
        );
        assert.deepEqual(rows, [{ count: 1 }]);
      });

      it('gives up a connection whose prepared statement no longer matches its table, and goes on', async () => {
        const whole = prepared('select m.* from membership m where m.user_id = $1');
        assert.equal((await db().query(whole, [userA])).length, 1);
        await db().exec('alter table membership add column prepared_test integer');
        // The one connection's statement now fails (PostgreSQL refuses it there for good)…
        await assert.rejects(db().query(whole, [userA]), /cached plan must not change result type/);
        // …so that connection was closed, and the next run prepares it on a new one.
        const [row] = await db().query<Record<string, unknown>>(whole, [userA]);
        assert.ok(row && 'prepared_test' in row);
        // The same inside a transaction: the failed one rolls back, the next succeeds.
        await db().exec('alter table membership drop column prepared_test');
        await assert.rejects(
          db().transaction((tx) => tx.query(whole, [userA])),
          /cached plan must not change result type/,
        );
        const [again] = await db().transaction((tx) => tx.query<Record<string, unknown>>(whole, [userA]));
        assert.ok(again && !('prepared_test' in again));
      });
    }
  });
}
