import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareNames } from './match.ts';
import { normalizeName } from './normalize.ts';
import { keySlip, neighbourKeys, oneSlipApart } from './slips.ts';

describe('one typing slip apart', () => {
  it('tells a letter changed, left out, added or two swapped', () => {
    const oneSlip: [string, string][] = [
      ['muhammad', 'muhammsd'],
      ['muhammad', 'muhmmad'],
      ['muhammad', 'muhammaad'],
      ['muhammad', 'muhamamd'],
      ['muhammad', 'umhammad'],
      ['', 'a'],
    ];
    for (const [a, b] of oneSlip) assert.ok(oneSlipApart(a, b) && oneSlipApart(b, a), `${a} / ${b}`);
  });

  it('does not call the same word, or two slips, one slip', () => {
    const notOne: [string, string][] = [
      ['muhammad', 'muhammad'],
      ['muhammad', 'muhmmd'],
      ['muhammad', 'mhumamad'],
      ['muhammad', 'muhammadaa'],
      ['', 'ab'],
    ];
    for (const [a, b] of notOne) assert.ok(!oneSlipApart(a, b), `${a} / ${b}`);
  });

  it('counts a swap as two slips when swaps are not asked for (Levenshtein distance)', () => {
    assert.ok(!oneSlipApart('muhamamd', 'muhammad', false));
    assert.ok(!oneSlipApart('19900512', '19900521', false));
    for (const [a, b] of [
      ['19900512', '19900513'],
      ['0512', '512'],
      ['12', '123'],
    ] as const)
      assert.ok(oneSlipApart(a, b, false) && oneSlipApart(b, a, false), `${a} / ${b}`);
  });
});

describe('one key struck for its neighbour (decision 0187)', () => {
  it('tells neighbouring keys: beside each other, or touching in the row above or below', () => {
    for (const pair of ['mn', 'sa', 'az', 'qa', 'gh', 'hb', 'ol'])
      assert.ok(neighbourKeys(pair.charAt(0), pair.charAt(1)), pair);
    for (const pair of ['mb', 'dz', 'jb', 'ap', 'aa', 'a1'])
      assert.ok(!neighbourKeys(pair.charAt(0), pair.charAt(1)), pair);
  });

  it('reads a word of four letters or more with one key slipped after the first as a slip', () => {
    const slips: [string, string][] = [
      ['hanh', 'hamh'],
      ['nhan', 'nhsn'],
      ['oanh', 'oznh'],
      ['sarijem', 'sqrijem'],
    ];
    for (const [a, b] of slips) assert.ok(keySlip(a, b) && keySlip(b, a), `${a} / ${b}`);
  });

  it('leaves a short word, the first letter, two slips and keys far apart alone', () => {
    const notSlips: [string, string][] = [
      ['lan', 'lam'],
      ['minh', 'ninh'],
      ['trang', 'trung'],
      ['hanh', 'hsmj'],
      ['hanh', 'hanh'],
      ['hanh', 'hanhs'],
    ];
    for (const [a, b] of notSlips) assert.ok(!keySlip(a, b), `${a} / ${b}`);
  });

  it('lets a name with one key slipped agree with the name (Hamh Thi Tran / Trần Thị Hạnh)', () => {
    const score = (a: string, b: string) => compareNames(normalizeName(a), normalizeName(b), 'pair').score;
    assert.ok(score('Hamh Thi Tran', 'Trần Thị Hạnh') > score('Hxnh Thi Tran', 'Trần Thị Hạnh'));
    assert.ok(score('Hamh Thi Tran', 'Trần Thị Hạnh') >= 0.85);
  });
});
