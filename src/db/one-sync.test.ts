import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OneSync } from './one-sync.ts';

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
    sent.handleCommandComplete({ text: 'SELECT 0' });
    sent.handleReadyForQuery();
    sent.handleError(new Error('Connection terminated unexpectedly'));
    assert.deepEqual(
      answers.map(({ error, results }) => [error, (results as unknown[]).length]),
      [[null, 1]],
    );
  });
});
