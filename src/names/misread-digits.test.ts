import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeName } from './normalize.ts';
import { readMisreadDigits } from './rules/misread-digits.ts';

const own = (name: string) => normalizeName(name).own.map((t) => t.canonical);

describe("a scanner's digits for letters in a name (decision 0126)", () => {
  const cases: [written: string, read: string[]][] = [
    ['5ri Wahyuni', ['sri', 'wahyuni']],
    ['H0ELENG', ['hoeleng']],
    ['NUR 1SMAIL', ['nur', 'ismail']],
    ['A8DUL RAHMAN', ['abdulrahman']],
  ];
  for (const [written, read] of cases) {
    it(`reads "${written}" as ${read.join(' ')}`, () => assert.deepEqual(own(written), read));
  }

  it('reads a misread name as the name written right, in its keys too', () => {
    // What was written is kept apart, so that the name never reads as written exactly (issue 8).
    const reading = (name: string) => normalizeName(name).own.map(({ written: _, ...token }) => token);
    assert.deepEqual(reading('5ITI N0RHAYATI'), reading('SITI NORHAYATI'));
    // N0rhayati is read Nor and Hayati, each written N0rhayati.
    assert.deepEqual(
      normalizeName('5ITI N0RHAYATI').own.map((t) => t.written),
      ['5iti', 'n0rhayati', 'n0rhayati'],
    );
  });

  it('reads the patronymic marker through a misread digit', () => {
    assert.deepEqual(
      normalizeName('Ahmad 8in Ali').father.map((t) => t.canonical),
      ['ali'],
    );
  });

  it('leaves a word of digits alone, and words with other digits or letters of other scripts', () => {
    assert.equal(readMisreadDigits('5'), '5');
    assert.equal(readMisreadDigits('1990'), '1990');
    assert.equal(readMisreadDigits('a2b'), 'a2b');
    assert.equal(readMisreadDigits('sri'), 'sri');
    assert.equal(readMisreadDigits('สม5'), 'สม5');
  });
});
