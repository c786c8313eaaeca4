import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import type { DocumentKey, LinkablePerson } from '../../linkage/index.ts';
import { linkablePerson } from './linkable-person.factory.ts';
import { fingerprintOf, likelyThreshold, reviewFloor, scorePersons } from './person-scoring.ts';

const passport: DocumentKey = {
  id: 'document-1',
  index: 'index-of-b1234567',
  type: 'passport',
  country: 'ID',
};

const person = (
  id: string,
  name: string,
  birth: Partial<LinkablePerson>,
  more: Partial<LinkablePerson> = {},
) => linkablePerson([name], { id, nationality: 'ID', ...birth, ...more });

/** The walk's case (issue 8): one woman as an embassy and a ministry recorded her. */
const sumiati = (more: Partial<LinkablePerson> = {}) =>
  person('a', 'Sumiati', { birth_precision: 'exact', birth_date: '1994-10-10' }, more);
// The walk's ministry wrote 1993; since decision 0153 Sumiyati is a spelling of Sumiati (a y gliding
// from i) and that year alone pairs them: three years off leaves the case only the document decides.
const sumiyati = (more: Partial<LinkablePerson> = {}) =>
  person('b', 'Sumiyati', { birth_precision: 'year', birth_year: 1991 }, more);

describe('an identity document in the scoring of persons', () => {
  it('leaves Sumiati and Sumiyati three years apart unpaired on their names and dates alone', () => {
    assert.deepEqual(scorePersons([sumiati(), sumiyati()]), []);
  });

  it('pairs them as likely when both hold the same passport, shown by kind and issuer only', () => {
    const [pair] = scorePersons([sumiati({ documents: [passport] }), sumiyati({ documents: [passport] })]);
    assert.ok(pair && pair.probability >= likelyThreshold, String(pair?.probability));
    assert.deepEqual(
      pair.evidence.find((e) => e.field === 'document'),
      {
        field: 'document',
        level: 'same document',
        weight: 19.42,
        termFrequency: 0,
        document: { type: 'passport', country: 'ID' },
      },
    );
    assert.ok(!JSON.stringify(pair).includes(passport.index), 'the index is not in the pair');
  });

  it('keeps a shared passport for review but never likely when the names, or the sexes, say two persons', () => {
    const man = person(
      'c',
      'Budi Santoso',
      { birth_precision: 'exact', birth_date: '1979-03-02' },
      {
        sex: 'male',
        documents: [passport],
      },
    );
    const namesake = person(
      'd',
      'Sumiati',
      { birth_precision: 'exact', birth_date: '1994-10-10' },
      {
        sex: 'male',
        documents: [passport],
      },
    );
    for (const [other, heldBy] of [
      [man, 'name'],
      [namesake, 'sex'],
    ] as const) {
      const [pair] = scorePersons([sumiati({ documents: [passport] }), other]);
      assert.ok(pair, 'kept for review');
      assert.ok(
        pair.probability >= reviewFloor && pair.probability < likelyThreshold,
        String(pair.probability),
      );
      const document = pair.evidence.find((e) => e.field === 'document') as {
        document?: { heldBy?: string };
      };
      assert.equal(document.document?.heldBy, heldBy);
    }
  });

  it("keeps the fingerprint when a key rotation recomputes the number's index, not when the document is replaced", () => {
    const held = fingerprintOf(sumiati({ documents: [passport] }));
    assert.equal(
      fingerprintOf(sumiati({ documents: [{ ...passport, index: 'index-under-the-new-key' }] })),
      held,
    );
    assert.notEqual(fingerprintOf(sumiati({ documents: [{ ...passport, id: 'document-2' }] })), held);
    assert.notEqual(fingerprintOf(sumiati({ documents: [{ ...passport, country: 'MY' }] })), held);
  });

  it('scores and fingerprints persons without documents as before documents were compared', () => {
    const without = sumiati();
    const before = createHash('sha256')
      .update(JSON.stringify([without.names, '1994-10-10', 'female', 'ID']))
      .digest('hex')
      .slice(0, 16);
    assert.equal(fingerprintOf(without), before);
    assert.equal(fingerprintOf({ ...without, documents: [] }), before);
    assert.notEqual(
      fingerprintOf(sumiati({ documents: [passport] })),
      before,
      'a document added makes a decision stale',
    );
    const twins = [sumiati(), person('b', 'Sumiati', { birth_precision: 'year', birth_year: 1994 })];
    const [plain] = scorePersons(twins);
    const [oneSide] = scorePersons([
      { ...(twins[0] as LinkablePerson), documents: [passport] },
      twins[1] as LinkablePerson,
    ]);
    assert.ok(plain);
    assert.deepEqual(
      { ...oneSide, fingerprint: '' },
      { ...plain, fingerprint: '' },
      'a document on one side only is no evidence',
    );
  });
});
