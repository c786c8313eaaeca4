/**
 * How well the name matcher (src/names) tells the same person from another: pairwise precision,
 * recall and F1 at its fixed threshold, on a FEBRL set and on a generated set of Southeast Asian
 * name variants (bench/support/se-asian-variants.ts), and on the held-out set written apart from
 * the rules (bench/linkage/holdout-names.ts). Pairs come from blocking on the matcher's own
 * token keys and phonetic codes; true pairs the blocking misses count as missed.
 *
 *   npm run bench:names [-- --febrl dataset4] [--persons 2000] [--seed 8] [--data ../shared/data/febrl]
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import {
  compareNames,
  matchTokens,
  type NormalisedName,
  normalizeName,
  tokenWeight,
} from '../src/names/index.ts';
import { defaultFebrlDirectory, febrlLines, requireFebrlFiles } from './linkage/data.ts';
import { heldOutSet } from './linkage/holdout-names.ts';
import { type BenchRecord, generateVariantSet } from './support/se-asian-variants.ts';

const { values: options } = parseArgs({
  options: {
    febrl: { type: 'string', default: 'dataset4' },
    persons: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '8' },
    data: { type: 'string', default: defaultFebrlDirectory },
  },
});

/** The matcher's threshold: a pair at or above it is called the same person. Fixed, not tuned on labels. */
export const pairThreshold = 0.75;

function readFebrl(file: string): BenchRecord[] {
  return febrlLines(options.data, file).map((line) => {
    const [id, given, surname, , , , , , , dob] = line.split(',').map((cell) => cell.trim());
    const cluster = (id as string).replace(/-(org|dup-\d+)$/, '');
    const birth =
      dob && /^\d{8}$/.test(dob) ? `${dob.slice(0, 4)}-${dob.slice(4, 6)}-${dob.slice(6, 8)}` : null;
    return {
      id: `${file}:${id}`,
      cluster,
      name: `${given ?? ''} ${surname ?? ''}`.trim(),
      birth,
      nationality: null,
    };
  });
}

interface Prepared {
  record: BenchRecord;
  name: NormalisedName;
  year: number | undefined;
}

/** A full date that is not the 01-01 put in when only the year was known. */
const fullDate = (birth: string | null) => birth !== null && birth.length === 10 && !birth.endsWith('-01-01');

/**
 * Birth agreement for a pair: the same full date counts most; the same year counts when one of
 * them is partial or the dates look like a typo (day and month swapped); two full dates of
 * different years, or years more than two apart, count against.
 */
function birthScore(a: BenchRecord, b: BenchRecord, ya?: number, yb?: number): number {
  if (ya === undefined || yb === undefined) return 0.05;
  if (a.birth === b.birth && fullDate(a.birth)) return 0.2;
  const bothFull = fullDate(a.birth) && fullDate(b.birth);
  const distance = Math.abs(ya - yb);
  if (distance === 0) {
    if (!bothFull) return 0.1;
    const [, am, ad] = (a.birth as string).split('-');
    const [, bm, bd] = (b.birth as string).split('-');
    return (am === bd && ad === bm) || am === bm || ad === bd ? 0.1 : 0;
  }
  if (distance <= 2 && !bothFull) return 0;
  return -0.2;
}

function nationalityScore(a: BenchRecord, b: BenchRecord): number {
  if (!a.nationality || !b.nationality) return 0.05;
  return a.nationality === b.nationality ? 0.1 : -0.1;
}

/** The matcher: names compared as token bags (weight 0.7), then birth and nationality. */
export function scorePair(a: Prepared, b: Prepared): number {
  const name = compareNames(a.name, b.name, 'pair').score;
  return 0.7 * name + birthScore(a.record, b.record, a.year, b.year) + nationalityScore(a.record, b.record);
}

function blockingKeys(prepared: Prepared): string[] {
  const tokens = matchTokens(prepared.name).filter((token) => tokenWeight(token) >= 0.5);
  return [
    ...new Set(tokens.flatMap((token) => [...token.keys, ...token.phonetic.map((code) => `#${code}`)])),
  ];
}

function evaluate(label: string, records: BenchRecord[]) {
  const started = performance.now();
  const prepared: Prepared[] = records.map((record) => ({
    record,
    name: normalizeName(record.name),
    year: record.birth ? Number(record.birth.slice(0, 4)) : undefined,
  }));
  const blocks = new Map<string, number[]>();
  prepared.forEach((p, i) => {
    for (const key of blockingKeys(p)) {
      const block = blocks.get(key) ?? [];
      block.push(i);
      blocks.set(key, block);
    }
  });
  const maxBlock = 400;
  const seen = new Set<number>();
  let truePositives = 0;
  let falsePositives = 0;
  for (const block of blocks.values()) {
    if (block.length > maxBlock) continue;
    for (let x = 0; x < block.length; x++) {
      for (let y = x + 1; y < block.length; y++) {
        const i = block[x] as number;
        const j = block[y] as number;
        const pairKey = i < j ? i * records.length + j : j * records.length + i;
        if (seen.has(pairKey)) continue;
        seen.add(pairKey);
        const a = prepared[i] as Prepared;
        const b = prepared[j] as Prepared;
        if (scorePair(a, b) < pairThreshold) continue;
        if (a.record.cluster === b.record.cluster) truePositives++;
        else falsePositives++;
      }
    }
  }
  const clusterSizes = new Map<string, number>();
  for (const record of records) clusterSizes.set(record.cluster, (clusterSizes.get(record.cluster) ?? 0) + 1);
  const truePairs = [...clusterSizes.values()].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
  const seconds = (performance.now() - started) / 1000;
  const precision = truePositives / Math.max(1, truePositives + falsePositives);
  const recall = truePositives / Math.max(1, truePairs);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const fixed = (value: number) => value.toFixed(3);
  console.log(
    `| ${label} | ${records.length} | ${truePairs} | ${seen.size} | ${fixed(precision)} | ${fixed(recall)} | ${fixed(f1)} | ${seconds.toFixed(1)} s |`,
  );
}

if (import.meta.main) {
  const febrlFiles =
    options.febrl === 'dataset4' ? ['dataset4a.csv', 'dataset4b.csv'] : [`${options.febrl}.csv`];
  requireFebrlFiles(options.data, febrlFiles);
  console.log(
    `load average before: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  console.log(`threshold ${pairThreshold}\n`);
  console.log('| set | records | true pairs | pairs scored | precision | recall | F1 | time |');
  console.log('|---|---|---|---|---|---|---|---|');
  const febrl = febrlFiles.flatMap(readFebrl);
  evaluate(`FEBRL ${options.febrl} (name + date of birth only)`, febrl);
  evaluate(
    `SE-Asian variants (${options.persons} persons, seed ${options.seed})`,
    generateVariantSet(Number(options.persons), Number(options.seed)),
  );
  // The held-out set written apart from the rules (bench/linkage/holdout-names.ts).
  evaluate(
    `Held-out SE-Asian and Filipino (${options.persons} persons and their siblings and namesakes, seed 20261203)`,
    heldOutSet(Number(options.persons), 20261203).map((r) => ({
      id: r.id,
      cluster: r.truth,
      name: r.name ?? '',
      birth: r.birth ?? null,
      nationality: r.nationality ?? null,
    })),
  );
  console.log(
    `\nload average after: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
}
