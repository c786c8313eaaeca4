/**
 * A node-postgres query that writes its own protocol messages: statements bound and executed under
 * one Sync (decision 0111). pg.ts decides when a transaction goes this way; this file only speaks
 * the protocol, through the parts of node-postgres's Query and Result it reuses.
 */
import type { Socket } from 'node:net';
import pg from 'pg';
import { preparedName, type Statement } from './db.ts';

/** What node-postgres's connection offers a query that writes its own protocol messages. */
export interface ProtocolConnection {
  readonly parsedStatements: Record<string, string>;
  readonly stream: Socket;
  parse(config: { text: string }): void;
  bind(config: { portal: string; statement: string; values: readonly unknown[]; binary: boolean }): void;
  describe(config: { type: 'P'; name: string }): void;
  execute(config: { portal: string }): void;
  sync(): void;
}

/** What `OneSync` takes of node-postgres's `Query`: a pipelining client refuses other custom queries. */
const QueryBase = pg.Query as unknown as new (
  text: string,
) => {
  callback?: (error: Error | null, results?: unknown) => void;
  _result: { _types: unknown };
};

/** Turns a parameter into what the protocol sends, as node-postgres does for its own queries. */
const { prepareValue } = (pg as unknown as { utils: { prepareValue(value: unknown): unknown } }).utils;

interface ResultBuilder extends pg.QueryResult {
  addFields(fields: unknown[]): void;
  parseRow(fields: unknown[]): unknown;
  addRow(row: unknown): void;
  addCommandComplete(message: unknown): void;
}

/**
 * The row descriptions of statements kept prepared, by name, as PostgreSQL described them on each
 * connection the first time (decision 0194). A prepared statement's result columns never change on
 * its connection: PostgreSQL refuses to run it instead (0A000), and pg.ts then closes the
 * connection, and this with it.
 */
const describedOn = new WeakMap<ProtocolConnection, Map<string, unknown[]>>();

/**
 * Statements bound and executed under one Sync (decision 0111). PostgreSQL runs the Executes
 * before a Sync as one implicit transaction: committed at the Sync if all of them succeeded, rolled
 * back by the first that fails (the backend then skips to the Sync). So a transaction known in full
 * up front needs neither BEGIN nor COMMIT; settings made with `set_config(…, true)` end with it.
 * Parameters travel bound, never in the text. A statement kept prepared is bound by its name (it
 * must be prepared on the connection already), and described only the first time on a connection;
 * any other is parsed unnamed first and described every time.
 *
 * Its callback is given, once, one result per statement or the error of the first that failed;
 * `completed` then says how many had completed before it (0: the first failed).
 */
export class OneSync extends QueryBase {
  completed = 0;
  readonly #statements: readonly { name: string | undefined; text: string; values: unknown[] }[];
  readonly #results: ResultBuilder[] = [];
  /** The row descriptions known on the connection this was sent on; those of its statements' too. */
  #known: Map<string, unknown[]> | undefined;
  #fields: (unknown[] | undefined)[] = [];
  #unreadable: unknown;
  #answered = false;

  constructor(statements: readonly Statement[]) {
    // A text, not a config object: node-postgres copies a config object property by property.
    super('one sync');
    // Mapped before anything is written: a value that cannot be sent fails the whole, unsent.
    this.#statements = statements.map(({ text, params }) => ({
      name: preparedName(text),
      text,
      values: params.map((value) => prepareValue(value)),
    }));
  }

  /** The result of the statement now answering. */
  #current(): ResultBuilder {
    let result = this.#results[this.completed];
    if (!result) {
      result = new (pg.Result as unknown as new (rowMode: undefined, types: unknown) => ResultBuilder)(
        undefined,
        this._result._types,
      );
      // Not described this time: its rows are read with the description it had before.
      const fields = this.#fields[this.completed];
      if (fields) result.addFields(fields);
      this.#results[this.completed] = result;
    }
    return result;
  }

  submit(connection: ProtocolConnection): null {
    let known = describedOn.get(connection);
    if (!known) {
      known = new Map();
      describedOn.set(connection, known);
    }
    this.#known = known;
    this.#fields = this.#statements.map(({ name }) => (name ? known.get(name) : undefined));
    connection.stream.cork();
    try {
      for (const [index, { name, text, values }] of this.#statements.entries()) {
        if (!name) connection.parse({ text });
        connection.bind({ portal: '', statement: name ?? '', values, binary: false });
        if (!this.#fields[index]) connection.describe({ type: 'P', name: '' });
        connection.execute({ portal: '' });
      }
      connection.sync();
    } finally {
      connection.stream.uncork();
    }
    return null;
  }

  handleRowDescription(message: { fields: unknown[] }): void {
    this.#current().addFields(message.fields);
    const { name } = this.#statements[this.completed] ?? {};
    if (name) this.#known?.set(name, message.fields);
  }

  handleDataRow(message: { fields: unknown[] }): void {
    const result = this.#current();
    try {
      result.addRow(result.parseRow(message.fields));
    } catch (error) {
      this.#unreadable ??= error;
    }
  }

  handleCommandComplete(message: unknown): void {
    this.#current().addCommandComplete(message);
    this.completed += 1;
  }

  handleEmptyQuery(): void {
    this.#current();
    this.completed += 1;
  }

  handleError(error: Error): void {
    this.#answer(error);
  }

  handleReadyForQuery(): void {
    if (this.#unreadable) this.#answer(this.#unreadable as Error);
    else if (this.completed !== this.#statements.length)
      this.#answer(new Error(`${this.completed} of ${this.#statements.length} statements answered`));
    else this.#answer(null, this.#results);
  }

  /**
   * Calls back the first time only: an error may be followed by the ReadyForQuery that ends it, or
   * by the connection's loss, and the caller must not be told twice (a second answer would take a
   * failed transaction for done).
   */
  #answer(error: Error | null, results?: ResultBuilder[]): void {
    if (this.#answered) return;
    this.#answered = true;
    this.callback?.(error, results);
  }
}
