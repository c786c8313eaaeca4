import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameDifferences } from './name-differences.ts';

const none = { differences: [], onlyInA: [], onlyInB: [] };

describe('where two persons’ names differ', () => {
  it('names the words that differ and by how many letters', () => {
    assert.deepEqual(nameDifferences(['Nur Aina binti Razak'], ['Nur Aini binti Razak']).differences, [
      { a: 'Aina', b: 'Aini', letters: 1 },
    ]);
    assert.deepEqual(nameDifferences(['Nguyễn Văn Minh'], ['Nguyen Van Manh']).differences, [
      { a: 'Minh', b: 'Manh', letters: 1 },
    ]);
  });

  it('says a word written as its initial is an initial, either way round', () => {
    assert.deepEqual(nameDifferences(['Nguyễn Văn Minh'], ['Nguyễn V. Minh']).differences, [
      { a: 'Văn', b: 'V.', letters: 2, initial: true },
    ]);
    assert.deepEqual(nameDifferences(['Dewi S Putri'], ['Dewi Sari Putri']).differences, [
      { a: 'S', b: 'Sari', letters: 3, initial: true },
    ]);
  });

  it('does not take a letter that begins no word of the other side for an initial', () => {
    assert.deepEqual(nameDifferences(['Nguyễn T. Minh'], ['Nguyễn Văn Minh']).differences, [
      { a: 'T.', b: 'Văn', letters: 3 },
    ]);
  });

  it('finds no difference in one name written another way', () => {
    assert.deepEqual(nameDifferences(['Mohd Faizal bin Rahim'], ['Muhammad Faizal b. Rahim']), none);
  });

  it('finds no difference in a title one side wrote or a name written joined on one side', () => {
    assert.deepEqual(
      nameDifferences(['Puan Siti Nur Haliza bt Abdullah'], ['Siti Noorhaliza Abdullah']),
      none,
    );
    assert.deepEqual(nameDifferences(["Dato' Seri Ali bin Abu"], ['Ali Abu']), none);
    assert.deepEqual(nameDifferences(['Hj. Rizal bin Ahmad'], ['Rizal Ahmad']), none);
  });

  it('still names a joined word whose parts differ from the other side’s words', () => {
    assert.deepEqual(nameDifferences(['Siti Noorhaliza'], ['Siti Nur Aliza']), {
      differences: [{ a: 'Noorhaliza', b: 'Aliza', letters: 4 }],
      onlyInA: [],
      onlyInB: [],
    });
  });

  it('lists a word only one side wrote as only in that side, never dropping it', () => {
    assert.deepEqual(nameDifferences(['Siti Aminah'], ['Siti Aminah binti Ali']), {
      ...none,
      onlyInB: ['Ali'],
    });
    assert.deepEqual(nameDifferences(['Nur Aina Hassan'], ['Nur Aini']), {
      differences: [{ a: 'Aina', b: 'Aini', letters: 1 }],
      onlyInA: ['Hassan'],
      onlyInB: [],
    });
  });

  it('compares the closest of each side’s names', () => {
    assert.deepEqual(nameDifferences(['Aung Kyaw', 'Nur Aina'], ['Nur Aini']), {
      ...none,
      differences: [{ a: 'Aina', b: 'Aini', letters: 1 }],
    });
  });
});
