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
import { TransactionEndedError, TransactionRolledBackError, type Tx } from './db.ts';

/*
 * A transaction's last statement sent together with COMMIT (`Tx.commitWithNext`, decision 0055):
 * the same contract on both adapters. On server PostgreSQL it runs on one connection (a pool of
 * one), so that a connection left inside a transaction would fail the statements after it.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`a transaction committed with its last statement [${kind}]`, () => {
    const db = useOneConnectionDatabase(kind);
    const actor = { userId: randomUUID(), agencyId: randomUUID() };
    const reads = async (subject: string) =>
      (await db().query('select 1 from audit_event where subject_id = $1', [subject])).length;
    /** Reads one value and audits the read in the same statement, as the case detail does. */
    const auditedRead = (subject: string) => (tx: Tx) =>
      selectAudited<{ id: string }>(tx.commitWithNext(), 'select $1::uuid as id', [subject], {
        actor,
        subjectType: 'case',
        requestId: 'r',
      });

    it('commits the work and its last statement, and answers that statement’s rows', async () => {
      const subject = randomUUID();
      const first = randomUUID();
      const rows = await db().transaction(async (tx) => {
        await tx.query(`insert into audit_event (action, subject_id) values ('test.first', $1)`, [first]);
        return auditedRead(subject)(tx);
      });
      assert.deepEqual(rows, [{ id: subject }]);
      assert.equal(await reads(first), 1);
      assert.equal(await reads(subject), 1);
    });

    it('fails a transaction whose work swallowed a failed statement: COMMIT rolled it back', async () => {
      const first = randomUUID();
      await assert.rejects(
        db().transaction(async (tx) => {
          await tx.query(`insert into audit_event (action, subject_id) values ('test.first', $1)`, [first]);
          await tx.query('select 1 / 0').catch(() => undefined);
          return 'answered as if written';
        }),
        kind === 'postgres' ? TransactionRolledBackError : /rolled back/,
      );
      assert.equal(await reads(first), 0);
      assert.deepEqual(await db().query('select 1 as one'), [{ one: 1 }], 'the connection is usable');
    });

    it('commits nothing when the last statement fails, and leaves the connection usable', async () => {
      const first = randomUUID();
      await assert.rejects(
        db().transaction(async (tx) => {
          await tx.query(`insert into audit_event (action, subject_id) values ('test.first', $1)`, [first]);
          await tx.commitWithNext().query('select 1 / 0');
        }),
        { code: '22012' },
      );
      assert.equal(await reads(first), 0);
      // Outside that transaction: a statement runs (an aborted one would refuse it), and in a
      // transaction that has not written (the failed one had).
      const [state] = await db().query<{ wrote: boolean }>(
        'select txid_current_if_assigned() is not null as wrote',
      );
      assert.equal(state?.wrote, false);
    });

    it('keeps what it committed when the work throws after its last statement', async () => {
      const subject = randomUUID();
      await assert.rejects(
        db().transaction(async (tx) => {
          await auditedRead(subject)(tx);
          throw new Error('refused after reading');
        }),
        /refused after reading/,
      );
      assert.equal(await reads(subject), 1);
    });

    it('refuses a statement after the last one', async () => {
      const subject = randomUUID();
      await assert.rejects(
        db().transaction(async (tx) => {
          await auditedRead(subject)(tx);
          await tx.query('select 1');
        }),
        TransactionEndedError,
      );
      assert.equal(await reads(subject), 1);
    });

    describe('opened by a statement sent with the first one (decision 0056)', () => {
      const refuse = {
        text: `select case when $1::boolean then 1 else (select 1 / 0) end`,
        params: [false],
      };
      const admit = { ...refuse, params: [true] };

      it('runs the work after the opening, and says that the opening passed', async () => {
        const subject = randomUUID();
        let passed = false;
        const rows = await db().transaction(auditedRead(subject), {
          opening: { ...admit, passed: () => (passed = true) },
        });
        assert.deepEqual(rows, [{ id: subject }]);
        assert.equal(passed, true);
        assert.equal(await reads(subject), 1);
      });

      it('runs nothing of the work after a failed opening, and throws the opening’s error', async () => {
        const subject = randomUUID();
        let passed = false;
        await assert.rejects(
          db().transaction(auditedRead(subject), { opening: { ...refuse, passed: () => (passed = true) } }),
          /division by zero/,
        );
        assert.equal(passed, false);
        assert.equal(await reads(subject), 0);
        // The connection is usable again, outside any transaction.
        assert.deepEqual(await db().query('select 2 as n'), [{ n: 2 }]);
      });

      it('throws the opening’s error over the work’s, even when the work issued nothing', async () => {
        await assert.rejects(
          db().transaction(
            async () => {
              throw new Error('the work’s own');
            },
            { opening: refuse },
          ),
          /division by zero/,
        );
        const subject = randomUUID();
        await assert.rejects(
          db().transaction(
            async (tx) => {
              await tx.query(`insert into audit_event (action, subject_id) values ('test.first', $1)`, [
                subject,
              ]);
            },
            { opening: refuse },
          ),
          /division by zero/,
        );
        assert.equal(await reads(subject), 0);
        assert.equal(
          await db().transaction(async () => 'nothing issued', { opening: admit }),
          'nothing issued',
        );
      });
    });
  });
}

if ((await testDatabaseKinds()).includes('postgres')) {
  describe('PostgreSQL with COMMIT pipelined behind a failing statement', () => {
    let fresh: FreshDatabase | undefined;
    before(async () => {
      fresh = await createFreshDatabase('postgres');
    });
    after(async () => {
      await fresh?.drop();
    });

    it('answers the COMMIT with ROLLBACK and keeps nothing of the transaction', async () => {
      const client = new pg.Client({ connectionString: fresh?.url, pipeline: true });
      await client.connect();
      try {
        const subject = randomUUID();
        await client.query('begin');
        await client.query(`insert into audit_event (action, subject_id) values ('test.first', $1)`, [
          subject,
        ]);
        const [failed, commit] = await Promise.allSettled([
          client.query('select 1 / 0'),
          client.query('commit'),
        ]);
        assert.equal(failed.status, 'rejected');
        assert.equal(commit.status === 'fulfilled' && commit.value.command, 'ROLLBACK');
        const kept = await client.query('select 1 from audit_event where subject_id = $1', [subject]);
        assert.equal(kept.rowCount, 0);
      } finally {
        await client.end();
      }
    });
  });
}
