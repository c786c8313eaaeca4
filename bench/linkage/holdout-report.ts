import { type LinkageResult, scorePair } from '../../src/linkage/index.ts';
import type { HeldOutRecord } from './holdout-names.ts';

const pairKey = (i: number, j: number) => (i < j ? i * 2 ** 26 + j : j * 2 ** 26 + i);

function countUp(counts: Map<string, number>, key: string) {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** A pair's evidence as the model weighs it, field by field ("name strong +9.2"), for reading an example. */
function evidenceOf(result: LinkageResult, i: number, j: number): string {
  const a = result.records[i];
  const b = result.records[j];
  if (!a || !b) return '';
  return scorePair(result.model, a, b, true)
    .evidence.map(
      (e) =>
        `${e.field} ${e.level}${e.weight === 0 ? '' : ` ${e.weight > 0 ? '+' : ''}${e.weight.toFixed(1)}`}`,
    )
    .join(', ');
}

/** Whether two held-out persons were made as each other's sibling or namesake (or of one person). */
function relation(a: HeldOutRecord, b: HeldOutRecord): string {
  const of = (r: HeldOutRecord) => r.negativeOf?.replace(/^\w+ of /, '');
  const kind = (r: HeldOutRecord) => r.negativeOf?.split(' ')[0] ?? '';
  if (of(a) === b.truth) return kind(a);
  if (of(b) === a.truth) return kind(b);
  if (of(a) !== undefined && of(a) === of(b)) return `${kind(a)} / ${kind(b)}`;
  return 'unrelated';
}

/**
 * The held-out set's misses by cause: false negatives counted by each thing done to either record
 * (a pair missed with a spelling and a typo counts under both), against the true pairs showing it,
 * and whether blocking made the pair at all; false positives by how the two persons are related
 * (siblings, namesakes, unrelated). `examples` pairs of each are printed to stderr with the
 * evidence per field as the model weighs it (level and bits), for reading;
 * `title` names the set in the headings (more than one held-out set uses this report).
 */
export function printFailureCategories(
  records: readonly HeldOutRecord[],
  result: LinkageResult,
  examples = 0,
  title = 'Held-out set',
): void {
  const probability = new Map<number, number>();
  const { scored } = result;
  for (let p = 0; p < scored.count; p++)
    probability.set(
      pairKey(scored.left[p] as number, scored.right[p] as number),
      scored.probability[p] as number,
    );
  const byTruth = new Map<string, number[]>();
  records.forEach((r, i) => {
    byTruth.set(r.truth, [...(byTruth.get(r.truth) ?? []), i]);
  });
  const pairsWith = new Map<string, number>();
  const missedWith = new Map<string, number>();
  const shown = new Map<string, number>();
  let unblocked = 0;
  let missed = 0;
  for (const members of byTruth.values())
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) {
        const a = records[members[x] as number] as HeldOutRecord;
        const b = records[members[y] as number] as HeldOutRecord;
        const tags = new Set([...a.tags.slice(1), ...b.tags.slice(1), `group ${a.tags[0]}`]);
        for (const tag of tags) countUp(pairsWith, tag);
        const p = probability.get(pairKey(members[x] as number, members[y] as number));
        if (p !== undefined && p >= result.threshold) continue;
        missed++;
        if (p === undefined) unblocked++;
        for (const tag of tags) countUp(missedWith, tag);
        const label = [...tags].find((t) => !t.startsWith('group')) ?? 'nothing done';
        if ((shown.get(label) ?? 0) < examples) {
          countUp(shown, label);
          process.stderr.write(
            `FN [${[...tags].join(', ')}] p=${p?.toFixed(3) ?? 'not blocked'}: ${a.name} (${a.birth}) | ${b.name} (${b.birth}) — ${evidenceOf(result, members[x] as number, members[y] as number)}\n`,
          );
        }
      }
  const wrong = new Map<string, number>();
  for (let p = 0; p < scored.count; p++) {
    if ((scored.probability[p] as number) < result.threshold) continue;
    const a = records[scored.left[p] as number] as HeldOutRecord;
    const b = records[scored.right[p] as number] as HeldOutRecord;
    if (a.truth === b.truth) continue;
    const label = `${relation(a, b)} (${a.tags[0]})`;
    countUp(wrong, label);
    if ((shown.get(`FP ${label}`) ?? 0) < examples) {
      countUp(shown, `FP ${label}`);
      process.stderr.write(
        `FP [${label}] p=${(scored.probability[p] as number).toFixed(3)}: ${a.name} (${a.birth}) | ${b.name} (${b.birth}) — ${evidenceOf(result, scored.left[p] as number, scored.right[p] as number)}\n`,
      );
    }
  }
  console.log(
    `\n${title}, missed true pairs: ${missed} (${unblocked} never made a candidate pair by blocking); by what was done to either record (missed / true pairs showing it):\n`,
  );
  console.log('| cause | missed | of pairs | share missed |');
  console.log('|---|---|---|---|');
  for (const [tag, count] of [...missedWith].sort((x, y) => y[1] - x[1]))
    console.log(
      `| ${tag} | ${count} | ${pairsWith.get(tag)} | ${(count / (pairsWith.get(tag) ?? 1)).toFixed(3)} |`,
    );
  const fp = [...wrong].reduce((s, [, n]) => s + n, 0);
  console.log(`\n${title}, false pairs: ${fp}; by how the two persons are related (name group):\n`);
  console.log('| relation | false pairs |');
  console.log('|---|---|');
  for (const [label, count] of [...wrong].sort((x, y) => y[1] - x[1])) console.log(`| ${label} | ${count} |`);
}
