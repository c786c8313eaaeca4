import { createHash } from 'node:crypto';
import {
  birthOf,
  blockMates,
  candidatePairs,
  type FieldEvidence,
  type LinkablePerson,
  type LinkageModel,
  type PairScore,
  type PreparedRecord,
  pairLevels,
  personBlocking,
  personRecords,
  prepareRecord,
  weighLevels,
} from '../../linkage/index.ts';
import { considerDocumentPairs, withDocuments } from './document-evidence.ts';
import { shareAmongNamesakes } from './namesake-pairs.ts';
import { personModel } from './person-model.ts';

export type { LinkablePerson };

/** A pair of persons the model scored, the better-scoring of their names' pairs, with the evidence per field. */
export interface ScoredPair {
  readonly personA: string;
  readonly personB: string;
  readonly probability: number;
  readonly weight: number;
  readonly evidence: readonly FieldEvidence[];
  readonly fingerprint: string;
}

/** Below this probability a pair is a clear non-match (decision 0024) and is not queued. */
export const reviewFloor = 0.05;
/** The model's own threshold (the Bayes decision): at or above it a pair is a likely match. */
export const likelyThreshold = 0.5;

/**
 * A digest of what the model compares: when it changes, a decision taken on the old values is
 * stale. Documents count only when the person holds some, so that the digests of persons without
 * any stay what they were before documents were compared (decision 0121); each by its row, kind
 * and issuer, not its number's blind index, which a key rotation recomputes (decision 0129).
 */
export function fingerprintOf(person: LinkablePerson): string {
  const compared = [person.names, birthOf(person), person.sex, person.nationality?.trim() ?? null];
  const documents = (person.documents ?? []).map((d) => `${d.id}/${d.type}/${d.country ?? ''}`).sort();
  return createHash('sha256')
    .update(JSON.stringify(documents.length > 0 ? [...compared, documents] : compared))
    .digest('hex')
    .slice(0, 16);
}

/** A pair's digest: stale when either person's (`fingerprintOf`, or the same digests kept by `digestOf`) changes. */
export const pairFingerprint = (
  a: LinkablePerson,
  b: LinkablePerson,
  digestOf: (person: LinkablePerson) => string = fingerprintOf,
) => `${digestOf(a)}:${digestOf(b)}`;

/** Whether a pair is of a person without a full date of birth and one with it: one `shareAmongNamesakes` may raise. */
const mayBeRaised = (a: PreparedRecord, b: PreparedRecord) =>
  (a.birth?.partial === false) !== (b.birth?.partial === false);

/** Whether a pair is of two persons without any date of birth: `shareAmongNamesakes` reads it from the review floor (0193). */
const bothDateless = (a: PreparedRecord, b: PreparedRecord) => !a.birth && !b.birth;

/** Where a pair sharing a document but not a name or a sex is kept: for review, never likely (decision 0121). */
const documentBand = { floor: reviewFloor, likely: likelyThreshold };

/**
 * A pair of persons `bestPairs` keeps: the best-scoring pair of their names, its evidence and
 * digests not made yet (`scored`).
 */
export interface KeptPair {
  readonly personA: string;
  readonly personB: string;
  readonly probability: number;
  readonly weight: number;
  /** The pair's records (`personA`'s first) and their levels, to explain the score once kept. */
  readonly records: readonly [PreparedRecord, PreparedRecord];
  readonly levels: readonly number[];
  /** The score already explained: that of a pair whose documents were compared. */
  readonly explained: PairScore | undefined;
}

/**
 * Keeps, per pair of persons, the best-scoring pair of their names at or above `floor` (the review
 * floor; the match across agencies, whose pairs only make hints when likely, keeps only those:
 * decision 0135). A pair's best is the same whatever the floor, so a higher one only leaves out
 * the pairs that would have been kept below it. A pair of a person without a full date and one
 * with it is kept down to the model's prior: `shareAmongNamesakes` may raise it to the share of a
 * person the first is linked to (decision 0169), and drops it below the floor otherwise. A pair of
 * two persons without any date is kept down to the review floor, whatever the floor: a dateless
 * target shares its likely pairs with such namesakes from there (decision 0193), and a match
 * kept to likely pairs must share them as the review floor's does. A kept pair's evidence and
 * digests are made only for the pairs that come out of the sharing (`scored`, decision 0197): at a
 * million persons nine in ten pairs kept are a dateless target's namesakes the sharing drops.
 */
export function bestPairs(persons: readonly LinkablePerson[], model: LinkageModel, floor = reviewFloor) {
  const byId = new Map(persons.map((p) => [p.id, p]));
  // Each person's digest once: a target meets hundreds of candidates.
  const digests = new Map<LinkablePerson, string>();
  const digestOf = (person: LinkablePerson) => {
    let digest = digests.get(person);
    if (digest === undefined) {
      digest = fingerprintOf(person);
      digests.set(person, digest);
    }
    return digest;
  };
  const best = new Map<string, KeptPair>();
  return {
    consider(left: PreparedRecord, right: PreparedRecord) {
      if (left.record.id === right.record.id) return;
      // In the pair's order (the smaller id first); no arrays made: a match considers thousands of pairs.
      const a = left.record.id < right.record.id ? left : right;
      const b = a === left ? right : left;
      const documentsA = byId.get(a.record.id)?.documents;
      const documentsB = byId.get(b.record.id)?.documents;
      // The evidence per field only for a pair kept (decision 0127): most pairs a match weighs end
      // below the review floor, or below a better pair of the same persons' names. Documents
      // compared read the evidence (the name's and the sex's levels): weighed with it at once.
      const levels = pairLevels(model, a, b);
      const documents = Boolean(documentsA?.length && documentsB?.length);
      const score = withDocuments(
        weighLevels(model, a, b, levels, documents),
        documentsA,
        documentsB,
        documentBand,
      );
      if (
        score.probability < floor &&
        !(mayBeRaised(a, b) && score.probability >= model.prior) &&
        !(bothDateless(a, b) && score.probability >= reviewFloor)
      )
        return;
      const key = `${a.record.id}:${b.record.id}`;
      const seen = best.get(key);
      if (seen && seen.weight >= score.weight) return;
      best.set(key, {
        personA: a.record.id,
        personB: b.record.id,
        probability: score.probability,
        weight: score.weight,
        records: [a, b],
        levels,
        explained: documents ? score : undefined,
      });
    },
    pairs: (): KeptPair[] => [...best.values()],
    /** A kept pair with the evidence per field and the persons' digests. */
    scored(pair: KeptPair): ScoredPair {
      const [a, b] = pair.records;
      const score = pair.explained ?? weighLevels(model, a, b, pair.levels, true);
      return {
        personA: pair.personA,
        personB: pair.personB,
        probability: score.probability,
        weight: score.weight,
        evidence: score.evidence.map((e) => ({
          ...e,
          weight: round(e.weight),
          termFrequency: round(e.termFrequency),
        })),
        fingerprint: pairFingerprint(
          byId.get(pair.personA) as LinkablePerson,
          byId.get(pair.personB) as LinkablePerson,
          digestOf,
        ),
      };
    },
  };
}

/**
 * Scores the persons against each other: each name of each person is a record, blocking makes
 * the candidate pairs, and a pair of persons keeps the best of its names' scores. Pairs below the
 * review floor are left out; a person without a full date is one person at most, as when matched
 * alone (`shareAmongNamesakes`, decisions 0160 and 0193). `population` names the persons (an agency, or every agency) so that
 * parameters learnt on them are kept for the matches of single persons that follow.
 */
export function scorePersons(persons: readonly LinkablePerson[], population?: string): ScoredPair[] {
  const records = persons.flatMap(personRecords).map(prepareRecord);
  // A whole scan learns afresh; the matches of single persons that follow reuse what it learnt.
  const model = personModel(records, persons.length, population, true);
  const found = bestPairs(persons, model);
  const pairs = candidatePairs(records, personBlocking, { maxBlock: 1000 });
  for (let p = 0; p < pairs.count; p++) {
    found.consider(
      records[pairs.left[p] as number] as PreparedRecord,
      records[pairs.right[p] as number] as PreparedRecord,
    );
  }
  considerDocumentPairs(persons, records, found, () => true);
  return shareAmongNamesakes(found.pairs(), () => true, records, model, found.scored, {
    likely: likelyThreshold,
    review: reviewFloor,
    floor: reviewFloor,
  });
}

/**
 * The pairs `scorePersons` would find that involve one of `targets` — the same model learnt on
 * the same population, the same blocks — without making every other pair: a new or changed
 * person matched against all the others (decision 0037), a target without a full date being one
 * person at most (`shareAmongNamesakes`, decisions 0160 and 0193).
 */
export function scorePersonsAgainst(
  persons: readonly LinkablePerson[],
  targets: ReadonlySet<string>,
  population?: string,
): ScoredPair[] {
  const records = persons.flatMap(personRecords).map(prepareRecord);
  const model = personModel(records, persons.length, population);
  const found = bestPairs(persons, model);
  const isTarget = (record: PreparedRecord) => targets.has(record.record.id);
  for (const [record, others] of blockMates(records, isTarget, personBlocking, 1000)) {
    for (const other of others) found.consider(record, other);
  }
  considerDocumentPairs(persons, records, found, (a, b) => targets.has(a) || targets.has(b));
  return shareAmongNamesakes(found.pairs(), (id) => targets.has(id), records, model, found.scored, {
    likely: likelyThreshold,
    review: reviewFloor,
    floor: reviewFloor,
  });
}

const round = (x: number) => Math.round(x * 100) / 100;
