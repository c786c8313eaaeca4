/**
 * The worker thread of `LinkageWorker` (linkage-worker.ts): prepares its copy of the records, then
 * answers requests in order — block keys' hashes of a range of records, patterns of pairs (each
 * comparison done counted in `compared`, shared with the caller), probabilities of pairs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { keyHashes } from './blocking.ts';
import { comparePairs, linkageSets, type WorkerRequest, weighPairs } from './linkage-worker.ts';
import { type LinkRecord, prepareRecord } from './record.ts';

const {
  records: input,
  set: name,
  compared,
} = workerData as { records: LinkRecord[]; set: string; compared: SharedArrayBuffer };
const done = new Int32Array(compared);
const set = linkageSets[name];
if (!set || !parentPort) throw new Error(`no linkage set ${name}`);
const { comparisons, blocking } = set;
const port = parentPort;
const records = input.map(prepareRecord);
port.on('message', (request: WorkerRequest) => {
  if (request.kind === 'hash') {
    const hashes = keyHashes(records, blocking, request.from, request.to);
    port.postMessage(hashes, [
      hashes.keysFrom.buffer,
      hashes.first.buffer,
      hashes.second.buffer,
      hashes.rule.buffer,
    ]);
    return;
  }
  if (request.kind === 'weigh') {
    const { model, left, right, patterns } = request;
    const probability = new Float64Array(patterns.length);
    weighPairs({ ...model, comparisons }, records, left, right, patterns, probability);
    port.postMessage(probability, [probability.buffer]);
    return;
  }
  const { left, right } = request;
  const patterns = new Float64Array(left.length);
  comparePairs(comparisons, records, left, right, 0, left.length, patterns);
  Atomics.add(done, 0, 1);
  port.postMessage(patterns, [patterns.buffer]);
});
