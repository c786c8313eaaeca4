import {
  type Compilable,
  DummyDriver,
  type InferResult,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from 'kysely';
import type { Database } from './schema.ts';

export type DatabaseKind = 'pglite' | 'postgres';

/** Runs SQL. Both adapters return rows with the same JavaScript types (see `types.ts`). */
export interface Queryable {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters (migrations, tests). */
  exec(script: string): Promise<void>;
}

/**
 * What an adapter gives `asTx`: the statements of one transaction and, where a round trip costs
 * something, a way to send its last statement together with COMMIT.
 */
export interface TransactionStatements extends Queryable {
  /**
   * Runs the transaction's last statement and commits it in the same round trip; answers only
   * once COMMIT has, and throws (the transaction rolled back) if either failed.
   */
  queryAndCommit?<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
}

/** A statement sent after the one that committed its transaction (`Tx.commitWithNext`). */
export class TransactionEndedError extends Error {
  override readonly name = 'TransactionEndedError';
  constructor() {
    super('the transaction was committed with its last statement; nothing may follow it');
  }
}

/**
 * PostgreSQL answered COMMIT with ROLLBACK: a statement of the transaction failed and the work went
 * on without passing the error up. Nothing of it was written, so the request must not succeed
 * (PGlite's own transaction throws in the same case).
 */
export class TransactionRolledBackError extends Error {
  override readonly name = 'TransactionRolledBackError';
  constructor() {
    super('PostgreSQL rolled the transaction back at COMMIT: one of its statements had failed');
  }
}

/** A unit of work inside one database transaction. Repositories take a `Tx`, never a `Db`. */
export interface Tx extends Queryable {
  /** Runs a typed query built with `sql` and returns all rows. */
  all<Q extends Compilable>(query: Q): Promise<InferResult<Q>>;
  /** Runs a typed query and returns its first row, or undefined. */
  first<Q extends Compilable>(query: Q): Promise<InferResult<Q>[number] | undefined>;
  /**
   * Says that the transaction recorded a user's read in the audit log. If, at commit, that is all
   * it wrote, it commits without waiting for the disk (decision 0028); otherwise as usual.
   */
  auditedRead(): void;
  /**
   * This transaction for its last statement (decision 0055): the next statement run through the
   * returned `Tx` travels with COMMIT — one round trip instead of two on server PostgreSQL — and
   * answers once it is committed. From then on the transaction is over: a later statement throws
   * `TransactionEndedError`, and a later throw of the work no longer rolls anything back. So only
   * for a read whose rows the database alone decides (row-level security), with its audit entry
   * in the same statement, after which the route merely presents what it read.
   */
  commitWithNext(): Tx;
}

/** A statement with its parameters. */
export interface Statement {
  readonly text: string;
  readonly params: readonly unknown[];
}

export interface TransactionOptions {
  /** SQL without parameters run first (after BEGIN); see `Db.transaction`. */
  readonly prelude?: string;
  /**
   * A statement that opens the transaction after the prelude (decision 0056: the session's check).
   * On server PostgreSQL, BEGIN, the prelude and it are held back until the work issues its first
   * statement, and all go out in one write with that statement (and with COMMIT when that statement
   * is the last, `Tx.commitWithNext`): one round trip for the whole transaction. If it fails, the
   * transaction throws its error, whatever the work did — so the work's statements never ran — and
   * if the work issues none, it is sent with COMMIT (or ROLLBACK, if the work threw) all the same.
   * `passed` is called once it has answered without error.
   */
  readonly opening?: Statement & { readonly passed?: () => void };
}

/** The statements kept prepared on each server connection, by text: their names there. */
const preparedStatements = new Map<string, string>();
/** A bound on what `prepared` may hold: it is for constant texts, never for texts built per request. */
const mostPrepared = 100;

/**
 * Marks `text` (a statement with parameters) as one that server PostgreSQL keeps prepared on each
 * connection of the pool that runs it (decision 0060): parsed, analysed and, after its first few
 * runs, planned once per connection instead of once per run. For the constant statements of the
 * hottest reads only — a text built per request would make a prepared statement per variant on
 * every connection, so at most `mostPrepared` texts may be marked. Row-level security is kept:
 * PostgreSQL plans a policy's settings as parameters read at each run, and plans again when the
 * role or a policy changes. Returns `text`; PGlite runs it as any other.
 */
export function prepared(text: string): string {
  if (!preparedStatements.has(text)) {
    if (preparedStatements.size >= mostPrepared)
      throw new Error(`more than ${mostPrepared} prepared statements: prepare constant texts only`);
    preparedStatements.set(text, `lindung_${preparedStatements.size + 1}`);
  }
  return text;
}

/** The name `text` is prepared under on server connections, if it was marked by `prepared`. */
export function preparedName(text: string): string | undefined {
  return preparedStatements.get(text);
}

/** The one interface over PGlite and server PostgreSQL; everything above it is storage-agnostic. */
export interface Db extends Queryable {
  readonly kind: DatabaseKind;
  /**
   * Runs `work` in a transaction: committed when it resolves, rolled back when it throws.
   * `prelude` is SQL without parameters run first, sent together with BEGIN where the driver
   * allows it (one round trip instead of two on server PostgreSQL).
   */
  transaction<T>(work: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /**
   * Begins a transaction with `prelude` (SQL without parameters, sent with BEGIN) before the work
   * to run in it is known, and returns what the prelude's last statement answered. Only where a
   * round trip costs something (server PostgreSQL); PGlite has one connection, which a
   * transaction held open would stop everyone else from using.
   */
  begin?(prelude: string): Promise<OpenTransaction>;
  close(): Promise<void>;
}

/** A transaction begun by `Db.begin`. It holds a connection until one of its methods ends it. */
export interface OpenTransaction {
  /** The rows of the prelude's last statement. */
  readonly rows: readonly Record<string, unknown>[];
  /** Runs `work` in the transaction, then commits it, or rolls it back if `work` throws. */
  run<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Ends the transaction without work and undoes what the prelude did. */
  rollback(): Promise<void>;
}

/**
 * The typed query builder. It only compiles SQL; queries run through a `Tx` so that
 * they share the transaction's role and tenant settings.
 */
export const sql = new Kysely<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

/**
 * Gives any `Queryable` the typed `all`/`first` helpers of a `Tx`. A transaction passes
 * `onAuditedRead` to learn that it may commit lazily; single statements commit on their own, as
 * does the statement after `commitWithNext` where the adapter has no `queryAndCommit`.
 */
export function asTx(statements: TransactionStatements, onAuditedRead: () => void = () => {}): Tx {
  let lastSent = false;
  const open = () => {
    if (lastSent) throw new TransactionEndedError();
  };
  const withQuery = (query: Queryable['query'], exec: Queryable['exec']): Tx => {
    const all = async <Q extends Compilable>(built: Q) => {
      const compiled = built.compile();
      return (await query(compiled.sql, compiled.parameters)) as InferResult<Q>;
    };
    return {
      query,
      exec,
      all,
      first: async (built) => (await all(built))[0],
      auditedRead: onAuditedRead,
      commitWithNext,
    };
  };
  const tx = withQuery(
    async (text, params) => {
      open();
      return statements.query(text, params);
    },
    async (script) => {
      open();
      await statements.exec(script);
    },
  );
  function commitWithNext(): Tx {
    const { queryAndCommit } = statements;
    if (!queryAndCommit) return tx;
    const last = async <Row>(text: string, params?: readonly unknown[]) => {
      open();
      lastSent = true;
      return queryAndCommit<Row>(text, params);
    };
    return withQuery(last, async (script) => {
      await last(script);
    });
  }
  return tx;
}

/**
 * Prepares the commit of a transaction that audited a read. Waiting for the disk at commit is
 * what makes a read's audit entry cost as much as the read itself; the entry may skip that wait,
 * but only when nothing else was written. The database decides, not the route's code: every
 * table but the audit log marks the transaction when a statement changes it (migration 0083),
 * so a route that also changed a record commits durably whatever it said.
 */
export const relaxDurabilityIfOnlyAudited = `select set_config('synchronous_commit',
    case when coalesce(current_setting('lindung.wrote', true), '') = 'on'
      then current_setting('synchronous_commit') else 'off' end, true)`;

/** Sent as one statement batch: one round trip, as a plain COMMIT. */
export const commitAuditedRead = `${relaxDurabilityIfOnlyAudited}; commit`;
