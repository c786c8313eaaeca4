/**
 * A person matched on their own is one person at most, as a record of the batch is (decision 0156;
 * here decision 0160). Matched without a full date of birth, a newcomer's name, sex and nationality
 * agree as well with a namesake's records as with its own person's, and its candidates, each scored
 * alone, are all likely — "Siti Aminah" with no date, to two stored Siti Aminahs born five years
 * apart. The candidates at or above the threshold that have a full date are read as persons (those
 * the model links to each other, or that the caller knows are one, are one) and each candidate's
 * probability is lowered to its person's share (`personShares`). A score lowered says so in its
 * evidence: a row 'namesakes' (level 'shared') holding the bits taken away, so that the fields'
 * weights still add up to the pair's weight and the reviewer sees why it is lower than they do.
 * A person is all its records (decision 0169): a candidate the model scores below the threshold
 * alone is raised to what a likely person's records say of it (`raisedThrough`), with a row
 * 'person' (level 'another of its records') holding the bits given.
 */
import type { FieldEvidence, PairScore } from './model.ts';
import { personShares, personsOf, raisedThrough, readAsPerson } from './one-person-at-most.ts';
import type { PreparedRecord } from './record.ts';

/** Whether a record's date of birth tells two persons of one name apart (`Birth.partial`: a year or 01-01 does not). */
const hasFullDate = (record: Pick<PreparedRecord, 'birth'>): boolean => record.birth?.partial === false;

/** How the candidates of a match are read. */
export interface NamesakeReading<Candidate> {
  readonly probabilityOf: (candidate: Candidate) => number;
  /** A record of the candidate's person: its date of birth. */
  readonly recordOf: (candidate: Candidate) => Pick<PreparedRecord, 'birth'>;
  /** Whether two candidates read as persons are one: the model links them, or they are known to be. */
  readonly samePerson: (a: Candidate, b: Candidate) => boolean;
  /**
   * The model's probability that two candidates are one person, scored together: with it, weak
   * candidates are raised through the likely ones (decision 0169); without it, none is.
   */
  readonly pairProbability?: (a: Candidate, b: Candidate) => number;
}

/**
 * Each candidate's probability once the record `matched` is read as one person at most, in the
 * candidates' order: its likely candidates (at or above `threshold`) with a full date — or with any
 * date when `matched` has none (`readAsPerson`, decision 0172) — share their chances among their
 * persons, and, with `reading.pairProbability`, a candidate with a full date
 * below the threshold and at or above `floor` (the model's prior: its own evidence is not against
 * one person) that is one person with a likely candidate (`samePerson`) is raised through that
 * candidate's person (`raisedThrough`, decision 0169: a person is all its records). Unchanged
 * when `matched` has a full date, for candidates without a full date, and when no candidate is
 * likely; a likely candidate is never raised, nor a weak one lowered.
 */
export function namesakeShares<Candidate>(
  matched: Pick<PreparedRecord, 'birth'>,
  candidates: readonly Candidate[],
  reading: NamesakeReading<Candidate>,
  threshold: number,
  floor = threshold,
): number[] {
  const probabilities = candidates.map(reading.probabilityOf);
  if (hasFullDate(matched)) return probabilities;
  const dated = (n: number) => hasFullDate(reading.recordOf(candidates[n] as Candidate));
  const likely = probabilities.flatMap((p, n) =>
    p >= threshold && readAsPerson(matched, reading.recordOf(candidates[n] as Candidate)) ? [n] : [],
  );
  const weak = reading.pairProbability
    ? probabilities.flatMap((p, n) => (p < threshold && p >= floor && dated(n) ? [n] : []))
    : [];
  if (likely.length === 0 || (likely.length < 2 && weak.length === 0)) return probabilities;
  const candidateAt = (n: number) => candidates[n] as Candidate;
  // Persons by union–find over the few likely candidates: each pair is asked once at most.
  const person = personsOf(likely.length, (i, j) =>
    reading.samePerson(candidateAt(likely[i] as number), candidateAt(likely[j] as number)),
  );
  const shares = personShares(
    likely.map((n, i) => ({ person: person[i] as number, probability: probabilities[n] as number })),
  );
  likely.forEach((n, i) => {
    probabilities[n] = shares[i] as number;
  });
  const together = reading.pairProbability as NonNullable<typeof reading.pairProbability>;
  for (const n of weak) {
    // Only a candidate of one of the persons: the model links it to one of its likely candidates.
    const at = likely.findIndex((l) => reading.samePerson(candidateAt(n), candidateAt(l)));
    if (at === -1) continue;
    const of = likely.flatMap((_, i) => (person[i] === person[at] ? [i] : []));
    probabilities[n] = raisedThrough(
      probabilities[n] as number,
      of.map((i) => ({ person: person[i] as number, probability: shares[i] as number })),
      (i) => together(candidateAt(n), candidateAt(likely[of[i] as number] as number)),
    );
  }
  return probabilities;
}

/**
 * The evidence row of a score moved to its person's share: 'namesakes' ('shared') holds the bits
 * taken away from a likely pair, 'person' ('another of its records') those given to a pair the
 * person's other record is linked by (decision 0169).
 */
type PersonEvidence = FieldEvidence &
  (
    | { readonly field: 'namesakes'; readonly level: 'shared' }
    | {
        readonly field: 'person';
        readonly level: 'another of its records';
      }
  );

/**
 * `score` moved to `probability` (a share from `namesakeShares`): the weight that probability
 * has, and the evidence with the row that makes up the difference.
 */
export function sharedScore<Score extends PairScore>(score: Score, probability: number): Score {
  if (probability === score.probability) return score;
  const weight = Math.log2(probability / (1 - probability));
  const row: PersonEvidence =
    probability < score.probability
      ? { field: 'namesakes', level: 'shared', weight: weight - score.weight, termFrequency: 0 }
      : { field: 'person', level: 'another of its records', weight: weight - score.weight, termFrequency: 0 };
  return { ...score, probability, weight, evidence: [...score.evidence, row] };
}
