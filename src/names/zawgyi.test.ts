import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectBurmeseEncoding } from './zawgyi.ts';

describe('Zawgyi or Unicode', () => {
  const cases: [string, string, 'zawgyi' | 'unicode' | undefined][] = [
    ['Maung in Unicode', '\u1019\u1031\u102c\u1004\u103a', 'unicode'],
    ['Maung in Zawgyi', '\u1031\u1019\u102c\u1004\u1039', 'zawgyi'],
    ['Aung Kyaw in Unicode', '\u1021\u1031\u102c\u1004\u103a\u1000\u103b\u1031\u102c\u103a', 'unicode'],
    ['Kyaw in Zawgyi (E first)', '\u1031\u1000\u103a\u102c\u1039', 'zawgyi'],
    ['Mya in Unicode', '\u1019\u103c', 'unicode'],
    ['Mya in Zawgyi (medial RA first)', '\u103b\u1019', 'zawgyi'],
    ['a Zawgyi stacked form', '\u1019\u1060', 'zawgyi'],
    ['a Latin name', 'Aung Kyaw', undefined],
  ];
  for (const [label, text, encoding] of cases) {
    it(`reads ${label} as ${encoding ?? 'no Burmese'}`, () =>
      assert.equal(detectBurmeseEncoding(text), encoding));
  }
});
