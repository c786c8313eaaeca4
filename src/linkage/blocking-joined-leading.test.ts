import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { candidatePairs } from './blocking.ts';
import { personBlocking } from './blocking-rules.ts';
import { prepareRecord } from './record.ts';

/** Whether the two records, name and date of birth each, are made a candidate pair. */
const blocked = (a: readonly [string, string | null], b: readonly [string, string | null]): boolean => {
  const records = [a, b].map(([name, birth], i) => prepareRecord({ id: `r${i}`, name, birth }, i));
  return candidatePairs(records, personBlocking, { maxBlock: 1000 }).count === 1;
};

describe('blocking of a Malay name written joined, its leading word shortened or spelt otherwise (decision 0178)', () => {
  it('pairs Md written joined with Muhammad written apart, a year alone with a full date', () => {
    assert.ok(blocked(['Mdsyahmi', '1976'], ['MUHAMMAD SYAHMI BIN CHE MAT', '1976-08-21']));
    assert.ok(blocked(['Mdzulhilmi', '1978'], ['MUHAMMADZULHILMI BIN ABDUL RAHMAN', '1978-10-16']));
  });

  it('pairs Khairol and Khairul, joined or apart, the second word under another spelling, a year off', () => {
    assert.ok(blocked(['Khairolrizal', null], ['KHAIRUL RIZAL BIN ABDUL LATIF', '1970-02-10']));
    assert.ok(blocked(['Khairulfaisal', '1977'], ['KHAIRUL FAIZAL BIN UTHMAN', '1976-07-06']));
  });

  it('keeps apart a joined name and another person sharing only its leading word', () => {
    assert.ok(!blocked(['Mdsyahmi', '1976'], ['Muhammad Firdaus', '1990-01-02']));
    assert.ok(!blocked(['Khairulfaisal', '1977'], ['Khairul Anuar', '1990-03-04']));
  });
});
