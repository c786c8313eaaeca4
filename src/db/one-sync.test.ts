import assert from 'node:assert/strict';
import type { Socket } from 'node:net';
import { describe, it } from 'node:test';
import { prepared } from './db.ts';
import { OneSync, type ProtocolConnection } from './one-sync.ts';

/** A OneSync of one statement whose answers are recorded, fed the backend's messages by hand. */
function answered() {
  const sent = new OneSync([{ text: 'select 1', params: [] }]);
  const answers: { error: Error | null; results?: unknown }[] = [];
  sent.callback = (error, results) => answers.push({ error, results });
  return { sent, answers };
}

describe('statements under one Sync, answered to their caller', () => {
  it('answers once with the error when the ReadyForQuery that ends the failed transaction follows it', () => {
    const { sent, answers } = answered();
    const failure = new Error('division by zero');
    sent.handleError(failure);
    sent.handleReadyForQuery();
    assert.deepEqual(answers, [{ error: failure, results: undefined }]);
  });

  it('answers once with the first error when the connection is lost after a failed statement', () => {
    const { sent, answers } = answered();
    const failure = new Error('division by zero');
    sent.handleError(failure);
    sent.handleError(new Error('Connection terminated unexpectedly'));
    assert.deepEqual(answers, [{ error: failure, results: undefined }]);
  });

  it('answers once with the results when every statement completed', () => {
    const { sent, answers } = answered();
    sent.handleCommandComplete();
    sent.handleReadyForQuery();
    sent.handleError(new Error('Connection terminated unexpectedly'));
    assert.deepEqual(
      answers.map(({ error, results }) => [error, (results as unknown[]).length]),
      [[null, 1]],
    );
  });
});

/** A connection that records the messages a OneSync writes on it. */
function recordingConnection(): ProtocolConnection & { written: string[] } {
  const written: string[] = [];
  return {
    written,
    parsedStatements: {},
    stream: { cork() {}, uncork() {} } as unknown as Socket,
    parse: () => written.push('parse'),
    bind: ({ statement }) => written.push(`bind ${statement}`),
    describe: () => written.push('describe'),
    execute: () => written.push('execute'),
    sync: () => written.push('sync'),
  };
}

/** The rows of one statement run by a OneSync on `connection`, fed `described` (if any) and `values`. */
function run(
  connection: ReturnType<typeof recordingConnection>,
  text: string,
  answer: { described?: { name: string; dataTypeID: number }[]; values: (string | null)[] },
) {
  connection.written.length = 0;
  const sent = new OneSync([{ text, params: [] }]);
  let rows: unknown;
  sent.callback = (error, results) => {
    if (error) throw error;
    rows = (results as { rows: unknown }[])[0]?.rows;
  };
  sent.submit(connection);
  if (answer.described)
    sent.handleRowDescription({ fields: answer.described.map((field) => ({ ...field, format: 'text' })) });
  sent.handleDataRow({ fields: answer.values });
  sent.handleCommandComplete();
  sent.handleReadyForQuery();
  return rows;
}

describe('the row descriptions of statements kept prepared (decision 0194)', () => {
  const keptPrepared = prepared('select $1::int as n, $2::text as word -- one-sync.test');
  const described = [
    { name: 'n', dataTypeID: 23 },
    { name: 'word', dataTypeID: 25 },
  ];

  it('are asked for on the first run on a connection only, and its rows then read as first described', () => {
    const connection = recordingConnection();
    assert.deepEqual(run(connection, keptPrepared, { described, values: ['1', 'one'] }), [
      { n: 1, word: 'one' },
    ]);
    assert.ok(connection.written.includes('describe'));
    for (const [n, word] of [
      ['2', 'two'],
      ['3', 'three'],
    ] as const) {
      assert.deepEqual(run(connection, keptPrepared, { values: [n, word] }), [{ n: Number(n), word }]);
      assert.deepEqual(connection.written.slice(1), ['execute', 'sync'], 'bound and executed, not described');
    }
  });

  it('are asked for again on another connection, where the statement was prepared apart', () => {
    run(recordingConnection(), keptPrepared, { described, values: ['1', 'one'] });
    const other = recordingConnection();
    assert.deepEqual(run(other, keptPrepared, { described, values: ['4', 'four'] }), [
      { n: 4, word: 'four' },
    ]);
    assert.ok(other.written.includes('describe'));
  });

  it('read rows as node-postgres does: a null as null, a column named twice as the later one', () => {
    const twice = [
      { name: 'n', dataTypeID: 23 },
      { name: 'n', dataTypeID: 25 },
      { name: 'day', dataTypeID: 1082 },
    ];
    assert.deepEqual(
      run(recordingConnection(), 'select 1 as n, $$x$$ as n, null::date as day', {
        described: twice,
        values: ['1', 'x', null],
      }),
      [{ n: 'x', day: null }],
    );
  });

  it('are asked for at every run of a statement not kept prepared', () => {
    const connection = recordingConnection();
    for (let time = 0; time < 2; time++) {
      assert.deepEqual(
        run(connection, 'select 1 as n', { described: [{ name: 'n', dataTypeID: 23 }], values: ['1'] }),
        [{ n: 1 }],
      );
      assert.deepEqual(connection.written, ['parse', 'bind ', 'describe', 'execute', 'sync']);
    }
  });
});
