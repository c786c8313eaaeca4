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
});
