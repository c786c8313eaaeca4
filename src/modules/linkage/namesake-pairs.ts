import {
  type LinkageModel,
  mostWeight,
  namesakeShares,
  type PreparedRecord,
  probabilityOfWeight,
  scorePair,
  sharedScore,
} from '../../linkage/index.ts';
import type { ScoredPair } from './person-scoring.ts';

/** What the sharing reads of a pair: its persons and probability. */
type PersonsPair = Pick<ScoredPair, 'personA' | 'personB' | 'probability'>;

/**
 * The pairs of a match with each target without a full date of birth read as one person at most
 * (decision 0160, as the batch's records are: 0156): a target's likely pairs with persons that have
 * a full date (any date, a year too, when the target has none: 0172) are shared among those
 * persons — two of them are one when the model links any of
 * their names at `threshold` (the likely one) — so that a dateless "Siti Aminah" is no longer a likely
 * match of two stored Siti Aminahs born years apart, nor makes a hint for each. And a person is all
 * its records (decision 0169): a target's pair below `likely` is raised through its likely persons
 * (`raisedThrough`: a person's share times the least probability that the pair's other person is
 * one with each of that person's likely ones). A pair lowered keeps its fields' evidence and
 * gains the row 'namesakes' with the bits taken away, a pair raised the row 'person' with the bits
 * given (`sharedScore`). `isTarget`: the persons matched (a scan's: all); `records`: every record of the
 * pairs' persons, prepared as they were scored; `scored`: a pair with its evidence and digests
 * (`bestPairs`), made only for the pairs returned. Only the pairs at or above `floor` are returned.
 *
 * A target with no date at all reads its pairs at or above `review` (the review floor) with persons
 * that have no date at all as persons too (decision 0193): each a person of its own unless the model
 * links it to another at `likely` — never asked of a person whose names the model can link to none
 * (`mostWeight`: a common name without a date) — so that a dateless "Rizal Omar" shares its chances
 * among 567 dateless namesakes and none is left for review. Such a pair is shared from each side
 * that is a target, and keeps the lower share: a scan (every person a target) reads both of its
 * persons, a match its target alone (it does not read the other's namesakes).
 */
export function shareAmongNamesakes<Pair extends PersonsPair>(
  pairs: readonly Pair[],
  isTarget: (person: string) => boolean,
  records: readonly PreparedRecord[],
  model: LinkageModel,
  scored: (pair: Pair) => ScoredPair,
  thresholds: { readonly likely: number; readonly review: number; readonly floor: number },
): ScoredPair[] {
  const dated = new Set(records.flatMap((record) => (record.birth ? [record.record.id] : [])));
  const pairsOf = sharedPairsOfTargets(pairs, isTarget, thresholds.likely, (person) => !dated.has(person));
  if (pairsOf.size === 0)
    return pairs.flatMap((pair) => (pair.probability >= thresholds.floor ? [scored(pair)] : []));
  // Only the records of the persons these pairs join are read: a scan's pairs are of every person.
  const involved = new Set([...pairsOf.values()].flat().flatMap((pair) => [pair.personA, pair.personB]));
  const recordsOf = Map.groupBy(
    records.filter((record) => involved.has(record.record.id)),
    (record) => record.record.id,
  );
  const firstOf = (person: string) => recordsOf.get(person)?.[0] ?? { birth: undefined };
  // Two persons' probability of being one: the best pair of their names, as their pair is kept.
  // Remembered per pair of persons: a weak candidate is asked whether it is one with a likely one
  // (samePerson) and then, when it is, how likely (pairProbability) — the same names scored again.
  const scoredTogether = new Map<string, number>();
  const together = (a: string, b: string) => {
    const key = `${a} ${b}`;
    let best = scoredTogether.get(key);
    if (best !== undefined) return best;
    best = 0;
    for (const left of recordsOf.get(a) ?? [])
      for (const right of recordsOf.get(b) ?? [])
        best = Math.max(best, scorePair(model, left, right).probability);
    scoredTogether.set(key, best);
    return best;
  };
  const recordsOfPerson = (person: string) => recordsOf.get(person) ?? [];
  // What the model compares of a person: its records without the id (`profileOf`).
  const profileOf = oncePerPerson((person) =>
    recordsOfPerson(person)
      .map((record) => JSON.stringify({ ...record.record, id: '' }))
      .sort()
      .join('\n'),
  );
  // Whether the model may link a person to another: the bound of its best-weighing name reaches
  // `likely`. Read once per profile: persons alike in all the model compares have one bound, and a
  // common name's hundreds of dateless namesakes are alike (decision 0197).
  const mayLinkProfile = new Map<string, boolean>();
  const mayLink = oncePerPerson((person) => {
    const profile = profileOf(person);
    let may = mayLinkProfile.get(profile);
    if (may === undefined) {
      const most = Math.max(...recordsOfPerson(person).map((record) => mostWeight(model, record)));
      may = probabilityOfWeight(most) >= thresholds.likely;
      mayLinkProfile.set(profile, may);
    }
    return may;
  });
  const shared = new Map<Pair, number>();
  for (const [target, own] of pairsOf) {
    const otherOf = (pair: Pair) => (pair.personA === target ? pair.personB : pair.personA);
    const shares = namesakeShares(
      firstOf(target),
      own,
      {
        probabilityOf: (pair) => pair.probability,
        recordOf: (pair) => firstOf(otherOf(pair)),
        samePerson: (a, b) => together(otherOf(a), otherOf(b)) >= thresholds.likely,
        pairProbability: (a, b) => together(otherOf(a), otherOf(b)),
        datelessFrom: thresholds.review,
        mayLink: (pair) => mayLink(otherOf(pair)),
        profileOf: (pair) => profileOf(otherOf(pair)),
      },
      thresholds.likely,
      model.prior,
    );
    own.forEach((pair, n) => {
      const share = shares[n] as number;
      if (share === pair.probability) return;
      // Two targets without a date share their pair from both sides: the lower share holds.
      const other = shared.get(pair);
      shared.set(pair, other === undefined ? share : Math.min(other, share));
    });
  }
  return pairs.flatMap((pair) => {
    const probability = shared.get(pair);
    if (probability === undefined) return pair.probability >= thresholds.floor ? [scored(pair)] : [];
    if (probability < thresholds.floor) return [];
    const score = sharedScore(scored(pair), probability);
    // Stored and shown as the other rows are (`bestPairs`), to the hundredth of a bit.
    return [{ ...score, evidence: score.evidence.map((e) => ({ ...e, weight: round(e.weight) })) }];
  });
}

/**
 * Each target's pairs, for the targets with another pair and a likely pair or no date at all
 * (`dateless`): only those can be shared (two persons read) or raised (a weaker pair with a likely person).
 */
function sharedPairsOfTargets<Pair extends PersonsPair>(
  pairs: readonly Pair[],
  isTarget: (person: string) => boolean,
  likely: number,
  dateless: (person: string) => boolean,
): Map<string, Pair[]> {
  const pairsOf = new Map<string, Pair[]>();
  const withLikely = new Set<string>();
  const add = (person: string, pair: Pair) => {
    if (!isTarget(person)) return;
    if (pair.probability >= likely) withLikely.add(person);
    const own = pairsOf.get(person);
    if (own) own.push(pair);
    else pairsOf.set(person, [pair]);
  };
  for (const pair of pairs) {
    add(pair.personA, pair);
    add(pair.personB, pair);
  }
  for (const [person, own] of pairsOf)
    if (own.length < 2 || !(withLikely.has(person) || dateless(person))) pairsOf.delete(person);
  return pairsOf;
}

/** `work` of a person, done once per person. */
function oncePerPerson<T>(work: (person: string) => T): (person: string) => T {
  const done = new Map<string, T>();
  return (person) => {
    if (!done.has(person)) done.set(person, work(person));
    return done.get(person) as T;
  };
}

const round = (x: number) => Math.round(x * 100) / 100;
