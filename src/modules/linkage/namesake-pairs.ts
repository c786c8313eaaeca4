import {
  type LinkageModel,
  namesakeShares,
  type PreparedRecord,
  pairLevels,
  sharedScore,
  weighLevels,
} from '../../linkage/index.ts';
import type { ScoredPair } from './person-scoring.ts';

/**
 * The pairs of a match with each target without a full date of birth read as one person at most
 * (decision 0160, as the batch's records are: 0156): a target's likely pairs with persons that have
 * a full date are shared among those persons — two of them are one when the model links any of
 * their names at `threshold` (the likely one) — so that a dateless "Siti Aminah" is no longer a likely
 * match of two stored Siti Aminahs born years apart, nor makes a hint for each. A pair lowered
 * keeps its fields' evidence and gains the row 'namesakes' with the bits taken away
 * (`sharedScore`). `isTarget`: the persons matched (a scan's: all); `records`: every record of the
 * pairs' persons, prepared as they were scored.
 */
export function shareAmongNamesakes(
  pairs: readonly ScoredPair[],
  isTarget: (person: string) => boolean,
  records: readonly PreparedRecord[],
  model: LinkageModel,
  threshold: number,
): ScoredPair[] {
  const recordsOf = Map.groupBy(records, (record) => record.record.id);
  const firstOf = (person: string) => recordsOf.get(person)?.[0] ?? { birth: undefined };
  const linked = (a: string, b: string) =>
    (recordsOf.get(a) ?? []).some((left) =>
      (recordsOf.get(b) ?? []).some(
        (right) =>
          weighLevels(model, left, right, pairLevels(model, left, right), false).probability >= threshold,
      ),
    );
  // Each target's likely pairs: only those can be shared.
  const pairsOf = new Map<string, ScoredPair[]>();
  for (const pair of pairs) {
    if (pair.probability < threshold) continue;
    for (const person of [pair.personA, pair.personB]) {
      if (!isTarget(person)) continue;
      const own = pairsOf.get(person);
      if (own) own.push(pair);
      else pairsOf.set(person, [pair]);
    }
  }
  const shared = new Map<ScoredPair, number>();
  for (const [target, own] of pairsOf) {
    if (own.length < 2) continue;
    const otherOf = (pair: ScoredPair) => (pair.personA === target ? pair.personB : pair.personA);
    const shares = namesakeShares(
      firstOf(target),
      own,
      {
        probabilityOf: (pair) => pair.probability,
        recordOf: (pair) => firstOf(otherOf(pair)),
        samePerson: (a, b) => linked(otherOf(a), otherOf(b)),
      },
      threshold,
    );
    own.forEach((pair, n) => {
      if ((shares[n] as number) < pair.probability) shared.set(pair, shares[n] as number);
    });
  }
  return pairs.map((pair) => {
    const probability = shared.get(pair);
    if (probability === undefined) return pair;
    const score = sharedScore(pair, probability);
    // Stored and shown as the other rows are (`bestPairs`), to the hundredth of a bit.
    return { ...score, evidence: score.evidence.map((e) => ({ ...e, weight: round(e.weight) })) };
  });
}

const round = (x: number) => Math.round(x * 100) / 100;
