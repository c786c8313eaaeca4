import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { heldOutSet3 } from '../bench/linkage/holdout3-names.ts';
import { toZawgyi } from '../bench/linkage/holdout3-writers.ts';

const words = (name: string | null | undefined) =>
  new Set(
    (name ?? '')
      .toLowerCase()
      .split(/[\s,<]+/)
      .filter((w) => w.length > 2),
  );
const shared = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w)).length;

describe('the third held-out name set (bench/linkage/holdout3-names.ts)', () => {
  const set = heldOutSet3(400, 11);
  const byTruth = new Map<string, typeof set>();
  for (const r of set) byTruth.set(r.truth, [...(byTruth.get(r.truth) ?? []), r]);

  it('should make the same records from the same seed, and other records from another', () => {
    assert.deepEqual(heldOutSet3(400, 11), set);
    assert.notDeepEqual(heldOutSet3(400, 12), set);
  });

  it('should write one person differently at different agencies (true pairs that are not copies)', () => {
    const multi = [...byTruth.values()].filter((records) => records.length >= 2);
    assert.ok(multi.length > 250, `${multi.length} persons met more than once`);
    const written = multi.filter((records) => new Set(records.map((r) => r.name)).size > 1);
    assert.ok(written.length > multi.length / 2, 'most persons are written in more than one way');
    assert.ok(multi.every((records) => new Set(records.map((r) => r.source)).size === records.length));
  });

  it('should add siblings sharing a name part and namesakes sharing the name, as other persons', () => {
    for (const kind of ['sibling', 'namesake']) {
      const negatives = set.filter((r) => r.negativeOf?.startsWith(`${kind} of `));
      assert.ok(negatives.length > 20, `${negatives.length} ${kind} records`);
      const sharing = negatives.filter((r) => {
        const of = byTruth.get(r.negativeOf?.replace(`${kind} of `, '') ?? '') ?? [];
        assert.ok(of.length > 0, `the ${kind}'s person is in the set`);
        assert.notEqual(r.truth, of[0]?.truth);
        return of.some((o) => shared(words(o.name), words(r.name)) >= (kind === 'namesake' ? 2 : 1));
      });
      assert.ok(
        sharing.length > negatives.length / 2,
        `${sharing.length} of ${negatives.length} ${kind}s share names`,
      );
    }
  });

  it('should give every record an agency, a name group tag and a name', () => {
    const groups = new Set(set.map((r) => r.tags[0]));
    for (const g of ['MY-Malay', 'MY-Chinese', 'MY-Indian', 'ID', 'VN', 'MM', 'KH', 'TH', 'PH'])
      assert.ok(groups.has(g), g);
    assert.ok(set.every((r) => r.source && r.name && r.name.trim().length > 0));
  });

  it('should write Burmese in Zawgyi with the e-vowel and medial ra typed before the consonant', () => {
    // ေအး (Aye) and မြတ် (Myat) in Unicode → Zawgyi order and code points.
    assert.equal(toZawgyi('\u1021\u1031\u1038'), '\u1031\u1021\u1038');
    assert.equal(toZawgyi('\u1019\u103C\u1010\u103A'), '\u103B\u1019\u1010\u1039');
  });
});
