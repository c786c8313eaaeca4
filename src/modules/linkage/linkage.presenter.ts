import { presentBirth, presentNameReadings } from '../persons/index.ts';
import type { PairPersonRow } from './linkable-persons.repo.ts';
import type { CandidateRow, MergeRow, PairStepRow } from './linkage.repo.ts';
import type { HintListRow } from './linkage-hints.repo.ts';
import { nameDifferences } from './name-differences.ts';
import { likelyThreshold } from './person-scoring.ts';

function presentPairPerson(row: PairPersonRow) {
  return {
    id: row.id,
    agencyId: row.agency_id,
    names: [...row.names],
    nameReadings: presentNameReadings(row.names),
    sex: row.sex,
    birth: presentBirth(row),
    nationality: row.nationality,
    documentTypes: row.document_types,
    cases: row.cases,
    masterId: row.master_id,
  };
}

function presentStep(row: PairStepRow) {
  return {
    step: row.step,
    status: row.status,
    reason: row.reason,
    by: row.decided_by ? { id: row.decided_by, name: row.decided_by_name } : null,
    at: row.decided_at.toISOString(),
    mergeId: row.merge_id,
  };
}

/**
 * The evidence, strongest first; the name's says which words differ, whatever its level: the model
 * may call twins' names (Nur Aina / Nur Aini) nearly the same, and the reviewer must see where.
 */
function presentEvidence(evidence: CandidateRow['evidence'], personA: PairPersonRow, personB: PairPersonRow) {
  return [...evidence]
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .map((item) => {
      if (item.field !== 'name') return item;
      const { differences, onlyInA, onlyInB } = nameDifferences(personA.names, personB.names);
      return {
        ...item,
        ...(differences.length > 0 && { differences }),
        ...(onlyInA.length + onlyInB.length > 0 && { onlyIn: { a: onlyInA, b: onlyInB } }),
      };
    });
}

/**
 * A pair side by side with the model's evidence per field, the strongest reasons first, and what
 * became of it, step by step: a merge undone shows who merged and why, and who undid it and why.
 */
export function presentCandidate(
  row: CandidateRow,
  persons: ReadonlyMap<string, PairPersonRow>,
  steps: readonly PairStepRow[] = [],
) {
  const personA = persons.get(row.person_a) as PairPersonRow;
  const personB = persons.get(row.person_b) as PairPersonRow;
  return {
    id: row.id,
    probability: row.probability,
    weight: Math.round(row.weight * 100) / 100,
    band: row.probability >= likelyThreshold ? ('likely' as const) : ('possible' as const),
    status: row.status,
    reason: row.reason,
    decidedAt: row.decided_at?.toISOString() ?? null,
    version: row.version,
    scoredAt: row.scored_at.toISOString(),
    evidence: presentEvidence(row.evidence, personA, personB),
    personA: presentPairPerson(personA),
    personB: presentPairPerson(personB),
    mergeId: row.merge_id,
    history: steps.map(presentStep),
  };
}

export function presentMerge(row: MergeRow) {
  return {
    id: row.id,
    candidateId: row.candidate_id,
    survivorId: row.survivor_id,
    mergedId: row.merged_id,
    reason: row.reason,
    mergedAt: row.merged_at.toISOString(),
    undoneAt: row.undone_at?.toISOString() ?? null,
    undoReason: row.undo_reason,
  };
}

/**
 * A hint as its agency may see it (decision 0050): `holds` — its person was recorded first, so the
 * other agency is named and the hint may be disclosed; otherwise the other agency is null until
 * its holder discloses itself.
 */
export function presentHint(row: HintListRow) {
  return {
    id: row.id,
    personId: row.person_id,
    names: row.names,
    nameReadings: presentNameReadings(row.names),
    holds: row.holds,
    otherAgency: row.other_agency_id ? { id: row.other_agency_id, name: row.other_agency_name ?? '' } : null,
    yourAgencyDisclosedAt: row.disclosed_at?.toISOString() ?? null,
    probability: row.probability,
    foundAt: row.found_at.toISOString(),
  };
}
