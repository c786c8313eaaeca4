/**
 * The worker thread of `LinkageWorker` (linkage-worker.ts): prepares its copy of the records, then
 * answers requests in order — block keys' hashes of a range of records, the model's parameters,
 * patterns of pairs (each learning and comparison done counted in `compared`, shared with the caller).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { keyHashes } from './blocking.ts';
import { comparePairs, linkageSets, type WorkerRequest } from './linkage-worker.ts';
import { learnParameters } from './model-sample.ts';
import { type LinkRecord, prepareRecord } from './record.ts';

const {
  records: input,
  set: name,
  compared,
} = workerData as { records: LinkRecord[]; set: string; compared: SharedArrayBuffer };
const done = new Int32Array(compared);
const set = linkageSets[name];
if (!set || !parentPort) throw new Error(`no linkage set ${name}`);
const { comparisons, blocking, training } = set;
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
  if (request.kind === 'learn') {
    const parameters = learnParameters(records, { ...request.options, comparisons, training });
    Atomics.add(done, 0, 1);
    port.postMessage(parameters);
    return;
  }
  const { left, right } = request;
  const patterns = new Float64Array(left.length);
  comparePairs(comparisons, records, left, right, 0, left.length, patterns);
  Atomics.add(done, 0, 1);
  port.postMessage(patterns, [patterns.buffer]);
});
