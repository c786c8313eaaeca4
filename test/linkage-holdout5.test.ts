import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TruthRecord } from '../bench/linkage/data.ts';
import { Draw } from '../bench/linkage/holdout4-random.ts';
import { agencyShares, habits, recordedBirth } from '../bench/linkage/holdout5-agencies.ts';
import { oldSpelling, withoutMarks } from '../bench/linkage/holdout5-names.ts';
import { heldOut5, heldOutSet5, type Variation } from '../bench/linkage/holdout5-set.ts';

const variationKinds: readonly Variation[] = [
  'birthMissing',
  'birthYearOnly',
  'estimatedAge',
  'janFirst',
  'dayMonthSwapped',
  'fatherDropped',
  'ownScript',
  'byEar',
  'alias',
  'tokenOrder',
  'oldSpelling',
];

describe('the fifth held-out name set (bench/linkage/holdout5-set.ts)', () => {
  const set = heldOut5(600, 20261214);
  const { records, variations } = set;
  const byPerson = new Map<string, TruthRecord[]>();
  for (const r of records) byPerson.set(r.truth, [...(byPerson.get(r.truth) ?? []), r]);

  it('should give the same records for the same seed, and other records for another seed', () => {
    assert.deepEqual(heldOutSet5(600, 20261214), records);
    assert.notDeepEqual(heldOutSet5(600, 20261215), records);
  });

  it('should record every true person one to four times, under opaque unique ids', () => {
    assert.equal(byPerson.size, 600);
    for (const copies of byPerson.values()) assert.ok(copies.length >= 1 && copies.length <= 4);
    assert.equal(new Set(records.map((r) => r.id)).size, records.length);
    for (const r of records) assert.match(r.id, /^h5-\d+$/);
  });

  it('should write fields in the shapes the linkage bench reads', () => {
    for (const r of records) {
      assert.ok(r.name && r.name.trim().length > 0, 'a name');
      if (r.birth != null) {
        assert.match(r.birth, /^\d{4}(-\d{2}-\d{2})?$/);
        if (r.birth.length > 4)
          assert.equal(new Date(`${r.birth}T00:00:00Z`).toISOString().slice(0, 10), r.birth);
      }
      assert.ok(['female', 'male', 'unknown'].includes(r.sex as string));
      if (r.nationality !== null) assert.match(r.nationality as string, /^[A-Z]{2}$/);
      assert.ok(Object.hasOwn(agencyShares, r.source as string));
    }
  });

  it('should hold true matches, and look-alike persons written with the same name and birth year', () => {
    assert.ok([...byPerson.values()].filter((copies) => copies.length > 1).length > 200);
    const kinds = new Set(set.persons.map((p) => p.lookAlike?.kind));
    assert.ok(kinds.has('namesake') && kinds.has('sibling'));
    // Distinct persons whose records read the same name (case aside) and the same birth year.
    const seen = new Map<string, string>();
    let lookAlikes = 0;
    for (const r of records) {
      if (!r.birth) continue;
      const key = `${r.name?.toLowerCase()}|${r.birth.slice(0, 4)}`;
      const other = seen.get(key);
      if (other !== undefined && other !== r.truth) lookAlikes++;
      seen.set(key, r.truth);
    }
    assert.ok(lookAlikes >= 5, `${lookAlikes} look-alike records`);
  });

  it('should cover each variation in a true pair where one record carries it and the other does not', () => {
    for (const kind of variationKinds) {
      const pairs = [...byPerson.values()].filter((copies) => {
        const carrying = copies.filter((r) => variations.get(r.id)?.includes(kind)).length;
        return carrying > 0 && carrying < copies.length;
      });
      assert.ok(pairs.length >= 3, `${kind}: ${pairs.length} persons`);
    }
  });

  it('should write own-script records in Burmese, Thai and Khmer, and Vietnamese with its marks', () => {
    const own = records.filter((r) => variations.get(r.id)?.includes('ownScript')).map((r) => r.name ?? '');
    for (const script of [/\p{Script=Myanmar}/u, /\p{Script=Thai}/u, /\p{Script=Khmer}/u])
      assert.ok(
        own.some((name) => script.test(name)),
        String(script),
      );
    assert.ok(
      own.some((name) => /\p{Script=Latin}/u.test(name) && withoutMarks(name) !== name),
      'Vietnamese marks',
    );
  });
});

describe('the fifth held-out set’s spellings and dates', () => {
  it('should write Indonesian names in the old spelling and Vietnamese without marks', () => {
    assert.equal(oldSpelling('Yusuf'), 'Joesoef');
    assert.equal(oldSpelling('Cahyono'), 'Tjahjono');
    assert.equal(oldSpelling('SUHARTO'), 'SOEHARTO');
    assert.equal(oldSpelling('Khodijah Nyoman'), 'Chodidjah Njoman');
    assert.equal(oldSpelling('JOKO'), 'DJOKO');
    assert.equal(withoutMarks('Đặng Thị Hương'), 'Dang Thi Huong');
  });

  it('should swap day and month only where the day can be read as a month', () => {
    const swapping = { ...habits.police, birth: { dayMonthSwapped: 1 } };
    const draw = new Draw(1);
    assert.deepEqual(recordedBirth(draw, swapping, { year: 1990, month: 3, day: 7 }), {
      birth: '1990-07-03',
      variation: 'dayMonthSwapped',
    });
    assert.deepEqual(recordedBirth(draw, swapping, { year: 1990, month: 3, day: 25 }), {
      birth: '1990-03-25',
      variation: null,
    });
  });
});
