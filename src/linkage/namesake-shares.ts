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
import { personOf, personShares, raisedThrough, readAsPerson } from './one-person-at-most.ts';
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
  /**
   * What the model compares of the candidate (its records without their ids): two candidates of one
   * profile are scored alike against any other, so `samePerson` is asked once per two profiles —
   * 424 dateless bearers of one name whose bound reaches the threshold are one question, not 89,676.
   */
  readonly profileOf?: (candidate: Candidate) => string;
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
 * The persons of the candidates read, one number each, by union–find: two are one when the model
 * links them (`samePerson`), each pair asked once at most. A candidate the model can link to no
 * other (`mayLink`; a common name without a date, decision 0193) is a person of its own, never
 * asked. The candidates with a date are grouped first, as 0160 groups them; then a dateless one
 * joins what the model links it to, but never two persons their dates keep apart: a dateless
 * namesake linked to Siti Aminah born 1990 and to Siti Aminah born 1985 does not make them one.
 */
function personsAmong<Candidate>(read: readonly Candidate[], reading: NamesakeReading<Candidate>): number[] {
  const dated = read.map((candidate) => !!reading.recordOf(candidate).birth);
  const linkable = read
    .flatMap((candidate, i) => ((reading.mayLink?.(candidate) ?? true) ? [i] : []))
    .sort((i, j) => Number(dated[j]) - Number(dated[i]));
  const parent = Int32Array.from(read, (_, i) => i);
  const root = (i: number) => personOf(parent, i);
  const same = askedByProfile(read, reading);
  // Whether a person holds a candidate with a date.
  const holdsDated = [...dated];
  // No destructuring in this loop: it runs for every two candidates, an array and its iterator each time.
  for (let a = 1; a < linkable.length; a++)
    for (let b = 0; b < a; b++) {
      const i = linkable[a] as number;
      const j = linkable[b] as number;
      const ri = root(i);
      const rj = root(j);
      if (ri === rj || (!dated[i] && holdsDated[ri] && holdsDated[rj])) continue;
      if (!same(i, j)) continue;
      parent[ri] = rj;
      holdsDated[rj] = (holdsDated[rj] as boolean) || (holdsDated[ri] as boolean);
    }
  return read.map((_, i) => root(i));
}

/** `reading.samePerson` of the i-th and j-th candidates, asked once per two profiles (`profileOf`). */
function askedByProfile<Candidate>(
  read: readonly Candidate[],
  reading: NamesakeReading<Candidate>,
): (i: number, j: number) => boolean {
  const numbers = new Map<string, number>();
  const profile = read.map((candidate, i) => {
    const key = reading.profileOf?.(candidate);
    if (key === undefined) return -1 - i;
    let number = numbers.get(key);
    if (number === undefined) {
      number = numbers.size;
      numbers.set(key, number);
    }
    return number;
  });
  const answers = new Map<number, boolean>();
  return (i, j) => {
    const [pi, pj] = [profile[i] as number, profile[j] as number];
    if (pi < 0 || pj < 0) return reading.samePerson(read[i] as Candidate, read[j] as Candidate);
    const key = pi * read.length + pj;
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = reading.samePerson(read[i] as Candidate, read[j] as Candidate);
      answers.set(key, answer);
    }
    return answer;
  };
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
