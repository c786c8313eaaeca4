import pg from 'pg';
import { asTx, preparedName, relaxDurabilityIfOnlyAudited, type Tx } from '../../src/db/db.ts';
import { typeParsers } from '../../src/db/types.ts';
import { hashToken } from '../../src/modules/auth/tokens.ts';

/**
 * A measurement, not the platform's driver (issue 4): a transaction of one read sent as ONE
 * simple-protocol query — `begin; <opening>; execute <read>(<literals>); <lazy commit>; commit` —
 * which PostgreSQL answers with one flush, where src/db/pg.ts sends five messages each with its
 * own Sync (five flushes, several wake-ups of this process). The read is PREPAREd by SQL once per
 * connection, so its plan stays cached as the platform's named statements do.
 */
export interface OneFlushDb {
  /** Runs `work` (exactly one `query`, with parameters) after `opening`, SQL made of literals only. */
  transaction<T>(opening: string, work: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

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
  if (typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date))
    return pg.escapeLiteral(JSON.stringify(value));
  throw new Error(`no literal for a parameter of type ${typeof value}`);
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const permission = /^[a-z_]+:[a-z_]+$/;

/**
 * The API's opening of a remembered session (src/modules/auth/credentials.ts) as literals: the
 * session's check, then the switch to `lindung_app`. Every value is held to a strict pattern (a
 * SHA-256 in hex, UUIDs, permission names, a whole number) before it is written into the SQL.
 */
export function sessionOpening(
  token: string,
  session: { userId: string; agencyId: string; permissions: readonly string[]; stage: string },
  idleMinutes: number,
): string {
  const tokenHash = hashToken(token);
  if (
    !/^[0-9a-f]{64}$/.test(tokenHash) ||
    !uuid.test(session.userId) ||
    !uuid.test(session.agencyId) ||
    !session.permissions.every((name) => permission.test(name)) ||
    !/^[a-z_]+$/.test(session.stage) ||
    !Number.isInteger(idleMinutes)
  )
    throw new Error('a session value that cannot be written as a literal');
  const permissions = session.permissions.map((name) => `'${name}'`).join(', ');
  return `select lindung_enter_session('${tokenHash}', '${session.userId}', '${session.agencyId}',
    array[${permissions}]::text[], '${session.stage}', ${idleMinutes}), set_config('role', 'lindung_app', true)`;
}

export function openOneFlush(connectionString: string, poolSize = 10): OneFlushDb {
  const pool = new pg.Pool({ connectionString, max: poolSize, types });
  pool.on('error', () => {});
  const preparedOn = new WeakMap<pg.PoolClient, Set<string>>();

  /** The batch of one read: its statement prepared on `client` by SQL the first time. */
  const batch = async (
    client: pg.PoolClient,
    opening: string,
    text: string,
    params: readonly unknown[],
    lazy: boolean,
  ) => {
    const name = preparedName(text);
    if (!name) throw new Error('a one-flush read must be a prepared statement');
    const ready = preparedOn.get(client) ?? new Set<string>();
    if (!ready.has(name)) {
      await client.query(`prepare ${name} as ${text}`);
      ready.add(name);
      preparedOn.set(client, ready);
    }
    const statements = [
      'begin',
      opening,
      `execute ${name}(${params.map(sqlLiteral).join(', ')})`,
      ...(lazy ? [relaxDurabilityIfOnlyAudited] : []),
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
              return (await batch(client, opening, text, params ?? [], audited)) as Row[];
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
