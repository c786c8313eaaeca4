/**
 * What a prepared record keeps, counted: prepares `--records` of the scale run's kind of records
 * (bench/linkage.ts `scale`: generated Southeast Asian persons, `--rare` of names coined) and
 * counts, from two heap snapshots, the objects and bytes preparing them added a record, by kind —
 * the objects every full collection of a million records walks (decision 0188). A baseline in the
 * same run: the same count for the input records alone.
 *
 *   npm run bench:linkage-heap [-- --records 30000] [--rare 0.85]
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { prepareRecord } from '../src/linkage/record.ts';
import { seAsianSet } from './linkage/data.ts';

const { values: options } = parseArgs({
  options: { records: { type: 'string', default: '30000' }, rare: { type: 'string', default: '0.85' } },
});
const count = Number(options.records);

interface Kind {
  objects: number;
  bytes: number;
}

/** Objects and bytes on the heap by kind (a snapshot node's type, and its constructor's name for objects). */
function heapByKind(label: string): Map<string, Kind> {
  const file = v8.writeHeapSnapshot(join(tmpdir(), `lindung-${label}-${process.pid}.heapsnapshot`));
  const snapshot = JSON.parse(readFileSync(file, 'utf8'));
  rmSync(file);
  const fields: string[] = snapshot.snapshot.meta.node_fields;
  const types: string[] = snapshot.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field));
  const nodes: number[] = snapshot.nodes;
  const strings: string[] = snapshot.strings;
  const kinds = new Map<string, Kind>();
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = types[nodes[i + (typeAt as number)] as number] as string;
    const name = strings[nodes[i + (nameAt as number)] as number] as string;
    const kind =
      type === 'object' || type === 'hidden' || type === 'array' ? `${type} ${name.slice(0, 40)}` : type;
    const counted = kinds.get(kind) ?? { objects: 0, bytes: 0 };
    counted.objects++;
    counted.bytes += nodes[i + (sizeAt as number)] as number;
    kinds.set(kind, counted);
  }
  return kinds;
}

/** What `after` holds more than `before`, per one of `records` records, by kind, most objects first. */
function added(before: Map<string, Kind>, after: Map<string, Kind>, records: number): [string, Kind][] {
  return [...after]
    .map(([kind, { objects, bytes }]): [string, Kind] => [
      kind,
      {
        objects: (objects - (before.get(kind)?.objects ?? 0)) / records,
        bytes: (bytes - (before.get(kind)?.bytes ?? 0)) / records,
      },
    ])
    .sort((a, b) => b[1].objects - a[1].objects);
}

function report(label: string, kinds: [string, Kind][]) {
  const total = kinds.reduce(
    (sum, [, kind]) => ({ objects: sum.objects + kind.objects, bytes: sum.bytes + kind.bytes }),
    {
      objects: 0,
      bytes: 0,
    },
  );
  console.log(`\n${label}: ${total.objects.toFixed(1)} objects and ${total.bytes.toFixed(0)} bytes a record`);
  for (const [kind, { objects, bytes }] of kinds.slice(0, 10))
    if (objects >= 0.05)
      console.log(`  ${objects.toFixed(2).padStart(6)} objects ${bytes.toFixed(0).padStart(5)} B  ${kind}`);
}

const empty = heapByKind('empty');
const records = seAsianSet(Math.ceil(count / 3), 20261203, Number(options.rare)).slice(0, count);
// The word caches warmed first, so that the count is what each record keeps, not the caches' filling.
records.slice(0, 2000).map(prepareRecord);
const input = heapByKind('input');
const prepared = records.map(prepareRecord);
const after = heapByKind('prepared');
console.log(`${prepared.length} records, ${options.rare} of names coined`);
report('Input records (the baseline)', added(empty, input, records.length));
report('Prepared records (what preparing adds)', added(input, after, prepared.length));
