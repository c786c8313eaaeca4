import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseBirth } from './birth-text.ts';
import type { PairScore } from './model.ts';
import { namesakeShares, sharedScore } from './namesake-shares.ts';

/** A candidate: its person (the same letter is one person), its date of birth and probability. */
interface Stub {
  readonly person: string;
  readonly birth: string | null;
  readonly probability: number;
}

const reading = {
  probabilityOf: (c: Stub) => c.probability,
  recordOf: (c: Stub) => ({ birth: c.birth === null ? undefined : parseBirth(c.birth) }),
  samePerson: (a: Stub, b: Stub) => a.person === b.person,
};
const dateless = { birth: undefined };
const shares = (matched: { birth: ReturnType<typeof parseBirth> }, candidates: Stub[]) =>
  namesakeShares(matched, candidates, reading, 0.5);

describe('a person matched without a full date is one person at most (decision 0160)', () => {
  it('shares two likely namesakes kept apart by their dates: equal, both below the threshold', () => {
    const [first, second] = shares(dateless, [
      { person: 'a', birth: '1990-03-02', probability: 0.8 },
      { person: 'b', birth: '1985-11-20', probability: 0.8 },
    ]);
    // Odds 4 each over 1 + 4 + 4.
    assert.ok(Math.abs((first as number) - 4 / 9) < 1e-12, String(first));
    assert.equal(first, second);
  });

  it('leaves the candidates of a person matched with a full date as they are', () => {
    const candidates = [
      { person: 'a', birth: '1990-03-02', probability: 0.8 },
      { person: 'b', birth: '1985-11-20', probability: 0.8 },
    ];
    assert.deepEqual(shares({ birth: parseBirth('1990-03-02') }, candidates), [0.8, 0.8]);
  });

  it('reads a year alone as no full date', () => {
    const [first] = shares({ birth: parseBirth('1990') }, [
      { person: 'a', birth: '1990-03-02', probability: 0.8 },
      { person: 'b', birth: '1990-11-20', probability: 0.8 },
    ]);
    assert.ok((first as number) < 0.5);
  });

  it('reads a year alone as a person when the matched person has no date at all (decision 0172)', () => {
    const [first, second] = shares(dateless, [
      { person: 'a', birth: '1974', probability: 0.8 },
      { person: 'b', birth: '1987-01-01', probability: 0.8 },
    ]);
    assert.ok(Math.abs((first as number) - 4 / 9) < 1e-12, String(first));
    assert.equal(first, second);
    const ofOne = shares(dateless, [
      { person: 'a', birth: '1974', probability: 0.8 },
      { person: 'a', birth: '1974-05-06', probability: 0.8 },
    ]);
    assert.deepEqual(ofOne, [0.8, 0.8]);
  });

  it('leaves two records of one person alone, and raises none without a floor below the threshold', () => {
    const candidates = [
      { person: 'a', birth: '1990-03-02', probability: 0.9 },
      { person: 'a', birth: '1990-03-02', probability: 0.7 },
      { person: 'b', birth: '1985-11-20', probability: 0.3 },
      { person: 'c', birth: null, probability: 0.9 },
    ];
    assert.deepEqual(shares(dateless, candidates), [0.9, 0.7, 0.3, 0.9]);
  });

  it("shares by a person's strongest link: the one agreeing far better keeps most", () => {
    const result = shares(dateless, [
      { person: 'a', birth: '1990-03-02', probability: 0.999 },
      { person: 'a', birth: '1990-03-02', probability: 0.6 },
      { person: 'b', birth: '1985-11-20', probability: 0.6 },
    ]);
    assert.ok((result[0] as number) > 0.99 && (result[1] as number) === 0.6, String(result));
    assert.ok((result[2] as number) < 0.01, String(result));
  });

  /** The reading with the model's probability for two candidates: 0.9 for one person's, 0.05 otherwise. */
  const raising = { ...reading, pairProbability: (a: Stub, b: Stub) => (a.person === b.person ? 0.9 : 0.05) };

  it('raises a weak candidate of a likely person through it: its share times the two being one (decision 0169)', () => {
    const candidates = [
      { person: 'a', birth: '1990-03-02', probability: 0.9 },
      { person: 'a', birth: '1990-03-02', probability: 0.2 },
      { person: 'b', birth: '1985-11-20', probability: 0.3 },
      { person: 'a', birth: '1990-03-02', probability: 0.0001 },
      { person: 'a', birth: null, probability: 0.2 },
    ];
    // Not another person's, nor one with evidence against one person (below the floor), nor a dateless one.
    const result = namesakeShares(dateless, candidates, raising, 0.5, 0.001);
    assert.ok(Math.abs((result[1] as number) - 0.81) < 1e-12, String(result));
    assert.deepEqual([result[0], ...result.slice(2)], [0.9, 0.3, 0.0001, 0.2]);
  });

  it("raises no weak candidate without the model's probability for two candidates", () => {
    const candidates = [
      { person: 'a', birth: '1990-03-02', probability: 0.9 },
      { person: 'a', birth: '1990-03-02', probability: 0.2 },
    ];
    assert.deepEqual(namesakeShares(dateless, candidates, reading, 0.5, 0.001), [0.9, 0.2]);
  });

  it("raises a weak candidate only within its person's share: a dateless common name links to no namesake", () => {
    const [first, second, weak] = namesakeShares(
      dateless,
      [
        { person: 'a', birth: '1990-03-02', probability: 0.8 },
        { person: 'b', birth: '1985-11-20', probability: 0.8 },
        { person: 'a', birth: '1990-03-02', probability: 0.1 },
      ],
      raising,
      0.5,
      0.001,
    );
    assert.ok(Math.abs((first as number) - 4 / 9) < 1e-12, String(first));
    assert.equal(second, first);
    assert.ok(Math.abs((weak as number) - 0.9 * (4 / 9)) < 1e-12, String(weak));
  });
});

describe('a person matched without any date among dateless namesakes (decision 0193)', () => {
  /** The product's reading: dateless candidates from the review floor up. */
  const fromFloor = { ...reading, datelessFrom: 0.05 };
  const odds = (p: number) => p / (1 - p);
  const namesakes = (count: number, probability: number): Stub[] =>
    Array.from({ length: count }, (_, i) => ({ person: `namesake ${i}`, birth: null, probability }));

  it('shares among many dateless namesakes, each a person of its own: every pair falls below the review floor', () => {
    const result = namesakeShares(dateless, namesakes(567, 0.175), fromFloor, 0.5);
    const share = odds(0.175) / (1 + 567 * odds(0.175));
    assert.ok(
      result.every((p) => Math.abs(p - share) < 1e-12 && p < 0.05),
      String(result[0]),
    );
  });

  it('keeps the pair of a dateless namesake alone: one person read, nothing to share with', () => {
    assert.deepEqual(namesakeShares(dateless, namesakes(1, 0.175), fromFloor, 0.5), [0.175]);
  });

  it('reads dateless candidates the model links to each other as one person: a rare name keeps its pairs', () => {
    const candidates = [
      { person: 'a', birth: null, probability: 0.4 },
      { person: 'a', birth: null, probability: 0.3 },
    ];
    assert.deepEqual(namesakeShares(dateless, candidates, fromFloor, 0.5), [0.4, 0.3]);
  });

  it('shares among dated and dateless persons alike: a likely dated person keeps most, two dateless namesakes little', () => {
    const result = namesakeShares(
      dateless,
      [
        { person: 'a', birth: '1990-03-02', probability: 0.8 },
        { person: 'b', birth: null, probability: 0.3 },
        { person: 'c', birth: null, probability: 0.3 },
        { person: 'd', birth: '1985-11-20', probability: 0.3 },
        { person: 'e', birth: null, probability: 0.04 },
      ],
      fromFloor,
      0.5,
    );
    // Odds 4, 3/7 and 3/7 over one plus them all; a weak dated one and one below the floor are not read.
    const all = 1 + 4 + 6 / 7;
    assert.ok(Math.abs((result[0] as number) - 4 / all) < 1e-12, String(result));
    assert.ok(Math.abs((result[1] as number) - 3 / 7 / all) < 1e-12, String(result));
    assert.deepEqual(result.slice(3), [0.3, 0.04]);
  });

  it('asks once whether two candidates of one profile are one person, however many bear it', () => {
    let asked = 0;
    const result = namesakeShares(
      dateless,
      namesakes(50, 0.2),
      {
        ...fromFloor,
        samePerson: () => {
          asked++;
          return false;
        },
        profileOf: () => 'Rizal Omar, no date, MY',
      },
      0.5,
    );
    assert.equal(asked, 1);
    assert.ok(Math.abs((result[0] as number) - odds(0.2) / (1 + 50 * odds(0.2))) < 1e-12, String(result));
  });

  it('never makes two persons their dates keep apart one through a dateless namesake the model links to both', () => {
    const linkedTo = (a: Stub, b: Stub) => a.person === b.person || [a.person, b.person].includes('either');
    const result = namesakeShares(
      dateless,
      [
        { person: 'either', birth: null, probability: 0.8 },
        { person: 'a', birth: '1990-03-02', probability: 0.8 },
        { person: 'b', birth: '1985-11-20', probability: 0.8 },
      ],
      { ...fromFloor, samePerson: linkedTo },
      0.5,
    );
    // Two persons, a (with the dateless one, the first it is linked to) and b: odds 4 each over 1 + 4 + 4.
    assert.ok(
      result.every((p) => Math.abs(p - 4 / 9) < 1e-12),
      String(result),
    );
  });

  it('reads no dateless candidate for a person with a year, nor without the reading (the batch, LinkageIndex)', () => {
    const candidates = namesakes(20, 0.3);
    assert.deepEqual(
      namesakeShares({ birth: parseBirth('1990') }, candidates, fromFloor, 0.5),
      candidates.map(() => 0.3),
    );
    assert.deepEqual(
      namesakeShares(dateless, candidates, reading, 0.5),
      candidates.map(() => 0.3),
    );
  });

  it('never asks whether two candidates are one person of a candidate the model can link to none', () => {
    const asked: string[] = [];
    const bounded = {
      ...fromFloor,
      samePerson: (a: Stub, b: Stub) => {
        asked.push(`${a.person}/${b.person}`);
        return a.person === b.person;
      },
      mayLink: (c: Stub) => c.person !== 'common',
    };
    const result = namesakeShares(
      dateless,
      [
        ...Array.from({ length: 50 }, () => ({ person: 'common', birth: null, probability: 0.2 })),
        { person: 'rare', birth: null, probability: 0.2 },
        { person: 'rare', birth: null, probability: 0.2 },
      ],
      bounded,
      0.5,
    );
    assert.deepEqual(asked, ['rare/rare']);
    // 50 persons of their own and one rare person: 51 persons read.
    assert.ok(Math.abs((result[0] as number) - odds(0.2) / (1 + 51 * odds(0.2))) < 1e-12, String(result));
    assert.equal(result[50], result[0]);
  });
});

describe('a shared score', () => {
  const score: PairScore = {
    weight: 2,
    probability: 0.8,
    evidence: [{ field: 'name', level: 'exact', weight: 5, termFrequency: -1 }],
  };

  it("keeps each field's evidence and says in a row of its own what the sharing took away", () => {
    const shared = sharedScore(score, 4 / 9);
    assert.equal(shared.probability, 4 / 9);
    assert.ok(Math.abs(shared.weight - Math.log2(4 / 5)) < 1e-12);
    assert.deepEqual(shared.evidence[0], score.evidence[0]);
    const row = shared.evidence[1];
    assert.equal(row?.field, 'namesakes');
    assert.equal(row?.level, 'shared');
    assert.ok(Math.abs((row?.weight as number) - (shared.weight - score.weight)) < 1e-12);
  });

  it("says in a row of its own what a person's other record gave a score raised to its share", () => {
    const raised = sharedScore(score, 0.9);
    assert.ok(Math.abs(raised.weight - Math.log2(9)) < 1e-12);
    assert.deepEqual(raised.evidence[0], score.evidence[0]);
    const row = raised.evidence[1];
    assert.deepEqual([row?.field, row?.level], ['person', 'another of its records']);
    assert.ok(Math.abs((row?.weight as number) - (raised.weight - score.weight)) < 1e-12);
  });

  it('is the score itself when the share is its own probability', () => {
    assert.equal(sharedScore(score, 0.8), score);
  });
});
