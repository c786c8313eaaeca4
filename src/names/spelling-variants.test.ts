import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { skeleton } from './keys.ts';
import { compareNames } from './match.ts';
import { normalizeName, searchKeys } from './normalize.ts';

const compare = (a: string, b: string, mode: 'search' | 'pair' = 'pair') =>
  compareNames(normalizeName(a), normalizeName(b), mode);

/** Each name's spellings meet in both modes, share a search key, and the first is found by each. */
function sameName(spellings: readonly string[]) {
  for (const a of spellings)
    for (const b of spellings) {
      if (a === b) continue;
      it(`${a} meets ${b}`, () => {
        const pair = compare(a, b);
        assert.ok(pair.score >= 0.9, `pair score ${pair.score}`);
        const search = compare(a, b, 'search');
        assert.ok(search.score >= 0.85 && search.meaningful, `search score ${search.score}`);
        const keys = new Set(searchKeys(normalizeName(b)).keys);
        assert.ok(
          searchKeys(normalizeName(a)).keys.some((key) => keys.has(key)),
          'no shared search key',
        );
      });
    }
}

describe('a Thai final ร written rn or n (decision 0081)', () => {
  describe('Supaporn', () => sameName(['Supaporn', 'Suphaphon', 'Supaphon', 'สุภาพร']));
  describe('Siriporn', () => sameName(['Siriporn', 'Siriphon', 'ศิริพร']));
  describe('Kornkanok', () => sameName(['Kornkanok', 'Konkanok']));
  describe('Amporn', () => sameName(['Amporn', 'Amphon', 'อัมพร']));
  it('keeps an rn before a vowel (Kurniawan, Sukarno, Purnama)', () => {
    for (const name of ['kurniawan', 'sukarno', 'purnama']) assert.match(skeleton(name), /rn/, name);
  });
});

describe('a Pali final short i not read at a Thai word end (decision 0081)', () => {
  describe('Natthawut', () => sameName(['Natthawut', 'Nattawut', 'Natthawuth', 'ณัฐวุฒิ']));
  describe('Sombat', () => sameName(['Sombat', 'Sombath', 'สมบัติ']));
  describe('Chaiwat', () => sameName(['Chaiwat', 'Chaiwath', 'ชัยวัฒน์']));
  describe('Prawat', () => sameName(['Prawat', 'Prawath', 'ประวัติ']));
  it('keeps the i that is read (Kitti, Piti, Siri)', () => {
    for (const [script, latin] of [
      ['กิตติ', 'Kitti'],
      ['ปิติ', 'Piti'],
      ['ศิริ', 'Siri'],
    ] as const)
      assert.ok(compare(script, latin).score >= 0.9, latin);
    assert.ok(compare('ปิติ', 'Pit').score < 0.9);
  });
});

describe('Khmer and Thai ae/e and a final o/w/v (decision 0081)', () => {
  describe('Keo', () => sameName(['Keo', 'Kaew', 'Kev', 'Kaeo', 'កែវ', 'แก้ว']));
  describe('Saengthong', () => sameName(['Saengthong', 'Sengthong', 'แสงทอง']));
  it('keeps Keo apart from other names', () => {
    for (const other of ['Kea', 'Ken', 'Kim', 'Leo']) assert.ok(compare('Keo', other).score < 0.9, other);
  });
});

describe('Khmer vowels by series and Pali inherent vowels (decision 0081)', () => {
  describe('Rathana', () => sameName(['Rathana', 'Ratana', 'Rattana', 'រតនា']));
  describe('Rattanak', () => sameName(['Rattanak', 'Ratanak', 'Rathanak', 'រតនៈ']));
  describe('Vuthy', () => sameName(['Vuthy', 'Vutthy', 'Wuthy', 'Vuthi', 'វុទ្ធី']));
  describe('Navy', () => sameName(['Navy', 'Navi', 'នវី']));
  describe('Rudy', () => sameName(['Rudy', 'Rudi']));
  it('keeps a final y after a vowel (Chhay, Pisey)', () => {
    assert.ok(compare('Chhay', 'Chay').score >= 0.9);
    assert.ok(compare('Pisey', 'ពិសី', 'search').meaningful);
  });
});
