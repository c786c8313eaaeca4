import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareNames } from './match.ts';
import { matchTokens } from './name-words.ts';
import { normalizeName } from './normalize.ts';
import { searchKeys } from './search-keys.ts';

const canonicals = (tokens: readonly { canonical: string }[]) => tokens.map((t) => t.canonical);

describe('a nickname in brackets (decision 0134)', () => {
  it('is kept apart from the name and never matched on', () => {
    const name = normalizeName('Malee Srisook (Noi)');
    assert.deepEqual(canonicals(matchTokens(name)), ['malee', 'srisook']);
    assert.deepEqual(canonicals(name.nicknames), ['noi']);
    assert.equal(compareNames(name, normalizeName('SRISOOK MALEE')).score, 1);
  });

  it('is searched by', () => {
    assert.ok(searchKeys(normalizeName('Ratana Sukprasert (Ploy)')).keys.includes('ploy'));
  });

  it('is the name when nothing else is written', () => {
    assert.deepEqual(canonicals(normalizeName('(Noi)').own), ['noi']);
    assert.deepEqual(normalizeName('(Noi)').nicknames, []);
  });

  it('leaves an unclosed bracket as a space', () => {
    assert.deepEqual(canonicals(matchTokens(normalizeName('Ali (bin Abu'))), ['ali', 'abu']);
  });

  it("is the father's name when it holds a patronymic marker, compared as if written without brackets", () => {
    for (const [written, father] of [
      ['Nur Aini (binti Ahmad)', 'ahmad'],
      ['Kumar (a/l Muthu)', 'muthu'],
      ['Ali [bin] Abu', 'abu'],
    ] as const) {
      const name = normalizeName(written);
      assert.deepEqual(canonicals(name.father), [father], written);
      assert.deepEqual(name.nicknames, [], written);
    }
    const malee = normalizeName('Malee (Noi) (binti Ahmad)');
    assert.deepEqual(
      [canonicals(malee.own), canonicals(malee.father), canonicals(malee.nicknames)],
      [['malee'], ['ahmad'], ['noi']],
    );
  });

  it('keeps two people whose fathers differ apart', () => {
    for (const [a, b] of [
      ['Nur Aini (binti Ahmad)', 'Nur Aini binti Hassan'],
      ['Kumar (a/l Muthu)', 'Kumar a/l Raju'],
    ] as const) {
      const unbracketed = compareNames(normalizeName(a.replace(/[()]/g, '')), normalizeName(b), 'pair').score;
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const)
        assert.equal(
          compareNames(normalizeName(x), normalizeName(y), 'pair').score,
          unbracketed,
          `${x} / ${y}`,
        );
      assert.ok(unbracketed < 0.9);
    }
  });
});
