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
