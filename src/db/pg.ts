import pg from 'pg';
import { asTx, commitAuditedRead, type Db, type OpenTransaction, TransactionRolledBackError } from './db.ts';
import { typeParsers } from './types.ts';

const types = {
  getTypeParser: (oid: number, format?: string) =>
    typeParsers[oid] ?? pg.types.getTypeParser(oid, format as 'text'),
};

/** Server PostgreSQL through a connection pool. */
export async function openPostgres(
  connectionString: string,
  options: { poolSize?: number; readAuditCommit?: 'lazy' | 'durable' } = {},
): Promise<Db> {
  const lazyReadAudit = (options.readAuditCommit ?? 'lazy') === 'lazy';
  // Pipelining lets a transaction's last statement and its COMMIT go out together (decision 0055);
  // every other statement is awaited before the next is issued, so it travels as before.
  const pool = new pg.Pool({ connectionString, max: options.poolSize ?? 10, types, pipeline: true });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const query = async <Row>(text: string, params?: readonly unknown[]) =>
    (await pool.query(text, params as unknown[])).rows as Row[];
  await query('select 1');

  async function begin(prelude?: string): Promise<OpenTransaction> {
    const client = await pool.connect();
    let answers: pg.QueryResult | pg.QueryResult[];
    try {
      // One simple-protocol query: BEGIN and the prelude travel in one round trip.
      // A query of several statements answers with one result for each.
      answers = (await client.query(prelude ? `begin; ${prelude}` : 'begin')) as
        | pg.QueryResult
        | pg.QueryResult[];
    } catch (error) {
      await rollbackAndRelease(client);
      throw error;
    }
    return openTransaction(client, Array.isArray(answers) ? (answers.at(-1)?.rows ?? []) : answers.rows);
  }

  function openTransaction(client: pg.PoolClient, rows: Record<string, unknown>[]): OpenTransaction {
    let ended = false;
    const claim = () => {
      if (ended) throw new Error('the transaction has already ended');
      ended = true;
    };
    const end = async (statement: string) => {
      let answer: pg.QueryResult | pg.QueryResult[];
      try {
        answer = (await client.query(statement)) as pg.QueryResult | pg.QueryResult[];
      } catch (error) {
        await rollbackAndRelease(client);
        throw error;
      }
      client.release();
      if (statement !== 'rollback' && !endsInCommit(answer)) throw new TransactionRolledBackError();
    };
    return {
      rows,
      async run(work) {
        claim();
        let auditedRead = false;
        const commit = () => (auditedRead && lazyReadAudit ? commitAuditedRead : 'commit');
        // Once sent, the last statement ends the transaction itself (see `queryAndCommit`).
        let last: Promise<unknown> | undefined;
        let result: Awaited<ReturnType<typeof work>>;
        try {
          result = await work(
            asTx(
              {
                query: async (text, params) => (await client.query(text, params as unknown[])).rows,
                exec: async (script) => {
                  await client.query(script);
                },
                queryAndCommit: <Row>(text: string, params?: readonly unknown[]) => {
                  const answer = queryAndCommit<Row>(client, text, params, commit());
                  last = answer;
                  return answer;
                },
              },
              () => {
                auditedRead = true;
              },
            ),
          );
        } catch (error) {
          if (last) await last.catch(() => {});
          else await rollbackAndRelease(client);
          throw error;
        }
        // The work's result is not answered before its COMMIT is, even if the work did not wait.
        if (last) await last;
        else await end(commit());
        return result;
      },
      rollback: async () => {
        claim();
        await end('rollback');
      },
    };
  }

  return {
    kind: 'postgres',
    query,
    exec: async (script) => {
      await pool.query(script);
    },
    async transaction(work, options) {
      return (await begin(options?.prelude)).run(work);
    },
    begin,
    close: () => pool.end(),
  };
}

/**
 * Sends a transaction's last statement and `commit` (COMMIT, or a batch ending in it) without
 * waiting between them — the pool's clients pipeline — then returns the connection to the pool.
 * The rows are given only once COMMIT has answered. If the statement fails, PostgreSQL commits
 * nothing: the transaction is aborted by then, and a COMMIT in an aborted transaction rolls it
 * back (a batch stops at its first statement); it is then rolled back here in any case.
 */
async function queryAndCommit<Row>(
  client: pg.PoolClient,
  text: string,
  params: readonly unknown[] | undefined,
  commit: string,
): Promise<Row[]> {
  const [answer, committed] = await Promise.allSettled([
    client.query(text, params as unknown[]),
    client.query(commit) as Promise<pg.QueryResult | pg.QueryResult[]>,
  ]);
  if (answer.status === 'fulfilled' && committed.status === 'fulfilled' && endsInCommit(committed.value)) {
    client.release();
    return answer.value.rows as Row[];
  }
  await rollbackAndRelease(client);
  if (answer.status === 'rejected') throw answer.reason;
  if (committed.status === 'rejected') throw committed.reason;
  throw new TransactionRolledBackError();
}

/** Whether a statement (or the last of a batch) was a COMMIT that committed: not turned into ROLLBACK. */
function endsInCommit(result: pg.QueryResult | pg.QueryResult[]): boolean {
  return (Array.isArray(result) ? result.at(-1) : result)?.command === 'COMMIT';
}

/** Ends a failed transaction and returns its connection to the pool. */
async function rollbackAndRelease(client: pg.PoolClient): Promise<void> {
  let broken: Error | undefined;
  await client.query('rollback').catch((rollbackError: Error) => {
    broken = rollbackError;
  });
  // A client whose rollback failed is in an unknown state: destroy it rather than reuse it.
  client.release(broken);
}
