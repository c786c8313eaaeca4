import type { Socket } from 'node:net';
import pg from 'pg';
import {
  asTx,
  type Db,
  type OpenTransaction,
  prepared,
  preparedName,
  relaxDurabilityIfOnlyAudited,
  type Statement,
  type TransactionOptions,
  TransactionRolledBackError,
} from './db.ts';
import { OneSync, type ProtocolConnection, type StatementResult } from './one-sync.ts';
import { typeParsers } from './types.ts';

/**
 * The lazy commit's statement (decision 0028), kept prepared (decision 0073): sent as text in the
 * COMMIT's batch it was parsed and planned again on every audited read.
 */
const relaxCommit = prepared(relaxDurabilityIfOnlyAudited);

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
  const query = async <Row>(text: string, params?: readonly unknown[]) => {
    if (!preparedName(text)) return (await pool.query(text, params as unknown[])).rows as Row[];
    // A prepared statement lives on one connection: one whose plan went stale is not given back.
    const client = await pool.connect();
    try {
      const { rows } = await client.query(statementConfig(text, params));
      client.release();
      return rows as Row[];
    } catch (error) {
      client.release(isStalePlan(error) ? (error as Error) : undefined);
      throw error;
    }
  };
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

  function openTransaction(
    client: pg.PoolClient,
    rows: Record<string, unknown>[],
    opening?: HeldOpening,
  ): OpenTransaction {
    let ended = false;
    const claim = () => {
      if (ended) throw new Error('the transaction has already ended');
      ended = true;
    };
    let held = opening;
    /** Set once the held opening has failed: the transaction then throws its error. */
    let openingFailure: { error: unknown } | undefined;
    /**
     * Issues statements; the held-back opening (BEGIN, the prelude and the opening statement) goes
     * out before them in the same write (decision 0056). Returns what the opening answers.
     */
    const withOpening = <T>(issue: () => T): [Promise<void>, T] => {
      if (!held) return [Promise.resolve(), issue()];
      const { begin: beginText, statement } = held;
      held = undefined;
      const stream = socketOf(client);
      stream.cork();
      try {
        const begun = client.query(beginText);
        const checked = client.query(statementConfig(statement.text, statement.params));
        // The first failure in the order sent: BEGIN's, else the opening statement's.
        const opened = Promise.all([begun, checked]).then(
          () => statement.passed?.(),
          (error: unknown) => {
            openingFailure = { error };
            throw error;
          },
        );
        opened.catch(() => {});
        return [opened, issue()];
      } finally {
        // Counted: node-postgres's own cork around each extended query nests inside this one.
        stream.uncork();
      }
    };
    /** Issues what `issue` sends (the opening first, if still held); the opening's failure comes first. */
    const issued = async (issue: () => Promise<unknown>) => {
      const [opened, answer] = withOpening(issue);
      answer.catch(() => {});
      await opened;
      return (await answer) as pg.QueryResult | pg.QueryResult[];
    };
    /** Runs one statement (the opening first, if still held). */
    const statement = (text: string, params?: readonly unknown[]) =>
      issued(() => client.query(statementConfig(text, params)));
    /**
     * COMMIT; for a transaction that audited a read, after the prepared statement that lets it skip
     * the wait for the disk if that is all it wrote (decision 0028). Both go in the same write. In a
     * transaction already failed that statement is refused, and COMMIT then answers ROLLBACK.
     */
    const commitStatements = (lazy: boolean): Promise<pg.QueryResult> => {
      if (lazy) client.query(statementConfig(relaxCommit, [])).catch(() => {});
      return client.query('commit');
    };
    const end = async (ending: 'commit' | 'rollback', lazy = false) => {
      let answer: pg.QueryResult | pg.QueryResult[];
      try {
        answer = await issued(() =>
          ending === 'rollback' ? client.query('rollback') : commitStatements(lazy),
        );
      } catch (error) {
        await rollbackAndRelease(client, error);
        throw error;
      }
      client.release();
      if (ending !== 'rollback' && !endsInCommit(answer)) throw new TransactionRolledBackError();
    };
    return {
      rows,
      async run(work) {
        claim();
        let auditedRead = false;
        const lazyCommit = () => auditedRead && lazyReadAudit;
        // Once sent, the last statement ends the transaction itself (see `queryAndCommit`).
        let last: Promise<unknown> | undefined;
        let result: Awaited<ReturnType<typeof work>>;
        try {
          result = await work(
            asTx(
              {
                query: async (text, params) => ((await statement(text, params)) as pg.QueryResult).rows,
                exec: async (script) => {
                  await statement(script);
                },
                queryAndCommit: <Row>(text: string, params?: readonly unknown[]) => {
                  const opening = held;
                  const whole =
                    opening &&
                    wholeUnderOneSync(client, opening, { text, params: params ?? [] }, lazyCommit());
                  if (whole) {
                    held = undefined;
                    const rows = oneSyncTransaction<Row>(client, opening, whole, (error) => {
                      openingFailure = { error };
                    });
                    last = rows;
                    return rows;
                  }
                  const [opened, [answer, committed]] = withOpening(
                    () =>
                      [client.query(statementConfig(text, params)), commitStatements(lazyCommit())] as const,
                  );
                  const rows = queryAndCommit<Row>(client, opened, answer, committed);
                  last = rows;
                  return rows;
                },
              },
              () => {
                auditedRead = true;
              },
            ),
          );
        } catch (error) {
          if (last) await last.catch(() => {});
          else if (held) {
            // The work threw before any statement: the opening still runs, and its failure wins.
            await end('rollback').catch(() => {});
          } else await rollbackAndRelease(client, error);
          throw openingFailure ? openingFailure.error : error;
        }
        // The work's result is not answered before its COMMIT is, even if the work did not wait.
        if (last) await last;
        else await end('commit', lazyCommit());
        // A work that swallowed the opening's failure does not succeed.
        if (openingFailure) throw openingFailure.error;
        return result;
      },
      rollback: async () => {
        claim();
        if (held) {
          // Nothing was sent: the connection has no transaction to end.
          client.release();
          return;
        }
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
      if (!options?.opening) return (await begin(options?.prelude)).run(work);
      const client = await pool.connect();
      const beginText = options.prelude ? `begin; ${options.prelude}` : 'begin';
      return openTransaction(client, [], { begin: beginText, statement: options.opening }).run(work);
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
  opened: Promise<void>,
  statement: Promise<pg.QueryResult>,
  commit: Promise<pg.QueryResult | pg.QueryResult[]>,
): Promise<Row[]> {
  const [opening, answer, committed] = await Promise.allSettled([opened, statement, commit]);
  if (
    opening.status === 'fulfilled' &&
    answer.status === 'fulfilled' &&
    committed.status === 'fulfilled' &&
    endsInCommit(committed.value)
  ) {
    client.release();
    return answer.value.rows as Row[];
  }
  const failure = [opening, answer, committed].find((settled) => settled.status === 'rejected');
  await rollbackAndRelease(client, failure?.reason);
  if (opening.status === 'rejected') throw opening.reason;
  if (answer.status === 'rejected') throw answer.reason;
  if (committed.status === 'rejected') throw committed.reason;
  throw new TransactionRolledBackError();
}

/**
 * The statements of a transaction whose opening is still held and whose first statement is its
 * last: the opening, that statement and, for a lazy commit, its setting — to go under one Sync
 * (decision 0111). Undefined where that does not fit: a prelude (simple-protocol text, which a
 * Sync cannot enclose), or a statement kept prepared that is not yet prepared on this connection
 * (the ordinary path prepares it, and node-postgres records that it did).
 */
function wholeUnderOneSync(
  client: pg.PoolClient,
  opening: HeldOpening,
  last: Statement,
  lazy: boolean,
): readonly Statement[] | undefined {
  if (opening.begin !== 'begin') return undefined;
  const whole = [opening.statement, last, ...(lazy ? [{ text: relaxCommit, params: [] }] : [])];
  const { parsedStatements } = connectionOf(client);
  const unprepared = whole.some(({ text }) => {
    const name = preparedName(text);
    return name !== undefined && parsedStatements[name] !== text;
  });
  return unprepared ? undefined : whole;
}

/**
 * Runs a transaction known in full — its opening, its one statement, the lazy commit's setting —
 * under one Sync (`OneSync`), and returns the connection to the pool: 1 ReadyForQuery instead of
 * the 4–5 of BEGIN, the opening, the statement, the setting and COMMIT. The same outcomes as the
 * ordinary path: the opening's failure (`failedOpening` told) or the statement's is thrown, and
 * nothing of the transaction is kept; the opening's `passed` is called once it has answered.
 */
async function oneSyncTransaction<Row>(
  client: pg.PoolClient,
  opening: HeldOpening,
  whole: readonly Statement[],
  failedOpening: (error: unknown) => void,
): Promise<Row[]> {
  let sent: OneSync;
  try {
    sent = new OneSync(whole);
  } catch (error) {
    // A parameter that cannot be sent: nothing was, and the connection is idle.
    client.release();
    throw error;
  }
  let results: StatementResult[];
  try {
    // With a callback, as node-postgres takes one for any query (a custom one returns no promise).
    results = await new Promise<StatementResult[]>((resolve, reject) => {
      (client.query as unknown as (query: OneSync, answer: OneSync['callback']) => void).call(
        client,
        sent,
        (error, answered) => (error ? reject(error) : resolve(answered as StatementResult[])),
      );
    });
  } catch (error) {
    if (sent.completed === 0) failedOpening(error);
    else opening.statement.passed?.();
    // PostgreSQL rolled the implicit transaction back and is idle again: the connection is kept,
    // unless the error was not PostgreSQL's answer (a lost connection), ended the session, or says
    // that a statement prepared on it went stale.
    client.release(usableAfter(error) ? undefined : (error as Error));
    throw error;
  }
  opening.statement.passed?.();
  // Committed at the Sync, so idle: anything else would mean the statements opened a transaction
  // of their own, whose settings must not reach the pool's next user.
  if (client.getTransactionStatus() !== 'I') {
    const error = new Error('a transaction under one Sync left its connection inside a transaction');
    client.release(error);
    throw error;
  }
  client.release();
  return (results[1]?.rows ?? []) as Row[];
}

/** Whether a connection can serve again after `error` ended a statement on it. */
function usableAfter(error: unknown): boolean {
  if (!(error instanceof pg.DatabaseError) || isStalePlan(error)) return false;
  return error.severity !== 'FATAL' && error.severity !== 'PANIC';
}

/** A transaction's opening held back until its first statement (`TransactionOptions.opening`). */
interface HeldOpening {
  /** BEGIN and the prelude, one simple-protocol query. */
  readonly begin: string;
  readonly statement: NonNullable<TransactionOptions['opening']>;
}

/** The socket of a client's connection, to cork: node-postgres writes each message on its own. */
function socketOf(client: pg.PoolClient): Socket {
  return connectionOf(client).stream;
}

/** A client's connection, as node-postgres keeps it. */
function connectionOf(client: pg.PoolClient): ProtocolConnection {
  return (client as unknown as { connection: ProtocolConnection }).connection;
}

/** Whether a statement (or the last of a batch) was a COMMIT that committed: not turned into ROLLBACK. */
function endsInCommit(result: pg.QueryResult | pg.QueryResult[]): boolean {
  return (Array.isArray(result) ? result.at(-1) : result)?.command === 'COMMIT';
}

/**
 * Ends a failed transaction and returns its connection to the pool — or, if its rollback failed or
 * `cause` says that a statement prepared on it has gone stale, closes it.
 */
async function rollbackAndRelease(client: pg.PoolClient, cause?: unknown): Promise<void> {
  let broken: Error | undefined = isStalePlan(cause) ? (cause as Error) : undefined;
  await client.query('rollback').catch((rollbackError: Error) => {
    broken = rollbackError;
  });
  // A client whose rollback failed is in an unknown state: destroy it rather than reuse it.
  client.release(broken);
}

/**
 * How node-postgres is asked to run a statement: under its name on the connection if it was marked
 * `prepared` (parsed and planned there once, decision 0060), otherwise unnamed as before.
 */
function statementConfig(text: string, params: readonly unknown[] | undefined): pg.QueryConfig {
  const name = preparedName(text);
  return name ? { name, text, values: (params ?? []) as unknown[] } : { text, values: params as unknown[] };
}

/**
 * Whether a statement failed because the prepared statement's result no longer matches its tables
 * (a column added while the process ran): PostgreSQL then refuses it on that connection for good.
 */
function isStalePlan(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === '0A000' && typeof message === 'string' && message.includes('cached plan must not change');
}
