/**
 * Writes every scored pair of one linkage bench set, as the linkage of the checkout at `--root`
 * gives it, so that two checkouts (main and a branch making linkage faster) can be compared byte
 * for byte: a change meant to leave results alone must leave this file alone (decision 0139).
 *
 *   node --max-old-space-size=12000 bench/linkage-pairs.ts --root /work/main --only se|held-out-4|febrl|scale
 *     [--scale 200000] [--seed 20261201] --out pairs.bin
 *
 * The sets, the model options and the threads are those of bench/linkage.ts (`scale` on two
 * threads, the others on one). Per pair, in the order the linkage made them: both records' ids'
 * positions (int32 each), the pattern of comparison levels (float64, src/linkage `patternOf`) and
 * the match probability (float64, the learnt weights and term frequencies with it); the file
 * starts with the pair count and the learnt model's m and u as JSON. Prints the file's SHA-256.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: options } = parseArgs({
  options: {
    root: { type: 'string', default: resolve(import.meta.dirname, '..') },
    only: { type: 'string', default: 'se' },
    scale: { type: 'string', default: '200000' },
    seed: { type: 'string', default: '20261201' },
    out: { type: 'string' },
  },
});
if (!options.out) throw new Error('--out <file> is required');
const root = resolve(options.root);
const seed = Number(options.seed);

// The linkage and the bench sets of the checkout at --root, each importing its own src.
const linkage = await import(`${root}/src/linkage/index.ts`);
const { patternOf } = await import(`${root}/src/linkage/model.ts`);
const data = await import(`${root}/bench/linkage/data.ts`);
const { heldOut4Defaults, heldOutSet4 } = await import(`${root}/bench/linkage/holdout4-set.ts`);

const personModel = {
  comparisons: linkage.personComparisons,
  blocking: linkage.personBlocking,
  training: linkage.personTraining,
  anchor: linkage.personAnchor,
  seed,
  maxBlock: 1000,
};
const addressedModel = {
  comparisons: linkage.addressedComparisons,
  blocking: linkage.addressedBlocking,
  training: linkage.addressedTraining,
  seed,
  maxBlock: 1000,
};

interface Run {
  readonly result: {
    readonly records: readonly { readonly record: { readonly id: string } }[];
    readonly scored: { left: Int32Array; right: Int32Array; probability: Float64Array; count: number };
    readonly model: { m: unknown; u: unknown; prior?: unknown };
  };
  readonly comparisons: unknown;
}

async function runs(): Promise<Run[]> {
  if (options.only === 'se') {
    const records = data.seAsianSet(3000, seed, 0, 0);
    return [{ result: linkage.linkRecords(records, personModel), comparisons: personModel.comparisons }];
  }
  if (options.only === 'held-out-4') {
    const records = heldOutSet4(heldOut4Defaults.persons, heldOut4Defaults.seed);
    return [{ result: linkage.linkRecords(records, personModel), comparisons: personModel.comparisons }];
  }
  if (options.only === 'febrl') {
    const directory = data.defaultFebrlDirectory;
    const sets = ['dataset1', 'dataset2', 'dataset3'].map((set) => ({
      records: data.readFebrl(directory, `${set}.csv`),
      link: false,
    }));
    sets.push({
      records: [
        ...data.readFebrl(directory, 'dataset4a.csv', 'a'),
        ...data.readFebrl(directory, 'dataset4b.csv', 'b'),
      ],
      link: true,
    });
    return sets.map(({ records, link }) => ({
      result: linkage.linkRecords(records, { ...addressedModel, link }),
      comparisons: addressedModel.comparisons,
    }));
  }
  if (options.only === 'scale') {
    const count = Number(options.scale);
    const records = data.seAsianSet(Math.ceil(count / 3), seed + 2, 0.85).slice(0, count);
    const result = await linkage.linkRecordsInParallel(records, { ...personModel, workers: 2 });
    return [{ result, comparisons: personModel.comparisons }];
  }
  throw new Error(`--only ${options.only}: se, held-out-4, febrl or scale`);
}

const parts: Buffer[] = [];
for (const { result, comparisons } of await runs()) {
  const { left, right, probability, count } = result.scored;
  // Compared again here: the linkage keeps no patterns, only probabilities (decision 0190).
  const patterns = Float64Array.from({ length: count }, (_, p) =>
    patternOf(comparisons, result.records[left[p] as number], result.records[right[p] as number]),
  );
  const ids = result.records.map((r) => r.record.id);
  const header = JSON.stringify({ count, m: result.model.m, u: result.model.u, prior: result.model.prior });
  parts.push(Buffer.from(`${header}\n`));
  const ends = new Int32Array(2 * count);
  const values = new Float64Array(2 * count);
  for (let p = 0; p < count; p++) {
    // Positions of the records in the input: the same input in both checkouts.
    ends[2 * p] = left[p] as number;
    ends[2 * p + 1] = right[p] as number;
    values[2 * p] = patterns[p] as number;
    values[2 * p + 1] = probability[p] as number;
  }
  parts.push(Buffer.from(ends.buffer), Buffer.from(values.buffer));
  console.log(`${options.only}: ${ids.length} records, ${count} pairs`);
}
const bytes = Buffer.concat(parts);
writeFileSync(options.out, bytes);
console.log(
  `${options.out}: ${bytes.length} bytes, sha256 ${createHash('sha256').update(bytes).digest('hex')}`,
);
