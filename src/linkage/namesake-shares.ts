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
 *
 * Matched with no date at all, the product reads its candidates with no date at all too, from the
 * review floor up (decision 0193): a dateless "Rizal Omar" against 567 stored dateless Rizal Omars
 * is one of 567 persons, not 567 pairs a reviewer cannot tell apart.
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
  /**
   * With it, a matched record with no date at all reads its candidates with no date at all at or
   * above this probability as persons too (decision 0193: the product passes the review floor);
   * without it, as the batch does, it does not (0156: two dateless records are not known to be two).
   */
  readonly datelessFrom?: number;
  /**
   * Whether the model may link the candidate to any other (its `mostWeight` reaches the
   * threshold): one it cannot is a person of its own, and `samePerson` is never asked of it.
   */
  readonly mayLink?: (candidate: Candidate) => boolean;
}

/**
 * Each candidate's probability once the record `matched` is read as one person at most, in the
 * candidates' order: its likely candidates (at or above `threshold`) with a full date — or with any
 * date when `matched` has none (`readAsPerson`, decision 0172) — and, with `reading.datelessFrom`,
 * its candidates with no date at or above that when `matched` has none either (decision 0193), are
 * read as persons and share their chances among them (`personShares`). And, with
 * `reading.pairProbability`, a candidate with a full date below the threshold and at or above
 * `floor` (the model's prior: its own evidence is not against one person) that is one person with a
 * likely candidate read (`samePerson`) is raised through that candidate's person (`raisedThrough`,
 * decision 0169: a person is all its records). Unchanged when `matched` has a full date, for
 * candidates not read, and when fewer than two persons are read and none can be raised; a
 * candidate read is never raised, nor a weak one lowered.
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
  const recordAt = (n: number) => reading.recordOf(candidates[n] as Candidate);
  const likelyAt = (n: number) =>
    (probabilities[n] as number) >= threshold && readAsPerson(matched, recordAt(n));
  const datelessFrom = matched.birth ? undefined : reading.datelessFrom;
  const read = probabilities.flatMap((p, n) =>
    likelyAt(n) || (datelessFrom !== undefined && p >= datelessFrom && !recordAt(n).birth) ? [n] : [],
  );
  const weak = reading.pairProbability
    ? probabilities.flatMap((p, n) => (p < threshold && p >= floor && hasFullDate(recordAt(n)) ? [n] : []))
    : [];
  if (read.length === 0 || (read.length < 2 && weak.length === 0)) return probabilities;
  const candidateAt = (n: number) => candidates[n] as Candidate;
  const person = personsAmong(read.map(candidateAt), reading);
  const shares = personShares(
    read.map((n, i) => ({ person: person[i] as number, probability: probabilities[n] as number })),
  );
  // The likely ones, as read before the shares (the raise goes through them alone, as in 0169).
  const likely = read.flatMap((n, i) => (likelyAt(n) ? [i] : []));
  read.forEach((n, i) => {
    probabilities[n] = shares[i] as number;
  });
  const together = reading.pairProbability as NonNullable<typeof reading.pairProbability>;
  for (const n of weak) {
    // Only a candidate of one of the persons: the model links it to one of its likely candidates.
    const at = likely.find((i) => reading.samePerson(candidateAt(n), candidateAt(read[i] as number)));
    if (at === undefined) continue;
    const of = likely.filter((i) => person[i] === person[at]);
    probabilities[n] = raisedThrough(
      probabilities[n] as number,
      of.map((i) => ({ person: person[i] as number, probability: shares[i] as number })),
      (i) => together(candidateAt(n), candidateAt(read[of[i] as number] as number)),
    );
  }
  return probabilities;
}

/**
 * The persons of the candidates read, one number each (`personsOf`): each pair asked once at most,
 * and none of a candidate the model can link to no other (`mayLink`; a common name without a date,
 * decision 0193) — it is a person of its own.
 */
function personsAmong<Candidate>(read: readonly Candidate[], reading: NamesakeReading<Candidate>): number[] {
  const linkable = read.flatMap((candidate, i) => ((reading.mayLink?.(candidate) ?? true) ? [i] : []));
  const linked = personsOf(linkable.length, (i, j) =>
    reading.samePerson(read[linkable[i] as number] as Candidate, read[linkable[j] as number] as Candidate),
  );
  // The candidates left alone are numbered after the linkable ones' persons.
  const person = read.map((_, i) => linkable.length + i);
  linkable.forEach((i, at) => {
    person[i] = linked[at] as number;
  });
  return person;
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
