import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LinkageIndex, type LinkRecord, linkRecords, personBlocking, scorePair } from './index.ts';
import { prepareRecord } from './record.ts';
import { generatedPersons, personOptions } from './test-fixture.ts';

const siti = { name: 'Siti Aminah', sex: 'female', nationality: 'ID' };
/** Two namesakes kept apart by their dates, and one person recorded twice. */
const stored: LinkRecord[] = [
  { id: 'siti-1990', ...siti, birth: '1990-03-02' },
  { id: 'siti-1985', ...siti, birth: '1985-11-20' },
  { id: 'nur-a', name: 'Nurul Hidayah Binti Ahmad', sex: 'female', nationality: 'MY', birth: '1992-07-14' },
  { id: 'nur-b', name: 'Nurul Hidayah Ahmad', sex: 'female', nationality: 'MY', birth: '1992-07-14' },
  // The same person written by its given name alone: a dateless record's 'close' at best (0116).
  { id: 'nur-c', name: 'Nurul Hidayah', sex: 'female', nationality: 'MY', birth: '1992-07-14' },
];

/** 400 generated persons and the four above, linked; the index of them all. */
function indexed() {
  const result = linkRecords([...generatedPersons(400), ...stored], {
    ...personOptions,
    uSamples: 5000,
  });
  const index = new LinkageIndex(result.model, personBlocking);
  for (const record of result.records) index.add(record);
  return index;
}
const index = indexed();

/** The candidate of `id` for `newcomer`, and the same pair scored alone. */
function candidateOf(newcomer: LinkRecord, id: string) {
  const found = index.match(newcomer).find((c) => c.record.record.id === id);
  assert.ok(found, `${id} is a candidate`);
  return { found, alone: scorePair(index.model, prepareRecord(newcomer, -1), found.record, true) };
}

describe('matching one new person against linked ones (decision 0160)', () => {
  it('shares a dateless newcomer between two namesakes the dates keep apart', () => {
    const newcomer = { id: 'new', ...siti };
    const first = candidateOf(newcomer, 'siti-1990');
    const second = candidateOf(newcomer, 'siti-1985');
    // Each alone is likely; shared, neither is, and the two are equal.
    assert.ok(
      first.alone.probability >= 0.5 && second.alone.probability >= 0.5,
      String(first.alone.probability),
    );
    assert.ok(first.found.score.probability < 0.5, String(first.found.score.probability));
    assert.equal(first.found.score.probability, second.found.score.probability);
    // The fields' evidence is as scored alone; a row says what the sharing took away.
    const { evidence, weight } = first.found.score;
    assert.deepEqual(evidence.slice(0, -1), first.alone.evidence);
    assert.equal(evidence.at(-1)?.field, 'namesakes');
    assert.ok(Math.abs((evidence.at(-1)?.weight as number) - (weight - first.alone.weight)) < 1e-9);
  });

  it('leaves the candidates of a newcomer with a full date as scored alone', () => {
    const newcomer = { id: 'new', ...siti, birth: '1990-03-02' };
    const { found, alone } = candidateOf(newcomer, 'siti-1990');
    assert.ok(alone.probability >= 0.5);
    assert.deepEqual(found.score, alone);
  });

  it("leaves a dateless newcomer matching one person's two records as scored alone", () => {
    const newcomer = { id: 'new', name: 'Nurul Hidayah Binti Ahmad', sex: 'female', nationality: 'MY' };
    for (const id of ['nur-a', 'nur-b']) {
      const { found, alone } = candidateOf(newcomer, id);
      assert.ok(alone.probability >= 0.5, `${id}: ${alone.probability}`);
      assert.deepEqual(found.score, alone);
    }
  });

  it("raises a dateless newcomer's weak candidate through the person it is linked to (decision 0169)", () => {
    const newcomer = { id: 'new', name: 'Nurul Hidayah Binti Ahmad', sex: 'female', nationality: 'MY' };
    const likely = candidateOf(newcomer, 'nur-a');
    const { found, alone } = candidateOf(newcomer, 'nur-c');
    assert.ok(alone.probability < 0.5 && alone.probability >= index.model.prior, String(alone.probability));
    // The person's chance, times that of 'Nurul Hidayah' and the newcomer's likely records being one.
    assert.ok(found.score.probability >= 0.5, String(found.score.probability));
    assert.ok(found.score.probability <= likely.found.score.probability);
    // The fields' evidence is as scored alone; a row says what the person's other record gave.
    const { evidence, weight } = found.score;
    assert.deepEqual(evidence.slice(0, -1), alone.evidence);
    assert.deepEqual([evidence.at(-1)?.field, evidence.at(-1)?.level], ['person', 'another of its records']);
    assert.ok(Math.abs((evidence.at(-1)?.weight as number) - (weight - alone.weight)) < 1e-9);
  });
});
