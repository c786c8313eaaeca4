import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameKeysFor, searchKeysFor } from './person-name-keys.ts';

const birth = {
  birth_precision: 'year',
  birth_date: null,
  birth_year: 1990,
  estimated_age: null,
  estimated_on: null,
};

describe('the keys a search looks a name up by (decision 0081)', () => {
  const pairs: [typed: string, stored: string][] = [
    ['Thi Da', 'Thida'],
    ['Thida', 'Thi Da'],
    ['Thida', 'သီတာ'],
    ['Aung Kyaw', 'Aungkyaw Min'],
    ['Srey Mom', 'Sreymom'],
    ['Wan', 'Wan bin Ahmad'],
    ['Supaporn', 'สุภาพร'],
    ['Keo', 'កែវ'],
    ['Vuthy', 'វុទ្ធី'],
  ];
  for (const [typed, stored] of pairs)
    it(`looks "${stored}" up when "${typed}" is typed`, () => {
      const keys = new Set(nameKeysFor(stored, birth).matchKeys);
      assert.ok(searchKeysFor(typed).matchKeys.some((key) => keys.has(key)));
    });

  it('joins no initial and nothing from an empty name, and stays bounded for a 10k-character one', () => {
    assert.deepEqual(searchKeysFor('').matchKeys, []);
    assert.ok(!searchKeysFor('A B').matchKeys.some((key) => key.replace('~', '').length > 1));
    assert.ok(searchKeysFor('Thi Da '.repeat(1_500)).matchKeys.length < 200);
  });
});

describe('the keys a search looks up a word still being typed by (decision 0107)', () => {
  it('adds the canonical keys of the names the last word may begin (Moh, Muha: Mohd)', () => {
    const stored = new Set(nameKeysFor('Mohd Faizal', birth).matchKeys);
    for (const typed of ['Muh', 'Moh', 'Muha', 'Faizal Moh'])
      assert.ok(
        searchKeysFor(typed).matchKeys.some((key) => stored.has(key) && key.includes('muham')),
        typed,
      );
  });
  it('adds none for a word not last, nor for two letters, and no sound codes', () => {
    assert.ok(!searchKeysFor('Moh Faizal').matchKeys.includes('muhammad'));
    assert.ok(!searchKeysFor('Mo').matchKeys.includes('muhammad'));
    // Muhammad's sound codes would fetch every name sounding like it: only those of "moh".
    assert.deepEqual(searchKeysFor('Moh').phoneticKeys, ['M']);
  });
});
