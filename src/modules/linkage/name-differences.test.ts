import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameDifferences } from './name-differences.ts';

describe('where two persons’ names differ', () => {
  it('names the words that differ and by how many letters', () => {
    assert.deepEqual(nameDifferences(['Nur Aina binti Razak'], ['Nur Aini binti Razak']), [
      { a: 'Aina', b: 'Aini', letters: 1 },
    ]);
    assert.deepEqual(nameDifferences(['Nguyễn Văn Minh'], ['Nguyen Van Manh']), [
      { a: 'Minh', b: 'Manh', letters: 1 },
    ]);
  });

  it('finds no difference in one name written another way, or in a word only one side wrote', () => {
    assert.deepEqual(nameDifferences(['Mohd Faizal bin Rahim'], ['Muhammad Faizal b. Rahim']), []);
    assert.deepEqual(nameDifferences(['Siti Aminah'], ['Siti Aminah binti Ali']), []);
  });

  it('compares the closest of each side’s names', () => {
    assert.deepEqual(nameDifferences(['Aung Kyaw', 'Nur Aina'], ['Nur Aini']), [
      { a: 'Aina', b: 'Aini', letters: 1 },
    ]);
  });
});
