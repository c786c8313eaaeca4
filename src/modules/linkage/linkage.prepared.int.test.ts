import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { postgresAdminUrl, testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';
import type { Db, Tx } from '../../db/db.ts';
import { openPostgres } from '../../db/pg.ts';
import { inTenant, type TenantScope } from '../../db/tenant.ts';
import { platformActor } from '../../policy/policy.ts';
import { matchPersons as searchPersons } from '../persons/person.commands.ts';
import { personWithCase } from '../referrals/referral.factory.ts';
import { anhRecords } from './linkage.factory.ts';
import { matchPerson } from './linkage.match.ts';

/*
 * A match job's statements and the person search's read are kept prepared on each server
 * connection (decision 0142): parsed once there, planned once when PostgreSQL's generic plan is no
 * worse. On one connection, run after run, the agency's reads and the owner's alternating, with
 * PostgreSQL's own choice of plan and with the generic plan forced, a job finds exactly the pairs
 * and hints a job planned afresh finds, and the search ranks the same persons in the same order.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`a match job and the person search, kept prepared [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let one: Db | undefined;
    after(async () => {
      if (one && one !== platform().db) await one.close();
    });
    /** One connection on server PostgreSQL: every run meets the statements prepared by the runs before. */
    const db = async () => {
      if (!one) {
        const [{ name }] = (await platform().db.query<{ name: string }>(
          'select current_database() as name',
        )) as [{ name: string }];
        one =
          kind === 'postgres'
            ? await openPostgres(postgresAdminUrl.replace(/\/[^/]*$/, `/${name}`), { poolSize: 1 })
            : platform().db;
      }
      return one;
    };
    const planned = async (plan: string) => {
      // Session-wide on the one connection: every statement of the jobs that follow.
      if (kind === 'postgres')
        await (await db()).query(`select set_config('plan_cache_mode', $1, false)`, [plan]);
    };
    const state = async () => ({
      pairs: await platform().db.query(
        `select agency_id, person_a, person_b, probability, weight, evidence, fingerprint, status
           from person_match_candidate order by person_a, person_b`,
      ),
      hints: await platform().db.query(
        'select agency_id, person_id, other_agency_id, probability from person_match_hint order by person_id, other_agency_id',
      ),
    });
    const forget = () =>
      platform().db.exec(
        'delete from person_match_hint_pair; delete from person_match_hint; delete from person_match_candidate',
      );
    const persons: string[] = [];
    let jkmAgency = '';

    it('is set up with namesakes in two agencies', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      jkmAgency = jkm.agencyId;
      persons.push((await personWithCase(jkm, anhRecords.withAccents)).personId);
      persons.push((await personWithCase(jkm, anhRecords.withoutAccents)).personId);
      persons.push(
        (
          await personWithCase(molisa, {
            ...anhRecords.withoutAccents,
            names: [{ kind: 'birth', fullName: 'Nguyen Thi Anh' }],
          })
        ).personId,
      );
    });

    it('finds the same pairs and hints run after run, by any plan, as a job planned afresh', async () => {
      await planned('force_custom_plan');
      await forget();
      for (const id of persons) await matchPerson(await db(), id);
      const fresh = await state();
      assert.ok(fresh.pairs.length >= 1, 'a pair within JKM');
      assert.ok(fresh.hints.length >= 2, 'a hint on each side');
      for (const plan of ['auto', 'force_generic_plan']) {
        await planned(plan);
        // More than five runs: PostgreSQL may then switch a prepared statement to its generic plan.
        for (let round = 0; round < 7; round++) {
          await forget();
          for (const id of persons) await matchPerson(await db(), id);
          assert.deepEqual(await state(), fresh, `${plan}, round ${round}: written anew`);
          for (const id of persons) await matchPerson(await db(), id);
          assert.deepEqual(await state(), fresh, `${plan}, round ${round}: matched again`);
        }
      }
      await planned('auto');
    });

    if (kind === 'postgres') {
      /** The job's read of persons through blocks as `reader` kept it prepared on the connection. */
      const personsInBlocksText = async (reader: string) => {
        const names = await (await db()).query<{ statement: string }>(
          'select statement from pg_prepared_statements',
        );
        return names
          .map((n) => n.statement)
          .find((t) => t.includes('k.name_keys') && t.endsWith(`-- ${reader}`));
      };

      it("keeps the job's reads prepared on the connection, one per reader", async () => {
        const names = await (await db()).query<{ statement: string }>(
          'select statement from pg_prepared_statements',
        );
        assert.match((await personsInBlocksText('an agency')) ?? '', /lindung_linkage_block_persons/);
        assert.match((await personsInBlocksText('the owner')) ?? '', /n\.linkage_keys && \$1/);
        assert.ok(names.some((n) => n.statement.startsWith('insert into person_match_candidate')));
      });

      it("plans the agency's read of persons through blocks without a scan of every name", async () => {
        // Under row-level security the owner's read of the names is planned as a scan of every
        // name; in the agency's text, even never run, its cost made each read compiled (JIT).
        const text = (await personsInBlocksText('an agency')) as string;
        const scope = { userId: platformActor.userId, agencyId: jkmAgency, permissions: ['person:read'] };
        // Its parameters: the blocks, and (in a text shared with the owner's read) the agency left out.
        const parameters = text.includes('$2') ? [['1/~anh@1998'], null] : [['1/~anh@1998']];
        const plan = await inTenant(platform().db, scope, (tx) =>
          tx.query<{ 'QUERY PLAN': unknown }>(`explain (format json) ${text}`, parameters),
        );
        const scanned = JSON.stringify(plan).match(
          /"Node Type":"Seq Scan","[^}]*"Relation Name":"person_name"/,
        );
        assert.equal(scanned, null, JSON.stringify(plan));
      });

      /**
       * The generic plan a statement kept prepared by the job gets on the pair tables emptied and
       * analysed empty, as a new platform's first jobs plan it (decision 0205), as `scope` if given.
       */
      const planOnEmptyTables = async (part: string, parameters: unknown[], scope?: TenantScope) => {
        const names = await (await db()).query<{ statement: string }>(
          'select statement from pg_prepared_statements',
        );
        const text = names.map((n) => n.statement).find((t) => t.includes(part)) as string;
        await forget();
        await platform().db.exec('analyze person_match_candidate, person_match_hint, person_match_hint_pair');
        const explain = async (tx: Tx) => {
          const types = parameters.map(() => 'uuid[]').join(', ');
          await tx.query(`set local plan_cache_mode = force_generic_plan`);
          await tx.query(`prepare planned_empty (${types}) as ${text}`);
          const values = parameters.map((p) => `'${String(p)}'`);
          const [row] = await tx.query<{ 'QUERY PLAN': unknown }>(
            `explain (format json) execute planned_empty (${values.join(', ')})`,
          );
          await tx.query('deallocate planned_empty');
          return JSON.stringify(row?.['QUERY PLAN']);
        };
        return scope ? inTenant(platform().db, scope, explain) : platform().db.transaction(explain);
      };

      it("tests a job's persons before the policy looks both persons of a pair up, in the read of their pairs", async () => {
        const scope = {
          userId: platformActor.userId,
          agencyId: jkmAgency,
          permissions: ['person:read', 'person:link'],
        };
        const plan = await planOnEmptyTables(
          'from person_match_candidate\n    where person_a = any',
          [`{${persons[0]}}`],
          scope,
        );
        // Each filter of the pair table names a person column before its first look-up (SubPlan).
        for (const [filter] of plan.matchAll(/"Filter":"[^"]*"/g)) {
          if (!filter.includes('SubPlan')) continue;
          assert.ok(/person_[ab] = ANY/.test(filter.slice(0, filter.indexOf('SubPlan'))), filter);
        }
      });

      it('reads the hint tables once for the held pairs, never for each pair', async () => {
        const plan = await planOnEmptyTables(
          'insert into person_match_hint_pair (holder_hint_id, newer_hint_id)',
          ['{}', '{}'],
        );
        // Every scan of a hint table is a list gathered first (a CTE), not the inner side of a join.
        const scans = [
          ...plan.matchAll(/"Node Type":"[^"]*Scan"[^{}]*?"Relation Name":"person_match_hint[a-z_]*"/g),
        ];
        assert.ok(scans.length >= 2, plan);
        for (const [scan] of scans)
          assert.match(scan, /"Subplan Name":"CTE (sent|kept)"|"Parent Relationship":"InitPlan"/, plan);
      });
    }

    it('ranks the same persons in the same order, run after run, by any plan', async () => {
      const actor = { ...platformActor, agencyId: jkmAgency, permissions: new Set(['person:read'] as const) };
      const scope = { userId: platformActor.userId, agencyId: jkmAgency, permissions: ['person:read'] };
      const search = async (query: { name: string; birthYear?: number; limit: number }) =>
        (
          await inTenant(await db(), scope, (tx) =>
            searchPersons({ tx, actor, keyring: platform().keyring, requestId: 'prepared', query }),
          )
        ).map((row) => [row.id, row.score]);
      const queries = [
        { name: 'Nguyen Thi Anh', limit: 10 },
        { name: 'Nguyen Anh', birthYear: 1998, limit: 10 },
        { name: 'Ngu', limit: 10 },
      ];
      await planned('force_custom_plan');
      const fresh = [];
      for (const query of queries) fresh.push(await search(query));
      assert.ok((fresh[0]?.length ?? 0) >= 2, 'both of JKM’s namesakes found');
      assert.ok(!JSON.stringify(fresh).includes(persons[2] as string), "never MOLISA's person");
      for (const plan of ['auto', 'force_generic_plan']) {
        await planned(plan);
        for (let round = 0; round < 7; round++) {
          for (const [n, query] of queries.entries())
            assert.deepEqual(await search(query), fresh[n], `${plan}, round ${round}, ${query.name}`);
        }
      }
      await planned('auto');
    });
  });
}
