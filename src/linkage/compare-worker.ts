/**
 * The worker thread of `CompareWorker` (compare-workers.ts): prepares its copy of the records,
 * then compares the pairs it is sent and sends back their patterns.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type CompareRequest, comparePairs, comparisonSets } from './compare-workers.ts';
import { type LinkRecord, prepareRecord } from './record.ts';

const { records: input, set } = workerData as { records: LinkRecord[]; set: string };
const comparisons = comparisonSets[set];
if (!comparisons || !parentPort) throw new Error(`no comparison set ${set}`);
const port = parentPort;
const records = input.map(prepareRecord);
port.on('message', ({ left, right }: CompareRequest) => {
  const patterns = new Float64Array(left.length);
  comparePairs(comparisons, records, left, right, 0, left.length, patterns);
  port.postMessage(patterns, [patterns.buffer]);
});
