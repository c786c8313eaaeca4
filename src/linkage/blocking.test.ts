import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blockCap, candidatePairs, personBlocking, tokenYearMaxBlock, tokenYearRule } from './blocking.ts';
import { blockMates, LinkageIndex } from './incremental.ts';
import type { LinkageModel } from './model.ts';
import { personBlockCap, personBlockKeys } from './persons.ts';
import { type PreparedRecord, prepareRecord } from './record.ts';

const [tokenPairs, tokenYear] = personBlocking as [
  (typeof personBlocking)[number],
  (typeof personBlocking)[number],
];
const keysOf = (rule: typeof tokenPairs, name: string, birth: string | null) =>
  rule.keys(prepareRecord({ id: 'x', name, birth }, 0));

describe('blocking of very common names', () => {
  it('blocks a pair of common tokens, or one very common, together with the year of birth', () => {
    assert.deepEqual(keysOf(tokenPairs, 'Nguyen Thi Hoa', '1990-04-02'), [
      '~nguyen|~ti@1990',
      '~hoa|~nguyen@1990',
      '~hoa|~ti@1990',
    ]);
    // Without a date, the plain keys: blocks of the records that have none.
    assert.deepEqual(keysOf(tokenPairs, 'Nguyen Thi Hoa', null), ['~nguyen|~ti', '~hoa|~nguyen', '~hoa|~ti']);
  });

  it('blocks a pair of rarer tokens without the year, as before', () => {
    const keys = keysOf(tokenPairs, 'Kaisuran Pravatsak', '1990-04-02');
    assert.ok(keys.length > 0);
    assert.ok(
      keys.every((k) => !k.includes('@')),
      keys.join(),
    );
  });

  it('keeps every token, common ones too, in the name token and year blocks', () => {
    assert.deepEqual(keysOf(tokenYear, 'Nguyen Thi Hoa', '1990-04-02'), [
      '~nguyen@1990',
      '~ti@1990',
      '~hoa@1990',
      // The words joined (decision 0081): blocks of their own, of the few who write them so.
      '~nguyenti@1990',
      '~nguyentihoa@1990',
      '~tihoa@1990',
    ]);
  });

  it('blocks words written apart with the same words written as one (Thi Da / Thida)', () => {
    const spaced = keysOf(tokenYear, 'Thi Da Win', '1990-04-02');
    for (const joined of ['Thida Win', 'Thida'])
      assert.ok(
        keysOf(tokenYear, joined, '1990-04-02').some((key) => spaced.includes(key) && key !== '~vin@1990'),
        joined,
      );
  });
});

describe('a rule’s own block cap', () => {
  // 250 different persons sharing a rare token and the year: one "token + year" block of 250.
  const records = Array.from({ length: 250 }, (_, i) =>
    prepareRecord(
      {
        id: `r${i}`,
        name: `Zabaruddin ${syllables(i)}`,
        birth: `1970-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`,
      },
      i,
    ),
  );
  const yearOnly = [tokenYearRule];

  it('leaves out a block over the rule’s cap, and keeps it under the linkage’s larger one', () => {
    assert.equal(tokenYearRule.maxBlock, tokenYearMaxBlock);
    assert.equal(candidatePairs(records, yearOnly, { maxBlock: 1000 }).count, 0);
    assert.equal(candidatePairs(records, yearOnly, { maxBlock: 1000 }).droppedBlocks, 1);
    const uncapped = [{ ...tokenYearRule, maxBlock: 300 }];
    assert.equal(candidatePairs(records, uncapped, { maxBlock: 1000 }).count, (250 * 249) / 2);
    // The linkage's cap still binds when smaller than the rule's.
    assert.equal(candidatePairs(records, uncapped, { maxBlock: 100 }).count, 0);
    assert.equal(blockCap(tokenYearRule, 100), 100);
  });

  it('is kept by the incremental index and by the stored keys, as by the batch', () => {
    const batch = candidatePairs(records, personBlocking, { maxBlock: 1000 });
    const index = new LinkageIndex({} as LinkageModel, personBlocking, 1000);
    for (const record of records) index.add(record);
    let fromIndex = 0;
    for (const record of records) fromIndex += index.candidates(record).length - 1;
    assert.equal(fromIndex, 2 * batch.count);
    const mates = blockMates(records, (r) => r.index === 0, personBlocking, 1000);
    assert.equal(
      (mates.get(records[0] as PreparedRecord) ?? []).length,
      index.candidates(records[0] as PreparedRecord).length,
    );
    const stored = personBlockKeys(records[0] as PreparedRecord);
    const yearKey = stored.find((key) => key.startsWith(`${personBlocking.indexOf(tokenYearRule)}/`));
    assert.ok(yearKey, stored.join());
    assert.equal(personBlockCap(yearKey, 1000), tokenYearMaxBlock);
    assert.equal(personBlockCap(stored.find((key) => key.startsWith('0/')) as string, 1000), 1000);
  });
});

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A made-up word per number (no two alike), so that only the shared token blocks the records together. */
function syllables(n: number): string {
  const parts = ['ka', 'lo', 'mi', 'ne', 'pu', 'ra', 'si', 'to', 'wu', 'ze'];
  let word = '';
  for (let x = n + 100; x > 0; x = Math.floor(x / 10)) word += parts[x % 10];
  return `B${word}`;
}
