/**
 * Held-out-3 and held-out-4 misses and false pairs grouped by what the model read (diagnosis for
 * issue 8, decision 0161; no parameter is taken from it). A missed true pair: whether blocking made
 * it, whether it scored above the threshold and was lowered by one-person-at-most.ts ("shared
 * below"), the two records' dates (full, partial — a year or the 01-01 put in for it —, none), the
 * name's and the date's levels, and for those scored below, the fields that speak against it. A false
 * pair: how the two persons were made (sibling, twin, namesake, unrelated) and the same levels.
 * Counts only; `--examples n` prints n pairs of each cause with their evidence to stderr.
 *
 *   npx node --max-old-space-size=12000 bench/linkage/miss-causes.ts --set held-out-4|held-out-3 --seed 20261210 [--examples 3]
 */
import { parseArgs } from 'node:util';
import {
  type LinkageResult,
  linkRecords,
  type PreparedRecord,
  personAnchor,
  personBlocking,
  personComparisons,
  personTraining,
  scorePair,
} from '../../src/linkage/index.ts';
import type { TruthRecord } from './data.ts';
import type { HeldOutRecord } from './holdout-names.ts';
import { heldOutSet3 } from './holdout3-names.ts';
import { heldOut4Facts, relation } from './holdout4-breakdown.ts';
import { heldOutSet4 } from './holdout4-set.ts';

const { values: options } = parseArgs({
  options: {
    set: { type: 'string', default: 'held-out-4' },
    seed: { type: 'string', default: '20261210' },
    persons: { type: 'string', default: '2000' },
    examples: { type: 'string', default: '0' },
  },
});
const seed = Number(options.seed);
const persons = Number(options.persons);
const examples = Number(options.examples);

const records: TruthRecord[] =
  options.set === 'held-out-3' ? heldOutSet3(persons, seed) : heldOutSet4(persons, seed);
const facts = options.set === 'held-out-4' ? heldOut4Facts(persons, seed) : undefined;

function relationOf(a: TruthRecord, b: TruthRecord): string {
  if (facts) return relation(facts, a.truth, b.truth);
  const of = (r: HeldOutRecord) => r.negativeOf?.replace(/^\w+ of /, '');
  const kind = (r: HeldOutRecord) => r.negativeOf?.split(' ')[0] ?? '';
  const [x, y] = [a as HeldOutRecord, b as HeldOutRecord];
  if (of(x) === y.truth) return kind(x);
  if (of(y) === x.truth) return kind(y);
  if (of(x) !== undefined && of(x) === of(y)) return `${kind(x)} / ${kind(y)}`;
  return 'unrelated';
}

const result: LinkageResult = linkRecords(records, {
  comparisons: personComparisons,
  blocking: personBlocking,
  training: personTraining,
  anchor: personAnchor,
  seed: 20261201,
  maxBlock: 1000,
});

const dateOf = (r: PreparedRecord) => (r.birth === undefined ? 'none' : r.birth.partial ? 'partial' : 'full');
const dates = (a: PreparedRecord, b: PreparedRecord) => [dateOf(a), dateOf(b)].sort().join('+');
const fatherOf = (a: PreparedRecord, b: PreparedRecord) =>
  a.fatherKey === '' && b.fatherKey === ''
    ? 'no father'
    : a.fatherKey === '' || b.fatherKey === ''
      ? 'father on one'
      : 'father on both';
const levelsOf = (a: PreparedRecord, b: PreparedRecord) => {
  const evidence = scorePair(result.model, a, b, true).evidence;
  const level = (field: string) => evidence.find((e) => e.field === field)?.level ?? '-';
  return `name ${level('name')}, birth ${level('birth')}`;
};

/** What in a scored pair speaks against it: each field read as two persons, or too weak to link. */
function against(a: PreparedRecord, b: PreparedRecord): string[] {
  const evidence = scorePair(result.model, a, b, true).evidence;
  const level = (field: string) => evidence.find((e) => e.field === field)?.level ?? '-';
  const reasons: string[] = [];
  const unknownSex = [a, b].some((r) => /^unknown$/i.test(r.record.sex ?? ''));
  if (level('sex') === 'different')
    reasons.push(unknownSex ? 'sex "unknown" on one read as different' : 'sex different');
  if (level('nationality') === 'different') reasons.push('nationality different');
  if (['different', 'within 2 years'].includes(level('birth'))) reasons.push(`birth ${level('birth')}`);
  if (['different', 'another name', 'partial'].includes(level('name'))) reasons.push(`name ${level('name')}`);
  if (reasons.length === 0) reasons.push('nothing against: agreement too weak');
  return reasons;
}

const pairKey = (i: number, j: number) => (i < j ? i * 2 ** 26 + j : j * 2 ** 26 + i);
const probability = new Map<number, number>();
const { scored, threshold } = result;
for (let p = 0; p < scored.count; p++)
  probability.set(
    pairKey(scored.left[p] as number, scored.right[p] as number),
    scored.probability[p] as number,
  );

const count = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
const shown = new Map<string, number>();
const show = (cause: string, line: () => string) => {
  if ((shown.get(cause) ?? 0) >= examples) return;
  count(shown, cause);
  process.stderr.write(`${cause}: ${line()}\n`);
};
const evidenceOf = (a: PreparedRecord, b: PreparedRecord) =>
  scorePair(result.model, a, b, true)
    .evidence.map((e) => `${e.field} ${e.level}${e.weight === 0 ? '' : ` ${e.weight.toFixed(1)}`}`)
    .join(', ');
const written = (r: PreparedRecord) =>
  `${r.record.name} (${r.record.birth ?? '—'}, ${r.record.sex ?? '—'}, ${r.record.nationality ?? '—'}, ${r.record.source})`;

const byTruth = new Map<string, number[]>();
records.forEach((r, i) => {
  byTruth.set(r.truth, [...(byTruth.get(r.truth) ?? []), i]);
});
const missedBy = new Map<string, number>();
const missedCoarse = new Map<string, number>();
const missedAgainst = new Map<string, number>();
let truePairs = 0;
let missed = 0;
for (const members of byTruth.values())
  for (let x = 0; x < members.length; x++)
    for (let y = x + 1; y < members.length; y++) {
      truePairs++;
      const [i, j] = [members[x] as number, members[y] as number];
      const p = probability.get(pairKey(i, j));
      if (p !== undefined && p >= threshold) continue;
      missed++;
      const [a, b] = [result.records[i] as PreparedRecord, result.records[j] as PreparedRecord];
      const blocked =
        p === undefined
          ? 'not a candidate'
          : scorePair(result.model, a, b).probability >= threshold
            ? 'shared below'
            : 'scored below';
      const coarse = `${blocked}; dates ${dates(a, b)}`;
      const cause = `${coarse}; ${levelsOf(a, b)}; ${fatherOf(a, b)}`;
      count(missedCoarse, coarse);
      if (blocked === 'scored below') for (const reason of against(a, b)) count(missedAgainst, reason);
      count(missedBy, cause);
      show(
        `FN ${cause}`,
        () => `p=${p?.toFixed(3) ?? '-'} ${written(a)} | ${written(b)} — ${evidenceOf(a, b)}`,
      );
    }
const falseBy = new Map<string, number>();
const falseCoarse = new Map<string, number>();
let falsePairs = 0;
for (let p = 0; p < scored.count; p++) {
  if ((scored.probability[p] as number) < threshold) continue;
  const [i, j] = [scored.left[p] as number, scored.right[p] as number];
  const [ra, rb] = [records[i] as TruthRecord, records[j] as TruthRecord];
  if (ra.truth === rb.truth) continue;
  falsePairs++;
  const [a, b] = [result.records[i] as PreparedRecord, result.records[j] as PreparedRecord];
  const coarse = `${relationOf(ra, rb)}; dates ${dates(a, b)}`;
  const cause = `${coarse}; ${levelsOf(a, b)}; ${fatherOf(a, b)}`;
  count(falseCoarse, coarse);
  count(falseBy, cause);
  show(
    `FP ${cause}`,
    () =>
      `p=${(scored.probability[p] as number).toFixed(3)} ${written(a)} | ${written(b)} — ${evidenceOf(a, b)}`,
  );
}

function table(title: string, counts: Map<string, number>, top: number) {
  console.log(`\n${title}\n\n| cause | pairs |\n|---|---|`);
  for (const [key, n] of [...counts].sort((x, y) => y[1] - x[1]).slice(0, top))
    console.log(`| ${key} | ${n} |`);
}
console.log(
  `${options.set} seed ${seed}: ${truePairs} true pairs, ${missed} missed, ${falsePairs} false pairs, ${result.pairCount} candidate pairs`,
);
table('Missed true pairs, coarse:', missedCoarse, 20);
table(
  'Missed true pairs scored below (not shared), what speaks against them (a pair counts under each):',
  missedAgainst,
  20,
);
table('Missed true pairs by levels:', missedBy, 30);
table('False pairs, coarse:', falseCoarse, 20);
table('False pairs by levels:', falseBy, 30);
