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
 */
import type { FieldEvidence, PairScore } from './model.ts';
import { personShares, personsOf } from './one-person-at-most.ts';
import type { PreparedRecord } from './record.ts';

/** Whether a record's date of birth tells two persons of one name apart (`Birth.partial`: a year or 01-01 does not). */
const hasFullDate = (record: Pick<PreparedRecord, 'birth'>): boolean => record.birth?.partial === false;

/** How the candidates of a match are read. */
export interface NamesakeReading<Candidate> {
  readonly probabilityOf: (candidate: Candidate) => number;
  /** A record of the candidate's person: its date of birth. */
  readonly recordOf: (candidate: Candidate) => Pick<PreparedRecord, 'birth'>;
  /** Whether two candidates with full dates are one person: the model links them, or they are known to be. */
  readonly samePerson: (a: Candidate, b: Candidate) => boolean;
}

/**
 * Each candidate's probability once the record `matched` shares its likely candidates among their
 * persons, in the candidates' order: unchanged when it has a full date, for candidates below
 * `threshold` or without a full date, and when the likely ones are all one person; never raised.
 */
export function namesakeShares<Candidate>(
  matched: Pick<PreparedRecord, 'birth'>,
  candidates: readonly Candidate[],
  reading: NamesakeReading<Candidate>,
  threshold: number,
): number[] {
  const probabilities = candidates.map(reading.probabilityOf);
  if (hasFullDate(matched)) return probabilities;
  const likely = candidates.flatMap((candidate, n) =>
    (probabilities[n] as number) >= threshold && hasFullDate(reading.recordOf(candidate)) ? [n] : [],
  );
  if (likely.length < 2) return probabilities;
  // Persons by union–find over the few likely candidates: each pair is asked once at most.
  const person = personsOf(likely.length, (i, j) =>
    reading.samePerson(
      candidates[likely[i] as number] as Candidate,
      candidates[likely[j] as number] as Candidate,
    ),
  );
  const shares = personShares(
    likely.map((n, i) => ({ person: person[i] as number, probability: probabilities[n] as number })),
  );
  likely.forEach((n, i) => {
    probabilities[n] = shares[i] as number;
  });
  return probabilities;
}

/** The evidence row of a score lowered to its person's share: the bits taken away. */
interface NamesakeEvidence extends FieldEvidence {
  readonly field: 'namesakes';
  readonly level: 'shared';
}

/**
 * `score` lowered to `probability` (a share from `namesakeShares`, below its own): the weight
 * that probability has, and the evidence with the row that takes the difference away.
 */
export function sharedScore<Score extends PairScore>(score: Score, probability: number): Score {
  if (probability >= score.probability) return score;
  const weight = Math.log2(probability / (1 - probability));
  const shared: NamesakeEvidence = {
    field: 'namesakes',
    level: 'shared',
    weight: weight - score.weight,
    termFrequency: 0,
  };
  return { ...score, probability, weight, evidence: [...score.evidence, shared] };
}
