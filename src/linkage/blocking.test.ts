import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CandidatePairs, candidatePairs } from './blocking.ts';
import {
  blockCap,
  datelessCommonPairRule,
  datelessNameMaxBlock,
  datelessNameRule,
  datelessOneLetterOffRule,
  oneLetterOffMaxBlock,
  oneLetterOffYearRule,
  personBlocking,
  tokenYearMaxBlock,
  tokenYearRule,
  yearOffRule,
  yearOffTwoLetterSoundRule,
} from './blocking-rules.ts';
import { blockMates, LinkageIndex } from './incremental.ts';
import type { LinkageModel } from './model.ts';
import { personBlockAdmits, personBlockCap, personBlockKeys } from './persons.ts';
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

/** The candidate pairs of these names and dates, each pair as its two names and dates, sorted. */
function pairsOf(people: readonly (readonly [name: string, birth: string | null])[]): string[] {
  const records = people.map(([name, birth], i) => prepareRecord({ id: `r${i}`, name, birth }, i));
  const pairs = candidatePairs(records, personBlocking, { maxBlock: 1000 });
  const shown = (i: number) => `${people[i]?.[0]} (${people[i]?.[1] ?? 'no date'})`;
  return Array.from({ length: pairs.count }, (_, p) =>
    [shown(pairs.left[p] as number), shown(pairs.right[p] as number)].sort().join(' / '),
  ).sort();
}

describe('blocking of a year known alone, a year off (decision 0104)', () => {
  it('meets a full date and another year alone one year apart, on a one-word name', () => {
    assert.deepEqual(
      pairsOf([
        ['Pravatsak', '1990'],
        ['Pravatsak', '1991-05-06'],
        ['Pravatsak', '1989-01-01'],
      ]),
      ['Pravatsak (1989-01-01) / Pravatsak (1990)', 'Pravatsak (1990) / Pravatsak (1991-05-06)'],
    );
  });

  it('keeps two full dates a year apart, and a year alone two years from a date, apart', () => {
    assert.deepEqual(
      pairsOf([
        ['Pravatsak', '1990-03-04'],
        ['Pravatsak', '1991-05-06'],
        ['Pravatsak', '1993'],
      ]),
      [],
    );
  });

  it('blocks only the rarer tokens and joined words of a year alone with the years beside it', () => {
    const keys = keysOf(yearOffRule, 'Nguyen Thi Hoa', '1990');
    assert.ok(keys.includes('~hoa@1989') && keys.includes('~hoa@1991') && keys.includes('~tihoa@1991'));
    assert.ok(!keys.some((k) => k.startsWith('~nguyen@')), keys.join());
    assert.deepEqual(keysOf(yearOffRule, 'Nguyen Thi Hoa', '1990-04-02'), [
      '~hoa@1990',
      '~nguyenti@1990',
      '~nguyentihoa@1990',
      '~tihoa@1990',
    ]);
    // The year's own blocks are as they were.
    assert.ok(!keysOf(tokenYear, 'Nguyen Thi Hoa', '1990').some((k) => !k.endsWith('@1990')));
  });
});

describe('blocking of a record without a date (decision 0104)', () => {
  it('meets the same one-word name with any date, and the own name written as one word', () => {
    assert.deepEqual(
      pairsOf([
        ['Sunarti', null],
        ['Sunarti', '1990-04-02'],
        ['Nurhaliza', null],
        ['Nur Haliza binti Ahmad', '1985-03-04'],
        ['SUNARTI SUNARTI', '1970-08-09'],
      ]),
      [
        'Nur Haliza binti Ahmad (1985-03-04) / Nurhaliza (no date)',
        'SUNARTI SUNARTI (1970-08-09) / Sunarti (no date)',
        'Sunarti (1990-04-02) / Sunarti (no date)',
      ],
    );
  });

  it('never pairs two records with dates through those blocks', () => {
    const [a, b] = ['Sunarti', 'Sunarti'].map((name, i) =>
      prepareRecord({ id: `r${i}`, name, birth: i === 0 ? '1990-04-02' : '1970-08-09' }, i),
    ) as [PreparedRecord, PreparedRecord];
    assert.deepEqual(datelessNameRule.keys(a), datelessNameRule.keys(b));
    assert.equal(candidatePairs([a, b], personBlocking, { maxBlock: 1000 }).count, 0);
    const index = new LinkageIndex({} as LinkageModel, personBlocking, 1000);
    index.add(a);
    assert.deepEqual(index.candidates(b), []);
    const key = personBlockKeys(a).find((k) => k.startsWith(`${personBlocking.indexOf(datelessNameRule)}/`));
    assert.ok(key && personBlockKeys(b).includes(key));
    assert.equal(personBlockAdmits(key)(a, b), false);
    const dateless = prepareRecord({ id: 'r2', name: 'Sunarti', birth: null }, 2);
    assert.equal(personBlockAdmits(key)(a, dateless), true);
  });

  it('leaves a common token out, a key of one letter, and a block over its cap', () => {
    assert.deepEqual(
      datelessNameRule.keys(prepareRecord({ id: 'x', name: 'x'.repeat(10_000), birth: null }, 0)),
      [],
    );
    assert.deepEqual(datelessNameRule.keys(prepareRecord({ id: 'x', name: 'Nguyen Thi', birth: null }, 0)), [
      '~nguyenti',
    ]);
    const many = Array.from({ length: datelessNameMaxBlock + 1 }, (_, i) =>
      prepareRecord({ id: `r${i}`, name: 'Sunarti', birth: i === 0 ? null : `19${50 + i}-02-03` }, i),
    );
    assert.equal(candidatePairs(many, [datelessNameRule], { maxBlock: 1000 }).count, 0);
    assert.equal(
      candidatePairs(many.slice(0, -1), [datelessNameRule], { maxBlock: 1000 }).count,
      datelessNameMaxBlock - 1,
    );
  });

  it('is met alike by the batch, the incremental index and the stored keys', () => {
    const people = [
      ['Sunarti', null],
      ['Sunarti', '1990-04-02'],
      ['Sunarti', '1975-06-07'],
      ['Nurhaliza', null],
      ['Nur Haliza binti Ahmad', '1985-03-04'],
      ['Pravatsak', '1990'],
      ['Pravatsak', '1991-05-06'],
      ['Pravatsak', '1989-05-06'],
      // Met by their sound (decision 0173).
      ['Darsono', null],
      ['DARSANA', '1985-01-04'],
      ['SARTI', '1981'],
      ['Sarati', '1981-10-25'],
    ] as const;
    const records = people.map(([name, birth], i) => prepareRecord({ id: `r${i}`, name, birth }, i));
    const batch = candidatePairs(records, personBlocking, { maxBlock: 1000 });
    const expected = records.map((record) =>
      records
        .filter((other) =>
          Array.from({ length: batch.count }).some(
            (_, p) =>
              (batch.left[p] === record.index && batch.right[p] === other.index) ||
              (batch.right[p] === record.index && batch.left[p] === other.index),
          ),
        )
        .map((other) => other.index),
    );
    const index = new LinkageIndex({} as LinkageModel, personBlocking, 1000);
    for (const record of records) index.add(record);
    const mates = blockMates(records, () => true, personBlocking, 1000);
    const stored = records.map((record) => personBlockKeys(record));
    for (const record of records) {
      const others = (found: readonly PreparedRecord[]) =>
        found
          .filter((other) => other !== record)
          .map((other) => other.index)
          .sort();
      assert.deepEqual(others(index.candidates(record)), expected[record.index], record.record.name ?? '');
      assert.deepEqual(others(mates.get(record) ?? []), expected[record.index], record.record.name ?? '');
      // Through the stored keys (stored-match.ts): a key in common whose rule makes the pair.
      const throughStored = records.filter((other) =>
        (stored[record.index] ?? []).some(
          (key) =>
            other !== record &&
            (stored[other.index] ?? []).includes(key) &&
            personBlockAdmits(key)(record, other),
        ),
      );
      assert.deepEqual(others(throughStored), expected[record.index], record.record.name ?? '');
    }
    // The new blocks' pairs are among them: the dateless Sunarti with both dated ones, Nurhaliza with Nur Haliza.
    assert.deepEqual(expected[0], [1, 2]);
    assert.deepEqual(expected[3], [4]);
    assert.deepEqual(expected[5], [6, 7]);
    assert.deepEqual(expected[8], [9]);
    assert.deepEqual(expected[10], [11]);
    assert.deepEqual(expected[1], [0]);
  });
});

describe('blocking of a name word one letter off (decision 0148)', () => {
  const without = (rule: (typeof personBlocking)[number]) => personBlocking.filter((r) => r !== rule);
  const recordsOf = (people: readonly (readonly [string, string | null])[]) =>
    people.map(([name, birth], i) => prepareRecord({ id: `r${i}`, name, birth }, i));

  it('meets a one-word name with a letter changed, left out or two swapped, born the same year', () => {
    const people = [
      ['Rashdan', '2001-09-15'],
      ['RASHDSN', '2001-01-01'],
      ['Wartini', '1974-05-09'],
      ['Wartii', '1974-05-30'],
      ['Sumarni', '1987'],
      ['Sumanri', '1987-03-23'],
    ] as const;
    assert.deepEqual(pairsOf(people), [
      'RASHDSN (2001-01-01) / Rashdan (2001-09-15)',
      'Sumanri (1987-03-23) / Sumarni (1987)',
      'Wartii (1974-05-30) / Wartini (1974-05-09)',
    ]);
    // The rule's own pairs: no other rule brings these together.
    const records = recordsOf(people);
    assert.equal(candidatePairs(records, without(oneLetterOffYearRule), { maxBlock: 1000 }).count, 0);
  });

  it('keeps one letter off apart in other years, and words of five letters or fewer', () => {
    assert.deepEqual(
      pairsOf([
        ['Rashdan', '2001-09-15'],
        ['RASHDSN', '1998-09-16'],
        ['Selamat', '2003-03-04'],
        ['Warsa', '1990-02-03'],
        ['Warta', '1990-07-08'],
      ]),
      [],
    );
  });

  it('meets a record without a date and a record with one, a word one letter off, whatever the year', () => {
    const people = [
      ['Nur Sruaya', null],
      ['Nor Suraya', '1992-06-06'],
      ['Pravatsak', null],
      ['Pravatsal', '1970-01-02'],
    ] as const;
    assert.deepEqual(pairsOf(people), [
      'Nor Suraya (1992-06-06) / Nur Sruaya (no date)',
      'Pravatsak (no date) / Pravatsal (1970-01-02)',
    ]);
    const records = recordsOf(people);
    assert.equal(candidatePairs(records, without(datelessOneLetterOffRule), { maxBlock: 1000 }).count, 0);
  });

  it('never pairs two records with dates through the blocks without a year', () => {
    assert.deepEqual(
      pairsOf([
        ['Pravatsak', '1990-04-02'],
        ['Pravatsal', '1970-08-09'],
      ]),
      [],
    );
  });

  it('gives no keys to a name of more than two such words, nor without a date of more than one', () => {
    const keysOf = (name: string) => {
      const record = prepareRecord({ id: 'x', name, birth: '1990-04-02' }, 0);
      return [oneLetterOffYearRule.keys(record).length, datelessOneLetterOffRule.keys(record).length];
    };
    assert.deepEqual(keysOf('Kaisuran Pravatsak Wongtanom'), [0, 0]);
    const [withYear, dateless] = keysOf('Kaisuran Pravatsak');
    assert.ok((withYear as number) > 0);
    assert.equal(dateless, 0);
  });

  it('leaves out a block over its cap, in either rule', () => {
    const pairsWithFirst = (pairs: CandidatePairs) =>
      Array.from({ length: pairs.count }).filter((_, p) => pairs.left[p] === 0 || pairs.right[p] === 0)
        .length;
    const crowd = (birth: (i: number) => string | null) =>
      Array.from({ length: oneLetterOffMaxBlock + 1 }, (_, i) =>
        prepareRecord({ id: `r${i}`, name: i === 0 ? 'Rashdsn' : `Rashdan`, birth: birth(i) }, i),
      );
    const sameYear = crowd((i) => `2001-0${1 + (i % 9)}-1${i % 10}`);
    const dateless = crowd((i) => (i === 0 ? null : `${1950 + i}-02-03`));
    for (const [rule, records] of [
      [oneLetterOffYearRule, sameYear],
      [datelessOneLetterOffRule, dateless],
    ] as const) {
      // Rashdsn meets the others only in the block of "rashdn", which holds them all.
      assert.equal(pairsWithFirst(candidatePairs(records, [rule], { maxBlock: 1000 })), 0, rule.name);
      const fewer = candidatePairs(records.slice(0, -1), [rule], { maxBlock: 1000 });
      assert.equal(pairsWithFirst(fewer), oneLetterOffMaxBlock - 1, rule.name);
    }
  });
});

describe('blocking of a rarer name word by its sound (decision 0173)', () => {
  it('meets a record without a date and a dated one whose rarer word sounds alike, whatever the year', () => {
    assert.deepEqual(
      pairsOf([
        ['Darsono', null],
        ['DARSANA', '1985-01-04'],
        ['Pragash', null],
        ['PRAKASH A/L RAJENDRAN', '1980-11-12'],
        ['Selvie', null],
        ['SELVI D/O PALANIAPPAN', '1992-06-07'],
      ]),
      [
        'DARSANA (1985-01-04) / Darsono (no date)',
        'PRAKASH A/L RAJENDRAN (1980-11-12) / Pragash (no date)',
        'SELVI D/O PALANIAPPAN (1992-06-07) / Selvie (no date)',
      ],
    );
  });

  it('meets a year alone and a date in that year or the next, a vowel apart', () => {
    assert.deepEqual(
      pairsOf([
        ['Firdous', '1983'],
        ['Firdaus bin Hamzah', '1982-06-13'],
        ['SARTI', '1981'],
        ['Sarati', '1981-10-25'],
        ['Yatudn', '1978'],
        ['YATUDIN', '1977-05-20'],
      ]),
      [
        'Firdaus bin Hamzah (1982-06-13) / Firdous (1983)',
        'SARTI (1981) / Sarati (1981-10-25)',
        'YATUDIN (1977-05-20) / Yatudn (1978)',
      ],
    );
  });

  it('keeps two full dates a year apart apart', () => {
    assert.deepEqual(
      pairsOf([
        ['Darsono', '1986-02-02'],
        ['DARSANA', '1985-01-04'],
      ]),
      [],
    );
  });

  it('keys the rarer words only, by codes of three letters or more', () => {
    const soundKeys = (name: string) =>
      datelessNameRule
        .keys(prepareRecord({ id: 'x', name, birth: null }, 0))
        .filter((key) => key.startsWith('#'));
    // Siti codes ST, and is common; Rani codes RN, shared by too many names.
    assert.deepEqual(soundKeys('Siti Darsono'), ['#TRSN']);
    assert.deepEqual(soundKeys('Rani'), []);
  });
});

describe('blocking of a record without a date by its common pairs of name words (decision 0176)', () => {
  it('meets a record without a date and a dated one sharing two common words, whatever the year', () => {
    assert.deepEqual(
      pairsOf([
        ['Nguyen Nam', null],
        ['NGUYEN, MINH NAM', '1974-02-19'],
        ['Bui Thi Nhan', null],
        ['BUI THI NHNA', '1985-12-19'],
        ['Duy Nguyễn', null],
        ['Nguyễn Hữu Duy', '1989-04-26'],
      ]),
      [
        'BUI THI NHNA (1985-12-19) / Bui Thi Nhan (no date)',
        'Duy Nguyễn (no date) / Nguyễn Hữu Duy (1989-04-26)',
        'NGUYEN, MINH NAM (1974-02-19) / Nguyen Nam (no date)',
      ],
    );
  });

  it('keeps two dated records sharing two common words in different years apart', () => {
    assert.deepEqual(
      pairsOf([
        ['Nguyen Van Nam', '1974-02-19'],
        ['Nguyen Van Nam', '1990-07-01'],
      ]),
      [],
    );
  });

  it('keys the common pairs only, without the year', () => {
    const keys = (name: string, birth: string | null) =>
      datelessCommonPairRule.keys(prepareRecord({ id: 'x', name, birth }, 0));
    assert.deepEqual(keys('Nguyen Nam', '1974-02-19'), keys('Nguyen Nam', null));
    assert.notDeepEqual(keys('Nguyen Nam', null), []);
    // Darsono and Wibowo are rarer words: "two name tokens" already meets them without the year.
    assert.deepEqual(keys('Darsono Wibowo', null), []);
  });

  it('leaves out a block of more persons than a dateless record can be told among', () => {
    const records = [
      prepareRecord({ id: 'dateless', name: 'Nguyen Nam', birth: null }, 0),
      ...Array.from({ length: datelessNameMaxBlock }, (_, i) =>
        prepareRecord({ id: `r${i}`, name: 'Nguyen Nam', birth: `${1950 + i}-03-04` }, i + 1),
      ),
    ];
    assert.equal(datelessCommonPairRule.maxBlock, datelessNameMaxBlock);
    assert.equal(candidatePairs(records, [datelessCommonPairRule], { maxBlock: 1000 }).count, 0);
    assert.equal(
      candidatePairs(records.slice(0, datelessNameMaxBlock), [datelessCommonPairRule], { maxBlock: 1000 })
        .count,
      datelessNameMaxBlock - 1,
    );
  });
});

describe('blocking of a year alone a year off by a code of two (decision 0176)', () => {
  it('meets a year alone and a date a year off whose rarer word sounds the same by a code of two', () => {
    assert.deepEqual(
      pairsOf([
        ['Lyana', '1990'],
        ['LIANA', '1989-04-02'],
        ['Ahmad Wibawa', '1992'],
        ['Ahmad Wibowo', '1991-10-19'],
      ]),
      ['Ahmad Wibawa (1992) / Ahmad Wibowo (1991-10-19)', 'LIANA (1989-04-02) / Lyana (1990)'],
    );
  });

  it('keeps two full dates a year apart apart, and a code of two without a date', () => {
    assert.deepEqual(
      pairsOf([
        ['Sqrijem', '1973-02-02'],
        ['SARIJEM', '1974-03-21'],
        ['Lyana', '1990-05-05'],
        ['LIANA', '1989-04-02'],
      ]),
      [],
    );
    assert.deepEqual(
      pairsOf([
        ['Lyana', null],
        ['LIANA', '1989-04-02'],
      ]),
      [],
    );
  });

  it('leaves out a block of a code of two held by more than a few records', () => {
    const liana = (i: number) =>
      prepareRecord({ id: `r${i}`, name: 'Liana', birth: `1989-04-${pad(1 + i)}` }, i);
    const records = [
      prepareRecord({ id: 'alone', name: 'Lyana', birth: '1990' }, 0),
      ...Array.from({ length: 8 }, (_, i) => liana(i + 1)),
    ];
    const twoLetters = [yearOffTwoLetterSoundRule];
    assert.equal(candidatePairs(records.slice(0, 8), twoLetters, { maxBlock: 1000 }).count, 7);
    assert.equal(candidatePairs(records, twoLetters, { maxBlock: 1000 }).count, 0);
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

describe('candidate pairs told as they are made', () => {
  it('tells every pair once, in order, a whole chunk at a time', () => {
    const names = ['Nguyen Van Nam', 'Nguyen Van Minh', 'Nguyen Thi Lan', 'Tran Van Nam', 'Siti Aminah'];
    const records = Array.from({ length: 60 }, (_, i) =>
      prepareRecord({ id: `r${i}`, name: names[i % names.length] as string, birth: `19${80 + (i % 3)}` }, i),
    );
    const told: [number, number][] = [];
    const toldLeft: number[] = [];
    const pairs = candidatePairs(records, personBlocking, {
      maxBlock: 1000,
      made: {
        every: 7,
        pairs: (left, right, from, to) => {
          told.push([from, to]);
          toldLeft.push(...left.subarray(from, to));
          assert.equal(right.subarray(from, to).length, to - from);
        },
      },
    });
    assert.ok(pairs.count > 50);
    assert.deepEqual(
      told,
      Array.from({ length: Math.floor(pairs.count / 7) }, (_, c) => [c * 7, c * 7 + 7]),
    );
    assert.deepEqual(toldLeft, [...pairs.left.subarray(0, toldLeft.length)]);
  });
});
