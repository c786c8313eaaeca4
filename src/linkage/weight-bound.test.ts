import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { candidatePairs, type PreparedRecord, personBlocking, prepareRecord, scorePair } from './index.ts';
import { learnModel } from './model-sample.ts';
import { generatedPersons, personOptions } from './test-fixture.ts';
import { mostWeight } from './weight-bound.ts';

const linked = (weight: number) => 1 / (1 + 2 ** -weight) >= 0.5;

describe('the most a pair holding a record can weigh (decision 0193)', () => {
  // Generated persons, each record also without its date, and 60 dateless women of one common name.
  const persons = generatedPersons(300);
  const records = [
    ...persons,
    ...persons.map((r) => ({ ...r, id: `${r.id} dateless`, birth: null })),
    ...Array.from({ length: 60 }, (_, i) => ({ id: `rizal-${i}`, name: 'Rizal Omar', nationality: 'MY' })),
  ].map(prepareRecord);
  const model = learnModel(records, personOptions);
  const bound = new Map(records.map((record) => [record, mostWeight(model, record)]));
  const boundOf = (record: PreparedRecord) => bound.get(record) as number;
  const dateless = records.filter((record) => !record.birth);

  it("is never below the weight the model gives a pair of the record, dated or not, with the pair's u table", () => {
    const pairs = candidatePairs(records, personBlocking, { maxBlock: 1000 });
    let nationalityAgreeing = 0;
    for (let p = 0; p < pairs.count; p++) {
      const a = records[pairs.left[p] as number] as PreparedRecord;
      const b = records[pairs.right[p] as number] as PreparedRecord;
      if (a.nationality && a.nationality === b.nationality) nationalityAgreeing++;
      const weight = scorePair(model, a, b).weight;
      assert.ok(weight <= Math.min(boundOf(a), boundOf(b)), `${a.record.id} ${b.record.id}`);
    }
    // And every pair of 200 records, blocked or not.
    for (const a of records.slice(0, 200))
      for (const b of records.slice(0, 200))
        assert.ok(
          scorePair(model, a, b).weight <= Math.min(boundOf(a), boundOf(b)),
          `${a.record.id} ${b.record.id}`,
        );
    assert.ok(pairs.count > 1000 && nationalityAgreeing > 0, `${pairs.count} pairs`);
  });

  it('lets through every pair the model links among dateless records', () => {
    let links = 0;
    for (let i = 0; i < dateless.length; i++)
      for (let j = 0; j < i; j++) {
        const [a, b] = [dateless[i], dateless[j]] as [PreparedRecord, PreparedRecord];
        if (!linked(scorePair(model, a, b).weight)) continue;
        links++;
        assert.ok(linked(boundOf(a)) && linked(boundOf(b)), `${a.record.id} ${b.record.id}`);
      }
    assert.ok(links > 100, `${links} dateless pairs linked`);
  });

  it('says that no two dateless bearers of a common name can be linked, and that rarer names may be', () => {
    const rizal = dateless.filter((record) => record.record.id.startsWith('rizal-'));
    assert.ok(
      rizal.every((record) => !linked(boundOf(record))),
      String(rizal.map(boundOf)),
    );
    const rarer = dateless.filter(
      (record) => !record.record.id.startsWith('rizal-') && linked(boundOf(record)),
    );
    assert.ok(rarer.length > dateless.length / 2, `${rarer.length} of ${dateless.length}`);
  });

  it('gives a record the bound it has alone, whatever records were bounded before it (decision 0197)', () => {
    // The same parameters in another object each time: no bound read before on it.
    for (const record of records) assert.equal(mostWeight({ ...model }, record), boundOf(record));
  });
});
