import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  LinkageIndex,
  type LinkRecord,
  linkRecords,
  linkRecordsInParallel,
  parseBirth,
  personBlocking,
  tokenYearRule,
} from './index.ts';
import { generatedPersons, personOptions } from './test-fixture.ts';

/** 400 persons recorded 2–4 times each by different agencies (the bench's generator, fixed seed). */
const persons = () => generatedPersons(400);

const options = { ...personOptions, uSamples: 5000 };

describe('linkage', () => {
  it('links the records of one person and keeps different persons apart, without labels', () => {
    const records = persons();
    const result = linkRecords(records, options);
    let truePositives = 0;
    let falsePositives = 0;
    const { scored } = result;
    for (let p = 0; p < scored.count; p++) {
      if ((scored.probability[p] as number) < result.threshold) continue;
      if (records[scored.left[p] as number]?.truth === records[scored.right[p] as number]?.truth)
        truePositives++;
      else falsePositives++;
    }
    const precision = truePositives / (truePositives + falsePositives);
    assert.ok(precision > 0.8, `precision ${precision}`);
    assert.ok(truePositives > 500, `${truePositives} true links`);
    assert.ok(result.model.prior > 0 && result.model.prior < 0.5);
  });

  it('never matches on nothing: empty names, single letters, 00/00 dates and 10k-character strings', () => {
    const bad: LinkRecord[] = [
      { id: 'e1', name: '', birth: '00/00/0000' },
      { id: 'e2', name: '   ', birth: '' },
      { id: 's1', name: 'A', birth: null },
      { id: 's2', name: 'A', birth: null },
      { id: 'l1', name: 'x'.repeat(10_000), birth: '9'.repeat(10_000) },
      { id: 'm1', name: 'Aung ကျော် Win', birth: '1990-13-45' },
    ];
    const result = linkRecords([...persons(), ...bad], options);
    const ids = new Set(bad.map((r) => r.id));
    const { scored } = result;
    for (let p = 0; p < scored.count; p++) {
      const a = result.records[scored.left[p] as number]?.record.id as string;
      const b = result.records[scored.right[p] as number]?.record.id as string;
      if (ids.has(a) && ids.has(b))
        assert.ok((scored.probability[p] as number) < result.threshold, `${a}–${b} matched`);
    }
    assert.equal(parseBirth('00/00/0000'), undefined);
    assert.equal(parseBirth('1990-13-45')?.month, 0);
  });

  it('finds a new person among linked ones, with evidence per field', () => {
    const result = linkRecords(persons(), options);
    const index = new LinkageIndex(result.model, personBlocking);
    for (const record of result.records) index.add(record);
    const known = result.records[0]?.record as LinkRecord;
    const [best] = index.match({ ...known, id: 'new', name: (known.name ?? '').toUpperCase() });
    assert.equal(best?.record.record.id, known.id);
    assert.ok((best?.score.probability ?? 0) > 0.5);
    assert.deepEqual(
      best?.score.evidence.map((e) => e.field),
      ['name', 'birth', 'sex', 'nationality', 'father'],
    );
    assert.deepEqual(index.match({ id: 'nothing', name: '' }), []);
  });
});

describe('linkage on two threads', () => {
  it('gives the same pairs, probabilities, clusters and model as on one', async () => {
    const records = persons();
    const one = linkRecords(records, options);
    const two = await linkRecordsInParallel(records, options);
    assert.ok(one.pairCount > 1000);
    assert.deepEqual(two.scored, one.scored);
    assert.deepEqual(two.clusters, one.clusters);
    // Small chunks: many handed to the worker while the blocks are walked, the rest shared after.
    const chunked = await linkRecordsInParallel(records, { ...options, pairsPerChunk: 97 });
    assert.deepEqual(chunked.scored, one.scored);
    // The model's parameters, learnt by the worker, and the term frequencies counted here.
    assert.deepEqual(two.model, one.model);
    // A rule's cap changed (the bench's --token-year-cap) still runs on two threads, with that cap.
    const capped = {
      ...options,
      blocking: personBlocking.map((r) => (r === tokenYearRule ? { ...r, maxBlock: 5 } : r)),
    };
    assert.deepEqual(
      (await linkRecordsInParallel(records, capped)).scored,
      linkRecords(records, capped).scored,
    );
  });

  it('gives the same result, on this thread alone, when the worker cannot load the training rules', async () => {
    const records = persons();
    const ownTraining = { ...options, training: [...personOptions.training] };
    const result = await linkRecordsInParallel(records, ownTraining);
    assert.deepEqual(result.scored, linkRecords(records, options).scored);
  });

  it('learns on the same sample of records as one thread when learning on a sample', async () => {
    const records = persons();
    const sampled = { ...options, sampleRecords: 500 };
    const one = linkRecords(records, sampled);
    const two = await linkRecordsInParallel(records, sampled);
    assert.deepEqual(two.model, one.model);
    assert.notDeepEqual(one.model.u, linkRecords(records, options).model.u);
    assert.deepEqual(two.scored, one.scored);
  });
});

describe('levenshtein', () => {
  it('counts edits and stops past the limit', async () => {
    const { levenshtein } = await import('./record.ts');
    assert.equal(levenshtein('19560409', '19560490', 3), 2);
    assert.equal(levenshtein('kitten', 'sitting', 5), 3);
    assert.equal(levenshtein('abc', 'abc'), 0);
    assert.equal(levenshtein('a', 'abcdefgh', 2), 3);
  });
});
