import {
  compareDocuments,
  type DocumentKey,
  type DocumentMatch,
  documentPairs,
  documentWeight,
  type FieldEvidence,
  type LinkablePerson,
  type PairScore,
  type PreparedRecord,
  probabilityOfWeight,
} from '../../linkage/index.ts';
import type { DocumentType } from '../../shared/person-codes.ts';

/**
 * A pair's row for identity documents: the level with the documents' kind and issuer, so that a
 * reviewer reads "same passport (issued by ID)". Never the number nor its index: the row is
 * stored with the pair and shown to the agency's reviewers (decision 0121).
 */
export interface DocumentEvidence extends FieldEvidence {
  readonly document: {
    readonly type: DocumentType;
    readonly country: string | null;
    /** The field that says two persons, holding the pair below likely whatever the document says. */
    readonly heldBy?: 'name' | 'sex';
  };
}

/** The probabilities between which a pair sharing a document but not a name or a sex is kept (decision 0121). */
export interface DocumentBand {
  readonly floor: number;
  readonly likely: number;
}

const bits = (probability: number) => Math.log2(probability / (1 - probability));

/** The levels of a name or a sex that say two persons ('another name': no word agrees, decision 0116). */
const twoPersonsLevels: ReadonlySet<string> = new Set(['different', 'another name']);

/**
 * The field of the pair that says two persons whatever a document says: the names, or the
 * sexes, differ. A shared number then reads as a number recorded against the wrong person (a
 * shelter writing down the agent's passport) or as a forged identity, both for a reviewer to
 * look at, neither one person.
 */
const twoPersonsBy = (evidence: readonly FieldEvidence[]): 'name' | 'sex' | undefined =>
  evidence.find((e) => (e.field === 'name' || e.field === 'sex') && twoPersonsLevels.has(e.level))?.field as
    | 'name'
    | 'sex'
    | undefined;

/**
 * The pair's score with its documents' evidence added (none when there is nothing to compare, so
 * that a population without documents scores as before). A shared document whose pair the names
 * or sexes call two persons is kept for review but never likely: between `band.floor` and just
 * under `band.likely`.
 */
export function withDocuments(
  score: PairScore,
  a: readonly DocumentKey[] | undefined,
  b: readonly DocumentKey[] | undefined,
  band: DocumentBand,
): PairScore {
  const match = compareDocuments(a, b);
  if (!match) return score;
  const fieldWeight = documentWeight(match.level);
  let weight = score.weight + fieldWeight;
  const heldBy = fieldWeight > 0 ? twoPersonsBy(score.evidence) : undefined;
  // Within the band by a hair, so that rounding never tips the pair out of it.
  if (heldBy) weight = Math.min(Math.max(weight, bits(band.floor) + 0.01), bits(band.likely) - 0.01);
  return {
    weight,
    probability: probabilityOfWeight(weight),
    evidence: [...score.evidence, documentEvidence(match, fieldWeight, heldBy)],
  };
}

function documentEvidence(match: DocumentMatch, weight: number, heldBy?: 'name' | 'sex'): DocumentEvidence {
  return {
    field: 'document',
    level: match.level,
    weight,
    termFrequency: 0,
    document: { type: match.type, country: match.country, ...(heldBy && { heldBy }) },
  };
}

/**
 * Persons holding a document in common are candidates whatever their names and dates (decision
 * 0121): each name of one against each of the other, for the pairs `involves` keeps (a target's).
 */
export function considerDocumentPairs(
  persons: readonly LinkablePerson[],
  records: readonly PreparedRecord[],
  found: { consider(left: PreparedRecord, right: PreparedRecord): void },
  involves: (personA: string, personB: string) => boolean,
): void {
  const pairs = documentPairs(persons).filter(([a, b]) => involves(a, b));
  if (pairs.length === 0) return;
  const byPerson = Map.groupBy(records, (record) => record.record.id);
  for (const [a, b] of pairs)
    for (const left of byPerson.get(a) ?? [])
      for (const right of byPerson.get(b) ?? []) found.consider(left, right);
}
