import { prepared, type Tx } from '../../db/db.ts';
import type { FieldEvidence } from '../../linkage/index.ts';
import { NotFoundError } from '../../shared/errors.ts';
import type { DocumentEvidence } from './document-evidence.ts';
import type { CandidateStatus } from './linkage.schema.ts';
import type { ScoredPair } from './person-scoring.ts';

export interface CandidateRow {
  id: string;
  agency_id: string;
  person_a: string;
  person_b: string;
  probability: number;
  weight: number;
  /** Each field's evidence; a shared document's row names the document's kind and issuer (decision 0121). */
  evidence: readonly (FieldEvidence | DocumentEvidence)[];
  fingerprint: string;
  status: CandidateStatus;
  reason: string | null;
  decided_at: Date | null;
  version: number;
  scored_at: Date;
  merge_id: string | null;
}

export interface MergeRow {
  id: string;
  agency_id: string;
  candidate_id: string | null;
  survivor_id: string;
  merged_id: string;
  reason: string;
  merged_at: Date;
  undone_at: Date | null;
  undo_reason: string | null;
}

const candidateSelect = `
  select c.id, c.agency_id, c.person_a, c.person_b, c.probability, c.weight, c.evidence, c.fingerprint, c.status,
         c.reason, c.decided_at, c.version, c.scored_at,
         (select m.id from person_merge m
           where m.undone_at is null
             and (m.candidate_id = c.id
               or (m.survivor_id = c.person_a and m.merged_id = c.person_b)
               or (m.survivor_id = c.person_b and m.merged_id = c.person_a))
           order by m.merged_at desc limit 1) as merge_id
    from person_match_candidate c`;

/** A page of the queue, the strongest pairs first (keyset on probability, id). */
export function listCandidates(
  tx: Tx,
  filter: { status: string; after?: [number, string] | undefined; limit: number },
): Promise<CandidateRow[]> {
  return tx.query<CandidateRow>(
    `${candidateSelect}
      where c.status = $1
        and ($2::float8 is null or (c.probability, c.id) < ($2::float8, $3::uuid))
      order by c.probability desc, c.id desc
      limit $4`,
    [filter.status, filter.after?.[0] ?? null, filter.after?.[1] ?? null, filter.limit + 1],
  );
}

export async function requireCandidate(tx: Tx, id: string, lock = false): Promise<CandidateRow> {
  const [row] = await tx.query<CandidateRow>(
    `${candidateSelect} where c.id = $1${lock ? ' for update of c' : ''}`,
    [id],
  );
  if (!row) throw new NotFoundError('linkage_candidate');
  return row;
}

/** A stored pair as a scan or a match compares it with the pairs it found. */
export type StoredPair = Pick<
  CandidateRow,
  'id' | 'person_a' | 'person_b' | 'status' | 'probability' | 'fingerprint'
>;

/** The stored pairs of the agency (or of these persons), to tell new ones from rescored ones. */
export function storedPairs(tx: Tx, personIds?: readonly string[]): Promise<StoredPair[]> {
  return personIds
    ? tx.query(storedPairsOf, [personIds])
    : tx.query('select id, person_a, person_b, status, probability, fingerprint from person_match_candidate');
}

/**
 * A match job's read of its persons' pairs, kept prepared (decision 0142). Each side's condition
 * alone, not the two joined by `or`: a single `= any` is cheap enough that PostgreSQL tests it before
 * the row-level policy's look-ups of both persons. Planned while the table had no statistics (a new
 * platform's first jobs), the read goes through the agency's whole queue, and with `or` it looked up
 * both persons of every pair there first: 30 ms at 5,700 pairs against 3.6 (decision 0205).
 */
const storedPairsOf = prepared(
  `select id, person_a, person_b, status, probability, fingerprint from person_match_candidate
    where person_a = any ($1::uuid[])
   union all
   select id, person_a, person_b, status, probability, fingerprint from person_match_candidate
    where person_b = any ($1::uuid[]) and not person_a = any ($1::uuid[])`,
);

/** The pairs' write, kept prepared (decision 0142): one statement over arrays, a column each. */
const upsertPairs = prepared(
  `insert into person_match_candidate (agency_id, person_a, person_b, probability, weight, evidence, fingerprint)
     select $1, s.person_a, s.person_b, s.probability, s.weight, s.evidence::jsonb, s.fingerprint
       from unnest($2::uuid[], $3::uuid[], $4::float8[], $5::float8[], $6::text[], $7::text[])
         as s(person_a, person_b, probability, weight, evidence, fingerprint)
     on conflict (person_a, person_b) do update
       set probability = excluded.probability, weight = excluded.weight, evidence = excluded.evidence,
           fingerprint = excluded.fingerprint, scored_at = now(), version = person_match_candidate.version + 1
       where person_match_candidate.status = 'open'
         and (person_match_candidate.fingerprint <> excluded.fingerprint
           or person_match_candidate.probability <> excluded.probability)`,
);

/**
 * Adds new pairs and rescores open ones (a decided pair keeps its decision; a decision taken on
 * persons changed since is detected by the fingerprint when acted on). `stored`: the pairs kept
 * before (`storedPairs`), of which only those the statement would change are sent — each row sent
 * costs the policy's and the foreign keys' checks even when nothing is written (decision 0127).
 */
export async function upsertCandidates(
  tx: Tx,
  agencyId: string,
  found: readonly ScoredPair[],
  stored: readonly StoredPair[],
): Promise<void> {
  const kept = new Map(stored.map((s) => [`${s.person_a}:${s.person_b}`, s]));
  const pairs = found.filter((p) => {
    const before = kept.get(`${p.personA}:${p.personB}`);
    return (
      !before ||
      (before.status === 'open' &&
        (before.fingerprint !== p.fingerprint || before.probability !== p.probability))
    );
  });
  if (pairs.length === 0) return;
  // One statement over arrays (a column each): no JSON document of every pair to build and parse.
  await tx.query(upsertPairs, [
    agencyId,
    pairs.map((p) => p.personA),
    pairs.map((p) => p.personB),
    pairs.map((p) => p.probability),
    pairs.map((p) => p.weight),
    pairs.map((p) => JSON.stringify(p.evidence)),
    pairs.map((p) => p.fingerprint),
  ]);
}

/**
 * Removes open pairs no longer found; answers how many left. A pair with a history (one put back
 * undecided by the undoing of its merge, decision 0113) stays for its reviewer to decide.
 */
export async function removeCandidates(tx: Tx, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const removed = await tx.query(
    `delete from person_match_candidate c
      where c.status = 'open' and c.id = any ($1::uuid[])
        and not exists (select 1 from person_match_decision d where d.candidate_id = c.id)
        and not exists (select 1 from person_merge m where m.candidate_id = c.id)
     returning c.id`,
    [ids],
  );
  return removed.length;
}

export async function decideCandidate(
  tx: Tx,
  props: { id: string; version: number; status: string; reason: string; userId: string },
): Promise<boolean> {
  const rows = await tx.query(
    `update person_match_candidate
        set status = $3, reason = $4, decided_by = $5, decided_at = now(), version = version + 1
      where id = $1 and version = $2 returning id`,
    [props.id, props.version, props.status, props.reason, props.userId],
  );
  return rows.length === 1;
}

/** A step of a pair's review: what the reviewer did, with the pair's status after it and why. */
export interface PairStepRow {
  candidate_id: string;
  step: 'decided' | 'merged' | 'settled' | 'merge_undone';
  /** `open` only after an undo: the pair is undecided again (decision 0113). */
  status: CandidateStatus;
  reason: string;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: Date;
  merge_id: string | null;
}

/** Adds a step to a pair's history (migration 0195): never changed afterwards. */
export async function insertPairStep(
  tx: Tx,
  step: {
    candidateId: string;
    agencyId: string;
    step: PairStepRow['step'];
    status: PairStepRow['status'];
    reason: string;
    userId: string;
    mergeId?: string;
  },
): Promise<void> {
  await tx.query(
    `insert into person_match_decision (candidate_id, agency_id, step, status, reason, decided_by, merge_id)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [step.candidateId, step.agencyId, step.step, step.status, step.reason, step.userId, step.mergeId ?? null],
  );
}

/** The pairs' histories, oldest step first, with who took each step (where the reader may see the user). */
export function pairSteps(tx: Tx, candidateIds: readonly string[]): Promise<PairStepRow[]> {
  return tx.query<PairStepRow>(
    `select d.candidate_id, d.step, d.status, d.reason, d.decided_by, u.display_name as decided_by_name,
            d.decided_at, d.merge_id
       from person_match_decision d left join app_user u on u.id = d.decided_by
      where d.candidate_id = any ($1::uuid[])
      -- A merge of an undecided pair decides it in the same transaction, at the same moment: the
      -- decision comes before the merge (decision 0130).
      order by d.candidate_id, d.decided_at,
               case d.step when 'decided' then 0 when 'merged' then 1 when 'settled' then 2 else 3 end, d.id`,
    [candidateIds],
  );
}

const mergeSelect = `select id, agency_id, candidate_id, survivor_id, merged_id, reason, merged_at, undone_at, undo_reason
  from person_merge`;

export async function requireMerge(tx: Tx, id: string, lock = false): Promise<MergeRow> {
  const [row] = await tx.query<MergeRow>(`${mergeSelect} where id = $1${lock ? ' for update' : ''}`, [id]);
  if (!row) throw new NotFoundError('person_merge');
  return row;
}

/** The merge in force that makes this person resolve to another, if any. */
export async function mergeInForceOf(tx: Tx, personId: string): Promise<MergeRow | undefined> {
  const [row] = await tx.query<MergeRow>(`${mergeSelect} where merged_id = $1 and undone_at is null`, [
    personId,
  ]);
  return row;
}

export async function insertMerge(
  tx: Tx,
  merge: {
    agencyId: string;
    candidateId: string;
    survivorId: string;
    mergedId: string;
    reason: string;
    userId: string;
  },
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into person_merge (agency_id, candidate_id, survivor_id, merged_id, reason, merged_by)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [merge.agencyId, merge.candidateId, merge.survivorId, merge.mergedId, merge.reason, merge.userId],
  );
  return row?.id as string;
}

export async function undoMergeRow(
  tx: Tx,
  props: { id: string; reason: string; userId: string },
): Promise<boolean> {
  const rows = await tx.query(
    `update person_merge set undone_at = now(), undone_by = $3, undo_reason = $2
      where id = $1 and undone_at is null returning id`,
    [props.id, props.reason, props.userId],
  );
  return rows.length === 1;
}

/** Every person resolving to the same master as this one (the cluster), with the merge that brought each in. */
export function clusterOf(
  tx: Tx,
  masterId: string,
): Promise<{ person_id: string; agency_id: string; merge_id: string | null }[]> {
  return tx.query(
    `with recursive down (person_id, merge_id, depth) as (
       select $1::uuid, null::uuid, 0
       union all
       select m.merged_id, m.id, down.depth + 1
         from down join person_merge m on m.survivor_id = down.person_id and m.undone_at is null
        where down.depth < 100
     )
     select d.person_id, p.agency_id, d.merge_id from down d join person p on p.id = d.person_id
      order by d.depth, d.person_id`,
    [masterId],
  );
}

/** The person this one resolves to through the merges in force: itself when merged into nobody. */
export async function masterOf(tx: Tx, personId: string): Promise<string> {
  const [row] = await tx.query<{ master_id: string | null }>(
    'select lindung_person_master($1) as master_id',
    [personId],
  );
  return row?.master_id ?? personId;
}

/** Every person of the cluster this person belongs to: those resolving to the same master. */
export async function clusterMembersOf(tx: Tx, personId: string): Promise<string[]> {
  return (await clusterOf(tx, await masterOf(tx, personId))).map((member) => member.person_id);
}

/**
 * Settles the open pairs of two persons among these (one cluster, after a merge) as `same`, with
 * the merge's reviewer and reason (decision 0138); answers their ids.
 */
export async function settleOpenPairs(
  tx: Tx,
  props: { personIds: readonly string[]; reason: string; userId: string },
): Promise<string[]> {
  const rows = await tx.query<{ id: string }>(
    `update person_match_candidate
        set status = 'same', reason = $2, decided_by = $3, decided_at = now(), version = version + 1
      where status = 'open' and person_a = any ($1::uuid[]) and person_b = any ($1::uuid[])
      returning id`,
    [props.personIds, props.reason, props.userId],
  );
  return rows.map((row) => row.id);
}

/**
 * Puts back undecided (`open`) the pairs of two persons among these whose last step was their
 * settling by a merge and whose persons no longer resolve to one master (decision 0138); answers
 * their ids. A pair a reviewer decided since keeps the reviewer's decision.
 */
export async function reopenSeparatedPairs(
  tx: Tx,
  props: { personIds: readonly string[]; reason: string },
): Promise<string[]> {
  const rows = await tx.query<{ id: string }>(
    `update person_match_candidate c
        set status = 'open', reason = $2, decided_by = null, decided_at = null, version = c.version + 1
      where c.status = 'same' and c.person_a = any ($1::uuid[]) and c.person_b = any ($1::uuid[])
        and lindung_person_master(c.person_a) <> lindung_person_master(c.person_b)
        and (select d.step from person_match_decision d where d.candidate_id = c.id
              order by d.decided_at desc, d.id desc limit 1) = 'settled'
      returning c.id`,
    [props.personIds, props.reason],
  );
  return rows.map((row) => row.id);
}
