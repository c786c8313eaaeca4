import pg from 'pg';
import { asTx, prepared, preparedName, relaxDurabilityIfOnlyAudited, type Tx } from '../../src/db/db.ts';
import { typeParsers } from '../../src/db/types.ts';

/**
 * A measurement, not the platform's driver (issue 4): a transaction of one read sent as ONE
 * simple-protocol query — `begin; execute <opening>(…); execute <read>(…); execute <lazy commit>;
 * commit`, parameters as literals — which PostgreSQL answers with one flush, where src/db/pg.ts
 * sends five messages each with its own Sync (five flushes, several wake-ups of this process).
 * Each statement is PREPAREd by SQL once per connection, so its plan stays cached as the
 * platform's named statements do.
 */
export interface OneFlushDb {
  /** Runs `work` (exactly one `query`) after `opening`, both prepared statements (`prepared`). */
  transaction<T>(opening: Statement, work: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface Statement {
  readonly text: string;
  readonly params: readonly unknown[];
}

const relaxCommit = prepared(relaxDurabilityIfOnlyAudited);

const types = {
  getTypeParser: (oid: number, format?: string) =>
    typeParsers[oid] ?? pg.types.getTypeParser(oid, format as 'text'),
};

/**
 * A parameter written as an SQL literal. Strings (and JSON, as node-postgres sends objects) go
 * through node-postgres's `escapeLiteral`: quotes doubled, and backslashes doubled under E'' —
 * safe whatever `standard_conforming_strings` is. Any other type is refused rather than guessed.
 */
export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return pg.escapeLiteral(value);
  // An array of strings as PostgreSQL's array text, each element quoted: coerced to text[], uuid[]…
  if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
    return pg.escapeLiteral(`{${value.map((item) => `"${item.replace(/["\\]/g, '\\$&')}"`).join(',')}}`);
  if (typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date))
    return pg.escapeLiteral(JSON.stringify(value));
  throw new Error(`no literal for a parameter of type ${typeof value}`);
}

export function openOneFlush(connectionString: string, poolSize = 10): OneFlushDb {
  const pool = new pg.Pool({ connectionString, max: poolSize, types });
  pool.on('error', () => {});
  const preparedOn = new WeakMap<pg.PoolClient, Set<string>>();

  /** `execute` of a statement, PREPAREd on `client` by SQL the first time. */
  const execute = async (client: pg.PoolClient, { text, params }: Statement) => {
    const name = preparedName(text);
    if (!name) throw new Error('a one-flush statement must be prepared (`prepared`)');
    const ready = preparedOn.get(client) ?? new Set<string>();
    if (!ready.has(name)) {
      await client.query(`prepare ${name} as ${text}`);
      ready.add(name);
      preparedOn.set(client, ready);
    }
    return params.length === 0 ? `execute ${name}` : `execute ${name}(${params.map(sqlLiteral).join(', ')})`;
  };

  /** The read's transaction as one query: its answer is the third result. */
  const batch = async (client: pg.PoolClient, opening: Statement, read: Statement, lazy: boolean) => {
    const statements = [
      'begin',
      await execute(client, opening),
      await execute(client, read),
      ...(lazy ? [await execute(client, { text: relaxCommit, params: [] })] : []),
      'commit',
    ];
    const answers = (await client.query(statements.join('; '))) as unknown as pg.QueryResult[];
    if (answers.at(-1)?.command !== 'COMMIT') throw new Error('the transaction was rolled back');
    return answers[2]?.rows ?? [];
  };

  return {
    async transaction(opening, work) {
      const client = await pool.connect();
      let audited = false;
      let ended = false;
      try {
        const tx = asTx(
          {
            query: async <Row>(text: string, params?: readonly unknown[]) => {
              if (ended) throw new Error('a one-flush transaction runs one statement');
              ended = true;
              return (await batch(client, opening, { text, params: params ?? [] }, audited)) as Row[];
            },
            exec: () => Promise.reject(new Error('a one-flush transaction runs one query')),
          },
          () => {
            audited = true;
          },
        );
        return await work(tx);
      } catch (error) {
        // A statement that failed mid-batch skipped the rest: the transaction is open and aborted.
        if (ended) await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
