import pg from 'pg';
import { asTx, commitAuditedRead, type Db } from './db.ts';
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
  return {
    kind: 'postgres',
    query,
    exec: async (script) => {
      await pool.query(script);
    },
    async transaction(work, options) {
      const client = await pool.connect();
      let broken: Error | undefined;
      let auditedRead = false;
      try {
        await client.query(options?.prelude ? `begin; ${options.prelude}` : 'begin');
        const result = await work(
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
        await client.query(auditedRead && lazyReadAudit ? commitAuditedRead : 'commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch((rollbackError: Error) => {
          broken = rollbackError;
        });
        throw error;
      } finally {
        // A client whose rollback failed is in an unknown state: destroy it rather than reuse it.
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
