import pg from 'pg';
import { asTx, commitAuditedRead, type Db, type OpenTransaction } from './db.ts';
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
  const pool = new pg.Pool({ connectionString, max: options.poolSize ?? 10, types });
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
      try {
        await client.query(statement);
      } catch (error) {
        await rollbackAndRelease(client);
        throw error;
      }
      client.release();
    };
    return {
      rows,
      async run(work) {
        claim();
        let auditedRead = false;
        let result: Awaited<ReturnType<typeof work>>;
        try {
          result = await work(
            asTx(
              {
                query: async (text, params) => (await client.query(text, params as unknown[])).rows,
                exec: async (script) => {
                  await client.query(script);
                },
              },
              () => {
                auditedRead = true;
              },
            ),
          );
        } catch (error) {
          await rollbackAndRelease(client);
          throw error;
        }
        await end(auditedRead && lazyReadAudit ? commitAuditedRead : 'commit');
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

/** Ends a failed transaction and returns its connection to the pool. */
async function rollbackAndRelease(client: pg.PoolClient): Promise<void> {
  let broken: Error | undefined;
  await client.query('rollback').catch((rollbackError: Error) => {
    broken = rollbackError;
  });
  // A client whose rollback failed is in an unknown state: destroy it rather than reuse it.
  client.release(broken);
}
