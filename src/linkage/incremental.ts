import { type BlockingRule, blockCap, ruleAdmits } from './blocking-rules.ts';
import { type LinkageModel, type PairScore, scorePair } from './model.ts';
import { namesakeShares, sharedScore } from './namesake-shares.ts';
import { type LinkRecord, type PreparedRecord, prepareRecord } from './record.ts';

/** A block a record is in: the largest block its rule keeps, and the rule (whose `only` picks the pairs). */
interface Block {
  readonly cap: number;
  readonly rule: BlockingRule;
}

/** The blocks a record is in, one string per rule and key. */
function blockKeys(
  rules: readonly BlockingRule[],
  record: PreparedRecord,
  maxBlock: number,
): Map<string, Block> {
  const keys = new Map<string, Block>();
  for (const rule of rules) {
    const cap = blockCap(rule, maxBlock);
    for (const key of rule.keys(record)) keys.set(`${rule.name}\u0000${key}`, { cap, rule });
  }
  return keys;
}

/**
 * For each record `isTarget` picks, the records sharing a block with it (itself included), blocks
 * larger than `maxBlock` (or their rule's own cap) skipped: what `LinkageIndex.candidates` gives once every record is added,
 * holding only the targets' blocks — an index of a million persons' every block would not fit a
 * Map (V8 caps one at 2^24 entries).
 */
export function blockMates(
  records: readonly PreparedRecord[],
  isTarget: (record: PreparedRecord) => boolean,
  rules: readonly BlockingRule[],
  maxBlock: number,
): Map<PreparedRecord, PreparedRecord[]> {
  const targets = records.filter(isTarget);
  const blocks = new Map<string, PreparedRecord[]>();
  for (const target of targets)
    for (const key of blockKeys(rules, target, maxBlock).keys()) blocks.set(key, []);
  for (const record of records)
    for (const key of blockKeys(rules, record, maxBlock).keys()) blocks.get(key)?.push(record);
  const mates = new Map<PreparedRecord, PreparedRecord[]>();
  for (const target of targets) {
    const seen = new Set<PreparedRecord>();
    for (const [key, { cap, rule }] of blockKeys(rules, target, maxBlock)) {
      const block = blocks.get(key) as PreparedRecord[];
      if (block.length > cap) continue;
      for (const record of block) if (record === target || ruleAdmits(rule, target, record)) seen.add(record);
    }
    mates.set(target, [...seen]);
  }
  return mates;
}

export interface Candidate {
  readonly record: PreparedRecord;
  readonly score: PairScore;
}

/**
 * Matches one new person against persons already linked, with a trained model: the new record's
 * blocking keys find the candidates (blocks larger than `maxBlock` or their rule's cap are skipped, as in the batch),
 * each candidate is scored with its evidence per field, the best first. A new record without a
 * full date is one person at most: its likely candidates share their chances among their persons
 * (`namesakeShares`, decision 0160), as the batch's links do at `threshold` (0156), and its weak
 * candidates are raised through those persons (0169).
 */
export class LinkageIndex {
  readonly #blocks = new Map<string, number[]>();
  readonly #records: PreparedRecord[] = [];
  readonly model: LinkageModel;
  readonly rules: readonly BlockingRule[];
  readonly maxBlock: number;
  readonly threshold: number;
  constructor(model: LinkageModel, rules: readonly BlockingRule[], maxBlock = 1000, threshold = 0.5) {
    this.model = model;
    this.rules = rules;
    this.maxBlock = maxBlock;
    this.threshold = threshold;
  }

  add(record: LinkRecord | PreparedRecord): PreparedRecord {
    const prepared = 'tokens' in record ? record : prepareRecord(record, this.#records.length);
    const at = this.#records.length;
    this.#records.push(prepared);
    for (const key of this.#keys(prepared).keys()) {
      const block = this.#blocks.get(key);
      if (block) block.push(at);
      else this.#blocks.set(key, [at]);
    }
    return prepared;
  }

  #keys(record: PreparedRecord): Map<string, Block> {
    return blockKeys(this.rules, record, this.maxBlock);
  }

  /**
   * The records sharing a block with this one, each once, blocks larger than `maxBlock` (or their
   * rule's own cap) skipped —
   * the pairs the batch's blocking would make with it (`candidatePairs`).
   */
  candidates(record: LinkRecord | PreparedRecord): PreparedRecord[] {
    const prepared = 'tokens' in record ? record : prepareRecord(record, -1);
    const seen = new Set<number>();
    const found: PreparedRecord[] = [];
    for (const [key, { cap, rule }] of this.#keys(prepared)) {
      const block = this.#blocks.get(key);
      if (!block || block.length > cap) continue;
      for (const at of block) {
        const other = this.#records[at] as PreparedRecord;
        if (seen.has(at) || (other !== prepared && !ruleAdmits(rule, prepared, other))) continue;
        seen.add(at);
        found.push(other);
      }
    }
    return found;
  }

  /** The best `limit` candidates with probability at least `minimum` (once shared among namesakes). */
  match(record: LinkRecord, limit = 10, minimum = 0.01): Candidate[] {
    const prepared = prepareRecord(record, -1);
    const scored = this.candidates(prepared).map((other) => ({
      record: other,
      score: scorePair(this.model, prepared, other, true),
    }));
    const shares = namesakeShares(
      prepared,
      scored,
      {
        probabilityOf: (candidate) => candidate.score.probability,
        recordOf: (candidate) => candidate.record,
        samePerson: (a, b) => scorePair(this.model, a.record, b.record).probability >= this.threshold,
        pairProbability: (a, b) => scorePair(this.model, a.record, b.record).probability,
      },
      this.threshold,
      this.model.prior,
    );
    return scored
      .map((candidate, n) => ({ ...candidate, score: sharedScore(candidate.score, shares[n] as number) }))
      .filter((candidate) => candidate.score.probability >= minimum)
      .sort((a, b) => b.score.weight - a.score.weight)
      .slice(0, limit);
  }
}
