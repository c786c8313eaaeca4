import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agencyShares } from '../bench/linkage/holdout4-agencies.ts';
import { heldOut4Facts, relation } from '../bench/linkage/holdout4-breakdown.ts';
import { truePersons } from '../bench/linkage/holdout4-persons.ts';
import { Draw } from '../bench/linkage/holdout4-random.ts';
import { heldOutSet4 } from '../bench/linkage/holdout4-set.ts';
import { mojibake, toZawgyi, withoutMarks } from '../bench/linkage/holdout4-spelling.ts';

describe('the fourth held-out name set (bench/linkage/holdout4-set.ts)', () => {
  const records = heldOutSet4(300, 20261210);

  it('should give the same records for the same seed, and other records for another seed', () => {
    assert.deepEqual(heldOutSet4(300, 20261210), records);
    assert.notDeepEqual(heldOutSet4(300, 20261211), records);
  });

  it('should record every true person one to four times, under opaque unique ids', () => {
    const copies = new Map<string, number>();
    for (const r of records) copies.set(r.truth, (copies.get(r.truth) ?? 0) + 1);
    assert.equal(copies.size, 300);
    for (const n of copies.values()) assert.ok(n >= 1 && n <= 4, `${n} records of one person`);
    assert.equal(new Set(records.map((r) => r.id)).size, records.length);
    for (const r of records) assert.match(r.id, /^h4-\d+$/);
  });

  it('should write fields in the shapes the linkage bench reads', () => {
    const agencies = new Set(Object.keys(agencyShares));
    for (const r of records) {
      assert.ok(r.name && r.name.trim().length > 0, 'a name');
      if (r.birth !== null && r.birth !== undefined) {
        assert.match(r.birth, /^\d{4}(-\d{2}-\d{2})?$/);
        if (r.birth.length > 4)
          assert.equal(new Date(`${r.birth}T00:00:00Z`).toISOString().slice(0, 10), r.birth);
      }
      assert.ok(['female', 'male', 'unknown'].includes(r.sex as string));
      if (r.nationality !== null) assert.match(r.nationality as string, /^[A-Z]{2}$/);
      assert.ok(agencies.has(r.source as string));
    }
  });

  it('should hold twins: two persons of one family born on the same day', () => {
    const persons = truePersons(new Draw(7), 1000);
    const family = (p: (typeof persons)[number]) =>
      [...p.father, ...p.family].map((w) => w.own).join(' ') + p.group;
    const twins = persons.filter((p, i) =>
      persons.some(
        (q, j) =>
          i !== j &&
          family(p) === family(q) &&
          (p.father.length > 0 || p.family.length > 0) &&
          JSON.stringify(p.born) === JSON.stringify(q.born),
      ),
    );
    assert.ok(twins.length > 0);
  });
});

describe('the fourth held-out set’s spelling accidents', () => {
  it('should write Burmese in Zawgyi with the vowel E and medial ra before the consonant', () => {
    // ကျော် (Kyaw): medial ya U+103B → U+103A, asat U+103A → U+1039, E first.
    assert.equal(toZawgyi('\u1000\u103b\u1031\u102c\u103a'), '\u1031\u1000\u103a\u102c\u1039');
    // ဖြူ (Phyu): medial ra U+103C → U+103B before the consonant.
    assert.equal(toZawgyi('\u1016\u103c\u1030'), '\u103b\u1016\u1030');
  });

  it('should strip Vietnamese marks including đ, and mangle UTF-8 read as Windows-1252', () => {
    assert.equal(withoutMarks('Đặng Thị Hương'), 'Dang Thi Huong');
    assert.equal(mojibake('Nguyễn'), 'Nguyá»…n');
  });
});

describe('the fourth held-out set’s bench metadata (bench/linkage/holdout4-breakdown.ts)', () => {
  const persons = truePersons(new Draw(20261210), 500);
  const facts = heldOut4Facts(500, 20261210);

  it('should give each person the name group the generator drew', () => {
    assert.equal(facts.size, persons.length);
    for (const p of persons) assert.equal(facts.get(p.id)?.group, p.group);
    for (const r of heldOutSet4(500, 20261210)) assert.ok(facts.has(r.truth));
  });

  it('should name whom a twin, sibling or namesake was drawn from: an earlier person of the same group', () => {
    const byId = new Map(persons.map((p, i) => [p.id, { p, i }]));
    const kinds = new Set([...facts.values()].map((f) => f.kind));
    for (const kind of ['new', 'sibling', 'twin', 'namesake']) assert.ok(kinds.has(kind as never), kind);
    persons.forEach((p, i) => {
      const fact = facts.get(p.id);
      if (fact?.of == null) {
        assert.equal(fact?.kind, 'new');
        return;
      }
      const elder = byId.get(fact.of);
      assert.ok(elder && elder.i < i && elder.p.group === p.group);
      if (fact.kind === 'twin') assert.deepEqual(p.born, elder.p.born);
      if (fact.kind === 'namesake') assert.deepEqual(p.given, elder.p.given);
      assert.equal(relation(facts, p.id, fact.of), fact.kind);
    });
  });
});
