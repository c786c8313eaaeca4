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

describe('a sex written in a language of the region', () => {
  it('agrees with the same sex written in English or as a letter', () => {
    assert.equal(levelOf('Perempuan', 'F'), 'exact');
    assert.equal(levelOf('LELAKI', 'male'), 'exact');
    assert.equal(levelOf('Laki-laki', 'M'), 'exact');
    assert.equal(levelOf('L', 'Pria'), 'exact');
    assert.equal(levelOf('P', 'Wanita'), 'exact');
    assert.equal(levelOf('Nữ', 'female'), 'exact');
    assert.equal(levelOf('Nam', 'male'), 'exact');
    assert.equal(levelOf('หญิง', 'F'), 'exact');
    assert.equal(levelOf('ប្រុស', 'M'), 'exact');
    assert.equal(levelOf('ကျား', 'male'), 'exact');
    assert.equal(levelOf('2', 'female'), 'exact');
  });

  it('disagrees with the other sex however each is written', () => {
    assert.equal(levelOf('Perempuan', 'male'), 'different');
    assert.equal(levelOf('Nam', 'Nữ'), 'different');
    assert.equal(levelOf('1', '2'), 'different');
  });
});
