import { type BlockingRule, blockCap } from './blocking-rules.ts';
import { hashed, hashKey, IntList, KeyNumbers } from './key-numbers.ts';
import type { PreparedRecord } from './record.ts';

/** Candidate pairs as two parallel index arrays. */
export interface CandidatePairs {
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly count: number;
  /** Keys dropped because their block was larger than `maxBlock` (or its rule's own cap). */
  readonly droppedBlocks: number;
}

/**
 * Makes each candidate pair once: a pair is made in the first block (by key number) the two
 * records share whose rule makes it (`only`, `ruleAdmits`), so no set of pairs is needed even for
 * millions of pairs. Blocks larger than
 * `maxBlock`, or than their rule's own cap (`blockCap`), are left out — the other rules still reach
 * the pairs in them. `made`, when given, is told of the pairs each time `made.every` more are made
 * (so that another thread can compare them while the blocks are still walked). In `link` mode only
 * pairs from different sources are made. Keys, blocks and pairs live in typed arrays (a record's
 * keys and a block's members as slices of one array): a million records make tens of millions of
 * keys, too many for a Map and too costly as one small array each. `hashes` are the keys of some
 * of the records made beforehand (by a worker thread, `keyHashes`); the others' are made here.
 */
export function candidatePairs(
  records: readonly PreparedRecord[],
  rules: readonly BlockingRule[],
  options: { maxBlock: number; link?: boolean; hashes?: readonly KeyHashes[]; made?: PairsMade },
): CandidatePairs {
  const numbers = new KeyNumbers();
  const keyList = new IntList();
  const keysFrom = new Int32Array(records.length + 1);
  let sizes: Int32Array = new Int32Array(1 << 16);
  // Each key's cap (its rule's): kept per key, the keys of all rules being numbered together.
  let caps: Int32Array = new Int32Array(1 << 16);
  const ruleCaps = rules.map((rule) => blockCap(rule, options.maxBlock));
  // Rules with `only` by a bit each; each key the bit of its rule, each record the bits of the rules
  // whose `only` picks it: a pair is made from a key whose bit is 0 or set in either record's.
  const ruleBits = onlyBits(rules);
  let keyBits: Int32Array = new Int32Array(1 << 16);
  const recordBits = new Int32Array(records.length);
  if (ruleBits.some((bit) => bit !== 0))
    records.forEach((record, index) => {
      rules.forEach((rule, r) => {
        if (rule.only?.(record)) recordBits[index] = (recordBits[index] as number) | (ruleBits[r] as number);
      });
    });
  const given = [...(options.hashes ?? [])];
  for (let from = 0; from < records.length; ) {
    const hashes =
      given.find((h) => h.from === from) ??
      keyHashes(
        records,
        rules,
        from,
        Math.min(records.length, ...given.filter((h) => h.from > from).map((h) => h.from)),
      );
    for (let index = hashes.from; index < hashes.to; index++) {
      const first = keyList.length;
      const at = index - hashes.from;
      for (let k = hashes.keysFrom[at] as number; k < (hashes.keysFrom[at + 1] as number); k++) {
        const id = numbers.numberOfHash(hashes.first[k] as number, hashes.second[k] as number);
        if (id === sizes.length) {
          sizes = grown(sizes);
          caps = grown(caps);
          keyBits = grown(keyBits);
        }
        caps[id] = ruleCaps[hashes.rule[k] as number] as number;
        keyBits[id] = ruleBits[hashes.rule[k] as number] as number;
        if (holds(keyList, first, id)) continue;
        keyList.push(id);
        sizes[id] = (sizes[id] as number) + 1;
      }
      keysFrom[index + 1] = keyList.length;
    }
    from = hashes.to;
  }
  let droppedBlocks = 0;
  for (let id = 0; id < numbers.size; id++) if ((sizes[id] as number) > (caps[id] as number)) droppedBlocks++;
  const usable = (id: number) => (sizes[id] as number) > 1 && (sizes[id] as number) <= (caps[id] as number);
  // Each record's usable keys, sorted (`firstShared` walks two of them), and each block's members.
  const kept = new IntList(Math.max(1, keyList.length));
  const keptFrom = new Int32Array(records.length + 1);
  const membersFrom = new Int32Array(numbers.size + 1);
  for (let index = 0; index < records.length; index++) {
    const first = kept.length;
    for (let k = keysFrom[index] as number; k < (keysFrom[index + 1] as number); k++) {
      const id = keyList.values[k] as number;
      if (!usable(id)) continue;
      kept.push(id);
      membersFrom[id + 1] = (membersFrom[id + 1] as number) + 1;
    }
    kept.values.subarray(first, kept.length).sort();
    keptFrom[index + 1] = kept.length;
  }
  for (let id = 0; id < numbers.size; id++)
    membersFrom[id + 1] = (membersFrom[id + 1] as number) + (membersFrom[id] as number);
  const members = new Int32Array(kept.length);
  const filled = membersFrom.slice(0, numbers.size);
  for (let index = 0; index < records.length; index++) {
    for (let k = keptFrom[index] as number; k < (keptFrom[index + 1] as number); k++) {
      const id = kept.values[k] as number;
      members[filled[id] as number] = index;
      filled[id] = (filled[id] as number) + 1;
    }
  }
  const left = new IntList();
  const right = new IntList();
  const keys = kept.values;
  const every = options.made?.every ?? 0;
  let told = 0;
  for (let block = 0; block < numbers.size; block++) {
    const from = membersFrom[block] as number;
    const to = membersFrom[block + 1] as number;
    const blockBit = keyBits[block] as number;
    for (let x = from; x < to; x++) {
      const i = members[x] as number;
      for (let y = x + 1; y < to; y++) {
        const j = members[y] as number;
        const either = (recordBits[i] as number) | (recordBits[j] as number);
        if (blockBit !== 0 && (blockBit & either) === 0) continue;
        if (options.link && records[i]?.source === records[j]?.source) continue;
        const shared = firstShared(
          keys,
          keptFrom[i] as number,
          keptFrom[i + 1] as number,
          keptFrom[j] as number,
          keptFrom[j + 1] as number,
          keyBits,
          either,
        );
        if (shared !== block) continue;
        left.push(i);
        right.push(j);
        if (left.length - told === every) {
          options.made?.pairs(left.values, right.values, told, left.length);
          told = left.length;
        }
      }
    }
  }
  return { left: left.values, right: right.values, count: left.length, droppedBlocks };
}

/**
 * Told of the pairs [from, to) as soon as `every` more are made: `left` and `right` are the arrays
 * being filled, valid only during the call (they are replaced as they grow).
 */
export interface PairsMade {
  readonly every: number;
  pairs(left: Int32Array, right: Int32Array, from: number, to: number): void;
}

/**
 * The block keys of records [from, to) as their two hashes (`hashKey`) and their rule's place,
 * record by record (`keysFrom`, from 0): what `candidatePairs` numbers. Typed arrays, so that a
 * worker thread can make them for part of the records and send them.
 */
export interface KeyHashes {
  readonly from: number;
  readonly to: number;
  readonly keysFrom: Int32Array<ArrayBuffer>;
  readonly first: Int32Array<ArrayBuffer>;
  readonly second: Int32Array<ArrayBuffer>;
  readonly rule: Uint8Array<ArrayBuffer>;
}

export function keyHashes(
  records: readonly PreparedRecord[],
  rules: readonly BlockingRule[],
  from: number,
  to: number,
): KeyHashes {
  const keysFrom = new Int32Array(to - from + 1);
  const first = new IntList();
  const second = new IntList();
  const rule = new IntList();
  for (let index = from; index < to; index++) {
    for (let r = 0; r < rules.length; r++) {
      for (const key of (rules[r] as BlockingRule).keys(records[index] as PreparedRecord)) {
        hashKey(`${r}\u0000${key}`);
        first.push(hashed.first);
        second.push(hashed.second);
        rule.push(r);
      }
    }
    keysFrom[index - from + 1] = first.length;
  }
  return {
    from,
    to,
    keysFrom,
    first: first.toArray(),
    second: second.toArray(),
    rule: Uint8Array.from(rule.values.subarray(0, rule.length)),
  };
}

/** Whether `list` holds `value` from `first` on (a record's few keys: a scan beats a set). */
function holds(list: IntList, first: number, value: number): boolean {
  for (let k = first; k < list.length; k++) if (list.values[k] === value) return true;
  return false;
}

function grown(values: Int32Array): Int32Array {
  const bigger = new Int32Array(values.length * 2);
  bigger.set(values);
  return bigger;
}

/**
 * The smallest key number in both sorted slices `keys[a, aEnd)` and `keys[b, bEnd)` that makes the
 * pair — its rule's bit (`keyBits`) 0 or among the pair's (`either`) — or -1.
 */
function firstShared(
  keys: Int32Array,
  a: number,
  aEnd: number,
  b: number,
  bEnd: number,
  keyBits: Int32Array,
  either: number,
): number {
  let i = a;
  let j = b;
  while (i < aEnd && j < bEnd) {
    const x = keys[i] as number;
    const y = keys[j] as number;
    if (x === y) {
      const bit = keyBits[x] as number;
      if (bit === 0 || (bit & either) !== 0) return x;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return -1;
}

/** Each rule's bit for `only` (0 for a rule without): at most 31 such rules. */
function onlyBits(rules: readonly BlockingRule[]): number[] {
  let next = 0;
  return rules.map((rule) => {
    if (rule.only === undefined) return 0;
    if (next >= 31) throw new Error('at most 31 blocking rules with `only`');
    return 1 << next++;
  });
}
