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
  _result: { _types: TypeParsers | undefined };
};

/** Turns a parameter into what the protocol sends, as node-postgres does for its own queries. */
const { prepareValue } = (pg as unknown as { utils: { prepareValue(value: unknown): unknown } }).utils;

/** A column as PostgreSQL's RowDescription gives it (the parts read here). */
interface Field {
  readonly name: string;
  readonly dataTypeID: number;
}

/** The type parsers a client reads its rows with (the pool's `types`, as node-postgres keeps them). */
interface TypeParsers {
  getTypeParser(oid: number, format: 'text'): (text: string) => unknown;
}

/**
 * How a statement's rows are read: each column's name and text parser, looked up once per row
 * description, as node-postgres's `Result.addFields` does for every result (decision 0194).
 */
interface RowReader {
  readonly names: readonly string[];
  readonly parsers: readonly ((text: string) => unknown)[];
}

function rowReader(fields: readonly Field[], types: TypeParsers | undefined): RowReader {
  return {
    names: fields.map((field) => field.name),
    parsers: fields.map((field) => (types ?? pg.types).getTypeParser(field.dataTypeID, 'text')),
  };
}

/** A row as node-postgres gives it: an object by column name, a later column of a name winning. */
function readRow(reader: RowReader, values: readonly (string | null)[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (let column = 0; column < values.length; column++) {
    const value = values[column];
    row[reader.names[column] as string] =
      value === null ? null : (reader.parsers[column] as (text: string) => unknown)(value as string);
  }
  return row;
}

/** What a statement under one Sync answers: its rows. */
export interface StatementResult {
  readonly rows: Record<string, unknown>[];
}

/**
 * How the rows of statements kept prepared are read, by name, as PostgreSQL described them on
 * each connection the first time (decision 0194). A prepared statement's result columns never
 * change on its connection: PostgreSQL refuses to run it instead (0A000), and pg.ts then closes
 * the connection, and this with it.
 */
const describedOn = new WeakMap<ProtocolConnection, Map<string, RowReader>>();

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
  readonly #results: StatementResult[] = [];
  /** How rows are read on the connection this was sent on; its statements' readers go there too. */
  #known: Map<string, RowReader> | undefined;
  /** Each statement's reader: known before it was sent, or from its row description. */
  #readers: (RowReader | undefined)[] = [];
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
  #current(): StatementResult {
    this.#results[this.completed] ??= { rows: [] };
    return this.#results[this.completed] as StatementResult;
  }

  submit(connection: ProtocolConnection): null {
    let known = describedOn.get(connection);
    if (!known) {
      known = new Map();
      describedOn.set(connection, known);
    }
    this.#known = known;
    this.#readers = this.#statements.map(({ name }) => (name ? known.get(name) : undefined));
    connection.stream.cork();
    try {
      for (const [index, { name, text, values }] of this.#statements.entries()) {
        if (!name) connection.parse({ text });
        connection.bind({ portal: '', statement: name ?? '', values, binary: false });
        if (!this.#readers[index]) connection.describe({ type: 'P', name: '' });
        connection.execute({ portal: '' });
      }
      connection.sync();
    } finally {
      connection.stream.uncork();
    }
    return null;
  }

  handleRowDescription(message: { fields: Field[] }): void {
    const reader = rowReader(message.fields, this._result._types);
    this.#readers[this.completed] = reader;
    const { name } = this.#statements[this.completed] ?? {};
    if (name) this.#known?.set(name, reader);
  }

  handleDataRow(message: { fields: (string | null)[] }): void {
    const result = this.#current();
    try {
      const reader = this.#readers[this.completed];
      if (!reader) throw new Error('a row came before its description');
      result.rows.push(readRow(reader, message.fields));
    } catch (error) {
      this.#unreadable ??= error;
    }
  }

  handleCommandComplete(): void {
    this.#complete();
  }

  handleEmptyQuery(): void {
    this.#complete();
  }

  /** The statement now answering is done: it has a result even without rows; the next one answers. */
  #complete(): void {
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
  #answer(error: Error | null, results?: StatementResult[]): void {
    if (this.#answered) return;
    this.#answered = true;
    this.callback?.(error, results);
  }
}
