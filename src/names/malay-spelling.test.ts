import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spellingKeys, tokenKeys } from './keys.ts';
import { compareNames } from './match.ts';
import { normalizeName } from './normalize.ts';

const score = (a: string, b: string) => compareNames(normalizeName(a), normalizeName(b), 'pair').score;
const shareAKey = (a: string, b: string) => tokenKeys(a).some((key) => tokenKeys(b).includes(key));

describe('Malaysian sh and Indonesian sy', () => {
  const cases: [malaysian: string, indonesian: string][] = [
    ['aishah', 'aisyah'],
    ['shafiq', 'syafiq'],
    ['shahrul', 'syahrul'],
    ['sharifah', 'syarifah'],
  ];
  for (const [malaysian, indonesian] of cases) {
    it(`reads "${malaysian}" as "${indonesian}" too, keeping what was written`, () => {
      const keys = spellingKeys(malaysian);
      assert.ok(keys.includes(indonesian), keys.join(','));
      assert.ok(keys.includes(malaysian));
    });
  }

  it('reads an old Indonesian sj and a Malaysian sh alike (Sjarifah, Sharifah, Syarifah)', () => {
    assert.ok(shareAKey('sjarifah', 'sharifah'));
    assert.ok(shareAKey('sharifah', 'syarifah'));
  });

  it('leaves a name without sh as it was', () => {
    assert.deepEqual(spellingKeys('aminah'), ['aminah']);
  });
});

describe('a final h dropped', () => {
  const cases: [string, string][] = [
    ['aisyah', 'aisya'],
    ['aishah', 'aisha'],
    ['aisyah', 'aisha'],
    ['fatimah', 'fatima'],
  ];
  for (const [a, b] of cases) {
    it(`"${a}" and "${b}" share a key`, () => assert.ok(shareAKey(a, b)));
  }

  it('does not make Aisyah and Aiman one name', () => assert.ok(!shareAKey('aisyah', 'aiman')));
});

describe('Malay and Indonesian names written both ways', () => {
  const samePerson: [string, string][] = [
    ['Noor Aishah Ismail', 'Puan Nur Aisyah binti Ismail'],
    ['Muhammad Shafiq bin Rahman', 'Mohd Syafiq Rahman'],
    ['Shahrul Nizam', 'Syahrul Nizam'],
    ['Sharifah Fatimah', 'Syarifah Fatima'],
    ['Siti Aisya', 'Siti Aisyah'],
  ];
  for (const [a, b] of samePerson) {
    it(`"${a}" matches "${b}" as a variant`, () => {
      const value = score(a, b);
      assert.ok(value >= 0.9, `${value}`);
    });
  }
});
