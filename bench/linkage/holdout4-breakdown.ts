/**
 * The fourth held-out set's figures broken down, for diagnosis without reading its pairs: pairwise
 * P/R/F1 and false/missed pair counts by the person's name group and by the pair's two agencies,
 * candidate (blocking) recall per group, and how many hard negatives (siblings, twins, namesakes)
 * were linked. The group and the hard-negative kind are bench metadata: the generator draws them,
 * the records the model reads never carry them.
 *
 * The metadata is read back by replaying the generator's own draw of persons (the persons are the
 * first thing drawn from the set's seed) with a Draw that notes which kind each person was drawn as
 * and whom a sibling, twin or namesake was drawn from — the generator itself is left untouched.
 */
import type { LinkageResult } from '../../src/linkage/index.ts';
import type { TruthRecord } from './data.ts';
import { type Group, type TruePerson, truePersons } from './holdout4-persons.ts';
import { Draw } from './holdout4-random.ts';

export type PersonKind = 'new' | 'sibling' | 'twin' | 'namesake';

export interface PersonFacts {
  readonly group: Group;
  readonly kind: PersonKind;
  /** The earlier person a sibling, twin or namesake was drawn from. */
  readonly of: string | null;
}

const kinds = new Set<string>(['new', 'sibling', 'twin', 'namesake']);
const isKindTable = (weights: object) => {
  const keys = Object.keys(weights);
  return keys.length === kinds.size && keys.every((k) => kinds.has(k));
};
const isPerson = (value: unknown): value is TruePerson =>
  typeof value === 'object' && value !== null && 'group' in value && 'born' in value;

/** A Draw that draws exactly as the generator's and notes the person kinds and the persons picked. */
class NotingDraw extends Draw {
  readonly kindsDrawn: PersonKind[] = [];
  readonly personsPicked: TruePerson[] = [];

  override weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K {
    const key = super.weighted(weights);
    if (isKindTable(weights)) this.kindsDrawn.push(key as PersonKind);
    return key;
  }

  override pick<T>(list: readonly T[]): T {
    const picked = super.pick(list);
    if (isPerson(picked)) this.personsPicked.push(picked);
    return picked;
  }
}

/** Each person's name group and hard-negative kind, by person id (the records' `truth`). */
export function heldOut4Facts(persons: number, seed: number): Map<string, PersonFacts> {
  const draw = new NotingDraw(seed);
  const drawn = truePersons(draw, persons);
  const facts = new Map<string, PersonFacts>();
  let picked = 0;
  drawn.forEach((person, i) => {
    // The first person is always new, with no kind drawn for it.
    const kind: PersonKind = i === 0 ? 'new' : (draw.kindsDrawn[i - 1] as PersonKind);
    const of = kind === 'new' ? null : (draw.personsPicked[picked++] as TruePerson).id;
    facts.set(person.id, { group: person.group, kind, of });
  });
  return facts;
}

/** How two different persons were made: one from the other (sibling, twin, namesake), from one elder, or apart. */
export function relation(facts: ReadonlyMap<string, PersonFacts>, a: string, b: string): string {
  const fa = facts.get(a);
  const fb = facts.get(b);
  if (fa === undefined || fb === undefined) return 'unrelated';
  if (fa.of === b) return fa.kind;
  if (fb.of === a) return fb.kind;
  if (fa.of !== null && fa.of === fb.of) {
    const family = (k: PersonKind) => k === 'sibling' || k === 'twin';
    return family(fa.kind) && family(fb.kind) ? 'sibling' : `${fa.kind} / ${fb.kind} of one`;
  }
  return 'unrelated';
}

interface Tally {
  truePairs: number;
  candidates: number;
  linked: number;
  falsePairs: number;
}
const emptyTally = (): Tally => ({ truePairs: 0, candidates: 0, linked: 0, falsePairs: 0 });

function tallyOf(tallies: Map<string, Tally>, key: string): Tally {
  let tally = tallies.get(key);
  if (tally === undefined) {
    tally = emptyTally();
    tallies.set(key, tally);
  }
  return tally;
}

const pairKey = (i: number, j: number) => (i < j ? i * 2 ** 26 + j : j * 2 ** 26 + i);
const agencyPair = (a: TruthRecord, b: TruthRecord) => [a.source ?? '', b.source ?? ''].sort().join('–');
const groupOf = (facts: ReadonlyMap<string, PersonFacts>, r: TruthRecord) =>
  facts.get(r.truth)?.group ?? 'unknown';

function printTable(title: string, tallies: Map<string, Tally>) {
  const d = (n: number) => n.toFixed(3);
  console.log(`\n${title}\n`);
  console.log('| | true pairs | candidate recall | P | R | F1 | false pairs | missed pairs |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [key, t] of [...tallies].sort((x, y) => y[1].truePairs - x[1].truePairs)) {
    const p = t.linked / Math.max(1, t.linked + t.falsePairs);
    const r = t.linked / Math.max(1, t.truePairs);
    const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    console.log(
      `| ${key} | ${t.truePairs} | ${d(t.candidates / Math.max(1, t.truePairs))} | ${d(p)} | ${d(r)} | **${d(f1)}** | ${t.falsePairs} | ${t.truePairs - t.linked} |`,
    );
  }
}

export interface BreakdownOptions {
  /** Print this many error pairs per listed group to stderr (for the groups in `groups` only). */
  readonly examples?: number;
  readonly groups?: readonly string[];
}

/**
 * Prints the breakdown tables (by name group, by agency pair, hard negatives by kind). A false
 * pair of two groups counts under "a + b". With `examples`, prints that many missed and false
 * pairs of each listed group to stderr.
 */
export function printHeldOut4Breakdown(
  records: readonly TruthRecord[],
  result: LinkageResult,
  facts: ReadonlyMap<string, PersonFacts>,
  options: BreakdownOptions = {},
): void {
  const { scored, threshold } = result;
  const probability = new Map<number, number>();
  for (let p = 0; p < scored.count; p++)
    probability.set(
      pairKey(scored.left[p] as number, scored.right[p] as number),
      scored.probability[p] as number,
    );
  const byGroup = new Map<string, Tally>();
  const byAgencies = new Map<string, Tally>();
  const byTruth = new Map<string, number[]>();
  records.forEach((r, i) => {
    byTruth.set(r.truth, [...(byTruth.get(r.truth) ?? []), i]);
  });
  const shown = new Map<string, number>();
  const show = (label: string, group: string, line: () => string) => {
    if (!options.examples || !options.groups?.includes(group)) return;
    const key = `${label} ${group}`;
    if ((shown.get(key) ?? 0) >= options.examples) return;
    shown.set(key, (shown.get(key) ?? 0) + 1);
    process.stderr.write(`${label} [${group}] ${line()}\n`);
  };
  const written = (r: TruthRecord) => `${r.name} (${r.birth ?? '—'}, ${r.sex ?? '—'}, ${r.source})`;
  for (const members of byTruth.values())
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) {
        const a = records[members[x] as number] as TruthRecord;
        const b = records[members[y] as number] as TruthRecord;
        const p = probability.get(pairKey(members[x] as number, members[y] as number));
        const group = groupOf(facts, a);
        for (const tally of [tallyOf(byGroup, group), tallyOf(byAgencies, agencyPair(a, b))]) {
          tally.truePairs++;
          if (p !== undefined) tally.candidates++;
          if (p !== undefined && p >= threshold) tally.linked++;
        }
        if (p === undefined || p < threshold)
          show('missed', group, () => `p=${p?.toFixed(3) ?? 'not blocked'}: ${written(a)} | ${written(b)}`);
      }
  const hardNegatives = new Map<string, { candidates: number; linked: number }>();
  for (let p = 0; p < scored.count; p++) {
    const a = records[scored.left[p] as number] as TruthRecord;
    const b = records[scored.right[p] as number] as TruthRecord;
    if (a.truth === b.truth) continue;
    const kind = relation(facts, a.truth, b.truth);
    const counts = hardNegatives.get(kind) ?? { candidates: 0, linked: 0 };
    counts.candidates++;
    const linked = (scored.probability[p] as number) >= threshold;
    if (linked) counts.linked++;
    hardNegatives.set(kind, counts);
    if (!linked) continue;
    const [ga, gb] = [groupOf(facts, a), groupOf(facts, b)].sort() as [string, string];
    const group = ga === gb ? ga : `${ga} + ${gb}`;
    tallyOf(byGroup, group).falsePairs++;
    tallyOf(byAgencies, agencyPair(a, b)).falsePairs++;
    show(
      'false',
      group,
      () => `${kind} p=${(scored.probability[p] as number).toFixed(3)}: ${written(a)} | ${written(b)}`,
    );
  }
  printTable('Held-out 4 by name group:', byGroup);
  printTable('Held-out 4 by agency pair:', byAgencies);
  console.log('\nHeld-out 4, pairs of different persons scored (candidates) and linked, by relation:\n');
  console.log('| relation | candidate pairs | linked (false pairs) | share linked |');
  console.log('|---|---|---|---|');
  for (const [kind, c] of [...hardNegatives].sort((x, y) => y[1].linked - x[1].linked))
    console.log(`| ${kind} | ${c.candidates} | ${c.linked} | ${(c.linked / c.candidates).toFixed(3)} |`);
}
