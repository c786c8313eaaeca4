import { auditCommand, recordRead } from '../../audit/audit.ts';
import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import { ConflictError, ValidationError } from '../../shared/errors.ts';
import { linkablePersons } from './linkable-persons.repo.ts';
import { populationOf, withLearntParameters } from './linkage.learnt.ts';
import {
  type CandidateRow,
  clusterMembersOf,
  decideCandidate,
  insertMerge,
  insertPairStep,
  type MergeRow,
  masterOf,
  mergeInForceOf,
  removeCandidates,
  reopenSeparatedPairs,
  settleOpenPairs,
  storedPairs,
  undoMergeRow,
  upsertCandidates,
} from './linkage.repo.ts';
import type { DecisionInput, MergeInput } from './linkage.schema.ts';
import { discloseHint, type HintListRow } from './linkage-hints.repo.ts';
import { type LinkablePerson, pairFingerprint, scorePersons } from './person-scoring.ts';

interface CommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly requestId: string;
}

/**
 * Scores every person the agency may see against each other with the linkage model and keeps the
 * pairs above the review floor in the queue: new pairs are added, open pairs rescored, open pairs
 * no longer found removed; decided pairs keep their decision.
 */
export async function scanForDuplicates(props: CommandProps) {
  const { tx, actor } = props;
  const persons = await linkablePersons(tx);
  const pairs = await withLearntParameters(tx, actor.agencyId, () =>
    scorePersons(persons, populationOf(actor.agencyId)),
  );
  const stored = await storedPairs(tx);
  const found = new Set(pairs.map((p) => `${p.personA}:${p.personB}`));
  const known = new Set(stored.map((s) => `${s.person_a}:${s.person_b}`));
  const gone = stored.filter((s) => s.status === 'open' && !found.has(`${s.person_a}:${s.person_b}`));
  await upsertCandidates(tx, actor.agencyId, pairs, stored);
  const removed = await removeCandidates(
    tx,
    gone.map((s) => s.id),
  );
  const result = {
    persons: persons.length,
    pairs: pairs.length,
    added: pairs.filter((p) => !known.has(`${p.personA}:${p.personB}`)).length,
    rescored: pairs.filter((p) => known.has(`${p.personA}:${p.personB}`)).length,
    removed,
  };
  await auditCommand(props, 'linkage.scan', { type: 'agency', id: actor.agencyId }, result);
  return result;
}

/** Audits that the reviewer read the persons of these pairs (names, dates of birth). */
export function auditPairsRead(props: CommandProps, candidates: readonly CandidateRow[], single = false) {
  if (candidates.length === 0) return Promise.resolve();
  return recordRead(props.tx, {
    actor: props.actor,
    subject: single
      ? { type: 'linkage_candidate', id: (candidates[0] as CandidateRow).id }
      : { type: 'linkage_queue', id: props.actor.agencyId },
    requestId: props.requestId,
    detail: { persons: [...new Set(candidates.flatMap((c) => [c.person_a, c.person_b]))] },
  });
}

/** The persons of a pair, refusing (409) when they changed since the pair was scored. */
async function currentPair(tx: Tx, candidate: CandidateRow): Promise<[LinkablePerson, LinkablePerson]> {
  const persons = await linkablePersons(tx, [candidate.person_a, candidate.person_b]);
  const a = persons.find((p) => p.id === candidate.person_a);
  const b = persons.find((p) => p.id === candidate.person_b);
  if (!a || !b || pairFingerprint(a, b) !== candidate.fingerprint) {
    throw new ConflictError(
      'linkage_candidate_stale',
      'The persons changed since the pair was scored: scan again and review the new scores.',
    );
  }
  return [a, b];
}

function checkVersion(candidate: CandidateRow, version: number) {
  if (candidate.version !== version) {
    throw new ConflictError('linkage_candidate_changed', 'The pair was changed since you read it.', [
      {
        code: 'pair_changed',
        field: 'version',
        message: `is ${version}, the pair is at ${candidate.version}`,
      },
    ]);
  }
}

/** Records the reviewer's decision on a pair with the reason; the pair must be as the reviewer read it. */
export async function decidePair(props: CommandProps & { candidate: CandidateRow; decision: DecisionInput }) {
  const { tx, candidate, decision } = props;
  checkVersion(candidate, decision.version);
  await currentPair(tx, candidate);
  if (candidate.merge_id && decision.decision !== 'same') {
    throw new ConflictError('person_merged', 'The two persons are merged: undo the merge first.');
  }
  await recordDecision(props, candidate, decision.decision, decision.reason);
}

/**
 * Records a decision on the pair as the reviewer's, with the reason: the pair's status, a `decided`
 * step of its history, and a `linkage.decide` entry on the audit log. The pair must still be at the
 * version read.
 */
async function recordDecision(
  props: CommandProps,
  candidate: CandidateRow,
  status: DecisionInput['decision'],
  reason: string,
): Promise<void> {
  const { tx, actor } = props;
  const decided = await decideCandidate(tx, {
    id: candidate.id,
    version: candidate.version,
    status,
    reason,
    userId: actor.userId,
  });
  if (!decided)
    throw new ConflictError('linkage_candidate_changed', 'The pair was changed since you read it.');
  await insertPairStep(tx, {
    candidateId: candidate.id,
    agencyId: actor.agencyId,
    step: 'decided',
    status,
    reason,
    userId: actor.userId,
  });
  await auditCommand(
    props,
    'linkage.decide',
    { type: 'linkage_candidate', id: candidate.id },
    { decision: status, previous: candidate.status, probability: candidate.probability },
  );
}

/**
 * Merges the pair: the other person resolves to the survivor from now on. Nothing of either person
 * is changed or deleted; both keep their agency, names, documents and cases. A person of the pair
 * already merged into another stands for the person it resolves to, so a cluster grows through a
 * pair of any of its members: the other person (with those merged into it) joins that one, or
 * that one joins the survivor chosen (decision 0164). The pair is recorded as the same person —
 * decided so by this reviewer, audited as `linkage.decide`, when it was not yet. Refused (409)
 * when both persons already resolve to one, or the pair is stale or was decided "not the same".
 */
export async function mergePair(
  props: CommandProps & { candidate: CandidateRow; merge: MergeInput },
): Promise<string> {
  const { tx, actor, candidate, merge } = props;
  if (merge.survivorId !== candidate.person_a && merge.survivorId !== candidate.person_b) {
    throw new ValidationError([
      { code: 'survivor_not_of_pair', field: 'survivorId', message: 'is not one of the pair' },
    ]);
  }
  checkVersion(candidate, merge.version);
  await currentPair(tx, candidate);
  if (candidate.status === 'different') {
    throw new ConflictError(
      'linkage_candidate_different',
      'The pair was decided not to be the same person: to merge them, decide it again as the same person first.',
    );
  }
  const otherId = merge.survivorId === candidate.person_a ? candidate.person_b : candidate.person_a;
  const survivorId = await masterOf(tx, merge.survivorId);
  const mergedId = await masterOf(tx, otherId);
  if (survivorId === mergedId) {
    const pair = { survivorId: merge.survivorId, mergedId: otherId };
    const earlier = (await mergeInForceOf(tx, otherId)) ?? (await mergeInForceOf(tx, merge.survivorId));
    throw alreadyMerged(pair, earlier, survivorId);
  }
  const id = await insertMerge(tx, {
    agencyId: actor.agencyId,
    candidateId: candidate.id,
    survivorId,
    mergedId,
    reason: merge.reason,
    userId: actor.userId,
  });
  // A pair merged before anyone decided it is decided "same" by the merge's reviewer, for the same
  // reason, so that its history says who found them the same and why (decision 0130).
  if (candidate.status !== 'same') await recordDecision(props, candidate, 'same', merge.reason);
  await insertPairStep(tx, {
    candidateId: candidate.id,
    agencyId: actor.agencyId,
    step: 'merged',
    status: 'same',
    reason: merge.reason,
    userId: actor.userId,
    mergeId: id,
  });
  await auditCommand(
    props,
    'person.merge',
    { type: 'person_merge', id },
    { candidateId: candidate.id, survivorId, mergedId },
  );
  await settlePairsOfCluster(props, { mergeId: id, personId: survivorId, reason: merge.reason });
  return id;
}

/**
 * The refusal (409) of a merge of two persons already one, saying what the reviewer can do
 * instead. A merge between the two themselves is named as the request knows its persons: the
 * survivor it chose (`survivorId`, the only field it has for a person) when that one was merged.
 */
function alreadyMerged(
  pair: { survivorId: string; mergedId: string },
  earlier: MergeRow | undefined,
  masterId: string,
): ConflictError {
  if (!earlier) throw new Error('two persons resolving to one without a merge in force');
  const chosen = earlier.merged_id === pair.survivorId;
  const fields = chosen
    ? [
        {
          code: 'person_merged_elsewhere' as const,
          field: 'survivorId',
          message: `is merged into person ${earlier.survivor_id}`,
        },
      ]
    : [];
  if (earlier.survivor_id === pair.survivorId || earlier.survivor_id === pair.mergedId) {
    return new ConflictError(
      'person_already_merged',
      `The two persons are already merged: person ${earlier.merged_id} into person ${earlier.survivor_id}. Nothing is left to merge; to merge them the other way round, undo that merge first.`,
      fields,
    );
  }
  return new ConflictError(
    'person_already_merged',
    `The two persons are already one: both resolve to person ${masterId} through earlier merges. Nothing is left to merge; undo one of those merges to separate them.`,
  );
}

/**
 * The open pairs whose two persons the merge put in one cluster (MY1b→MY1 then MY1c→MY1 leaves
 * MY1c~MY1b) are settled by it: `same`, with a `settled` step naming the merge, each audited as
 * `linkage.settle` — they leave the review queue, nobody having to decide what the merges already
 * say (decision 0138).
 */
async function settlePairsOfCluster(
  props: CommandProps,
  merge: { mergeId: string; personId: string; reason: string },
): Promise<void> {
  const { tx, actor } = props;
  const personIds = await clusterMembersOf(tx, merge.personId);
  const settled = await settleOpenPairs(tx, { personIds, reason: merge.reason, userId: actor.userId });
  for (const candidateId of settled) {
    await insertPairStep(tx, {
      candidateId,
      agencyId: actor.agencyId,
      step: 'settled',
      status: 'same',
      reason: merge.reason,
      userId: actor.userId,
      mergeId: merge.mergeId,
    });
    await auditCommand(
      props,
      'linkage.settle',
      { type: 'linkage_candidate', id: candidateId },
      { mergeId: merge.mergeId, status: 'same', previous: 'open' },
    );
  }
}

/**
 * Undoes a merge: the merged person resolves to itself again (and those merged into it, to it).
 * The merge row stays, closed; the pair goes back to the queue undecided (`open`, decision 0113),
 * and so do the pairs settled by merges that the undo separates (decision 0138),
 * with the undo and its reason as the latest step of its history — who accepted it and why stay in
 * the history (decision 0075).
 */
export async function undoMerge(props: CommandProps & { merge: MergeRow; reason: string }): Promise<void> {
  const { tx, actor, merge, reason } = props;
  if (merge.undone_at) throw new ConflictError('person_merge_undone', 'The merge was already undone.');
  const cluster = await clusterMembersOf(tx, merge.survivor_id);
  const undone = await undoMergeRow(tx, { id: merge.id, reason, userId: actor.userId });
  if (!undone) throw new ConflictError('person_merge_undone', 'The merge was already undone.');
  /** A pair open again because of this undo, in its history. */
  const reopenedStep = (candidateId: string) =>
    insertPairStep(tx, {
      candidateId,
      agencyId: actor.agencyId,
      step: 'merge_undone',
      status: 'open',
      reason,
      userId: actor.userId,
      mergeId: merge.id,
    });
  if (merge.candidate_id) {
    await tx.query(
      `update person_match_candidate set status = 'open', reason = $2, decided_by = null, decided_at = null,
              version = version + 1 where id = $1`,
      [merge.candidate_id, reason],
    );
    await reopenedStep(merge.candidate_id);
  }
  await auditCommand(
    props,
    'person.merge_undo',
    { type: 'person_merge', id: merge.id },
    {
      survivorId: merge.survivor_id,
      mergedId: merge.merged_id,
    },
  );
  // Pairs settled by merges (decision 0138) whose persons the undo separates are undecided again.
  for (const candidateId of await reopenSeparatedPairs(tx, { personIds: cluster, reason })) {
    await reopenedStep(candidateId);
    await auditCommand(
      props,
      'linkage.reopen',
      { type: 'linkage_candidate', id: candidateId },
      { mergeId: merge.id, status: 'open', previous: 'same' },
    );
  }
}

/**
 * The holder of a likely match across agencies names itself to the newer side (decision 0050): the
 * newer agency's hints paired with this one name the holder from now on, and the newer agency's
 * linkage reviewers are notified (migration 0159). Idempotent, as an erasure notice's
 * acknowledgement (0049): disclosing again changes nothing, notifies and audits nothing.
 */
export async function discloseHeldHint(props: CommandProps & { hint: HintListRow }): Promise<void> {
  const { tx, hint } = props;
  if (hint.disclosed_at) return;
  const { notified } = await discloseHint(tx, hint.id);
  await auditCommand(
    props,
    'linkage_hint.disclose',
    { type: 'linkage_hint', id: hint.id },
    { personId: hint.person_id, otherAgencyId: hint.other_agency_id, notifiedUsers: notified.length },
  );
}
