import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { missing, personComparisons } from './comparisons.ts';
import { prepareRecord } from './record.ts';

const sexComparison = personComparisons.find((c) => c.field === 'sex');
const levelOf = (a: string, b: string) => {
  assert.ok(sexComparison);
  const level = sexComparison.compare(
    prepareRecord({ id: 'a', name: 'Siti Aminah', sex: a }, 0),
    prepareRecord({ id: 'b', name: 'Siti Aminah', sex: b }, 1),
  );
  return level === missing ? 'missing' : sexComparison.levels[level];
};

describe('a sex recorded as not known', () => {
  it('is compared as missing against a female or male record, never as a different sex', () => {
    assert.equal(levelOf('unknown', 'female'), 'missing');
    assert.equal(levelOf('Unknown', 'MALE'), 'missing');
    assert.equal(levelOf('U', 'F'), 'missing');
    assert.equal(levelOf('Tidak dicatat', 'Perempuan'), 'missing');
  });

  it('does not agree with another record whose sex was not recorded', () => {
    assert.equal(levelOf('unknown', 'unknown'), 'missing');
    assert.equal(levelOf('X', 'not known'), 'missing');
  });

  it('leaves a recorded sex compared by its first letter', () => {
    assert.equal(levelOf('female', 'F'), 'exact');
    assert.equal(levelOf('male', 'female'), 'different');
  });
});
