import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import {
  createFreshDatabase,
  type FreshDatabase,
  testDatabaseKinds,
} from '../../../test/support/databases.ts';
import { type Db, preparedName } from '../../db/db.ts';
import { openPostgres } from '../../db/pg.ts';
import { inTenant, type TenantScope } from '../../db/tenant.ts';
import { listCases, mostPreparedListShapes } from './case.repo.ts';
import type { CaseListQuery } from './case.schema.ts';

/*
 * The open-case list's statement and its audited form are kept prepared per connection
 * (decision 0073), like the detail's (0060). On one connection, run after run by one agency and
 * another, with PostgreSQL's own choice of plan and with the generic plan forced, each agency must
 * list exactly its own cases and each list must leave its audit entry, written with the list in
 * the same transaction; the shapes beyond the bound run unnamed and answer the same.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`the case list kept prepared, under row-level security [${kind}]`, () => {
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
    const scopeA = { userId: userA, agencyId: agencyA, permissions: ['case:read'] };
    const scopeB = { userId: userB, agencyId: agencyB, permissions: ['case:read'] };
    const casesOf: Record<string, string[]> = { [agencyA]: [], [agencyB]: [] };
    const openQuery: CaseListQuery = { limit: 50, status: 'open', sort: '-openedOn' };

    const list = async (
      scope: TenantScope,
      plan: 'auto' | 'force_generic_plan' = 'auto',
      query: CaseListQuery = openQuery,
    ) => {
      const requestId = `prepared-list-${randomUUID()}`;
      const actor = { userId: scope.userId, agencyId: scope.agencyId };
      const rows = await inTenant(db(), scope, async (tx) => {
        await tx.query(`select set_config('plan_cache_mode', $1, true)`, [plan]);
        return listCases(tx.commitWithNext(), query, undefined, { actor, requestId });
      });
      // The entry was committed with the list, before the rows were handed back.
      const entries = await db().query<{ agency_id: string; detail: { cases: string[] } }>(
        `select agency_id, detail from audit_event where request_id = $1 and action = 'case.list'`,
        [requestId],
      );
      return { ids: rows.map((row) => row.id).sort(), entries };
    };

    it('is set up with two agencies, each with open and closed cases', async () => {
      await db().exec(`
        insert into agency (id, name, type, country) values
          ('${agencyA}', 'Agency A', 'welfare', 'MY'), ('${agencyB}', 'Agency B', 'embassy', 'ID');
        insert into app_user (id, email, display_name, password_hash) values
          ('${userA}', 'a@example.org', 'A', 'x'), ('${userB}', 'b@example.org', 'B', 'x');
      `);
      for (const [agency, count] of [
        [agencyA, 3],
        [agencyB, 2],
      ] as const) {
        for (let n = 0; n < count; n++) {
          const id = randomUUID();
          casesOf[agency]?.push(id);
          await db().query(
            `insert into case_file (id, agency_id, reference, type, opened_on) values ($1, $2, $3, 'victim_case', $4)`,
            [id, agency, `P-${agency.slice(0, 4)}-${n}`, `2026-11-0${n + 1}`],
          );
        }
        await db().query(
          `insert into case_file (agency_id, reference, type, status, closed_at, close_reason)
           values ($1, $2, 'victim_case', 'closed', now(), 'completed')`,
          [agency, `P-${agency.slice(0, 4)}-closed`],
        );
      }
      casesOf[agencyA]?.sort();
      casesOf[agencyB]?.sort();
    });

    it('lists only the agency’s own open cases and audits each list, run after run on one connection', async () => {
      for (const plan of ['auto', 'force_generic_plan'] as const) {
        // More than five runs each: PostgreSQL may then switch a prepared statement to its generic plan.
        for (let round = 0; round < 7; round++) {
          for (const [scope, own] of [
            [scopeA, casesOf[agencyA]],
            [scopeB, casesOf[agencyB]],
          ] as const) {
            const { ids, entries } = await list(scope, plan);
            assert.deepEqual(ids, own, `${scope.agencyId === agencyA ? 'A' : 'B'}, round ${round}, ${plan}`);
            assert.equal(entries.length, 1, 'one audit entry for the list');
            assert.equal(entries[0]?.agency_id, scope.agencyId);
            assert.deepEqual([...(entries[0]?.detail.cases ?? [])].sort(), own);
          }
          const denied = await list({ ...scopeA, permissions: [] }, plan);
          assert.deepEqual(denied.ids, [], `agency A without case:read, round ${round}, ${plan}`);
        }
      }
    });

    if (kind === 'postgres') {
      it('is prepared once on the connection, in its audited form', async () => {
        await list(scopeA);
        const rows = await db().query<{ statement: string }>(
          `select statement from pg_prepared_statements
            where statement like '%from case_file c%' and statement like '%c.status = $1%'`,
        );
        assert.equal(rows.length, 1, 'the audited list, once');
        assert.ok(rows.every((row) => preparedName(row.statement) && row.statement.includes('audit_event')));
      });
    }

    it('answers the same for shapes beyond those kept prepared, and keeps no more than its bound', async () => {
      const sorts = ['-openedOn', 'openedOn', 'reference', '-reference'] as const;
      const filters: Partial<CaseListQuery>[] = [
        {},
        { status: 'open' },
        { type: 'victim_case' },
        { openedFrom: '2026-11-01' },
        { openedTo: '2026-11-30' },
        { agencyId: agencyA },
        { status: 'open', type: 'victim_case' },
        { status: 'open', openedFrom: '2026-11-01', openedTo: '2026-11-30' },
      ];
      const shapes = filters.flatMap((filter) => sorts.map((sort) => ({ limit: 50, sort, ...filter })));
      assert.ok(shapes.length > mostPreparedListShapes, 'more shapes than are kept prepared');
      for (const query of shapes) {
        const { ids, entries } = await list(scopeA, 'auto', query as CaseListQuery);
        assert.equal(entries.length, 1);
        const expected = query.status === 'open' ? casesOf[agencyA] : undefined;
        if (expected) assert.deepEqual(ids, expected, JSON.stringify(query));
        for (const id of ids) assert.ok(!casesOf[agencyB]?.includes(id), 'never a case of agency B');
      }
      if (kind === 'postgres') {
        const [{ count } = { count: -1 }] = await db().query<{ count: number }>(
          `select count(*)::int as count from pg_prepared_statements where statement like '%from case_file c%'`,
        );
        assert.ok(count <= 2 * mostPreparedListShapes, `${count} list statements prepared on the connection`);
      }
    });
  });
}
