/**
 * The worker thread of `LinkageWorker` (linkage-worker.ts): prepares its copy of the records, then
 * answers requests in order — block keys' hashes of a range of records, the model's parameters
 * (kept, with its own count of the term frequencies, to score with), probabilities of pairs (each
 * learning and scoring done counted in `compared`, shared with the caller).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { keyHashes } from './blocking.ts';
import { linkageSets, scorePairs, type WorkerRequest } from './linkage-worker.ts';
import { learnParameters } from './model-sample.ts';
import { withTermFrequencies } from './model-train.ts';
import { PairWeigher } from './pair-weights.ts';
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
let weigher: PairWeigher | undefined;
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
    weigher = new PairWeigher(withTermFrequencies(parameters, comparisons, records), records);
    Atomics.add(done, 0, 1);
    port.postMessage(parameters);
    return;
  }
  if (!weigher) throw new Error('linkage worker asked to score before learning');
  const { left, right } = request;
  const probability = new Float64Array(left.length);
  scorePairs(comparisons, records, weigher, left, right, 0, left.length, probability);
  Atomics.add(done, 0, 1);
  port.postMessage(probability, [probability.buffer]);
});
