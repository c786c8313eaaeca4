import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeName } from './normalize.ts';

const read = (name: string) => {
  const n = normalizeName(name);
  return {
    own: n.own.map((t) => t.canonical),
    father: n.father.map((t) => t.canonical),
    honorifics: [...n.honorifics],
    patronymic: n.patronymic,
  };
};

describe('Malaysian Tamil a/l and a/p as written without the slash', () => {
  for (const marker of ['a/p', 'a.p.', 'A.P'])
    it(`reads "${marker}" as a/p (daughter of)`, () => {
      const name = read(`Letchumy ${marker} Muthusamy`);
      assert.deepEqual(name.own, ['letchumy']);
      assert.deepEqual(name.father, ['muthusamy']);
      assert.equal(name.patronymic, 'daughter');
    });
  for (const marker of ['a/l', 'a.l.', 'A.L'])
    it(`reads "${marker}" as a/l (son of)`, () => {
      const name = read(`Kumar ${marker} Rajan`);
      assert.deepEqual(name.father, ['rajan']);
      assert.equal(name.patronymic, 'son');
    });
  it('reads a bare "ap" between two names as a/p (decision 0147)', () => {
    const name = read('Saraswathy ap Arumugam');
    assert.deepEqual(name.own, ['saraswathy']);
    assert.deepEqual(name.father, ['arumugam']);
    assert.equal(name.patronymic, 'daughter');
  });
  it('reads a bare "al" as no marker (the Arabic article, a given name)', () => {
    assert.equal(read('Kumar AL Rajan').patronymic, undefined);
    assert.deepEqual(read('Amer Mohammad Rasheed Al Ubaidi').father, []);
    assert.equal(read('Ahmad Al Amin').patronymic, undefined);
  });
});

describe('Malay titles and binti forms', () => {
  it('drops Tuan, Tn, Ustaz, Ustazah and Cikgu as titles', () => {
    assert.deepEqual(read('Tuan Haji Ahmad bin Ali').own, ['ahmad']);
    assert.deepEqual(read('Tn. Hj. Ahmad bin Ali').own, ['ahmad']);
    assert.deepEqual(read('Ustazah Siti Aminah').own, ['siti', 'aminah']);
    assert.deepEqual(read('Ustaz Ridzuan bin Yusof').own, ['ridzuan']);
    assert.deepEqual(read('Cikgu Hjh. Rosnah').own, ['rosnah']);
  });
  it('keeps Tuan before a Vietnamese family name: Tuấn is a given name', () => {
    assert.deepEqual(read('Tuan Nguyen').own, ['tuan', 'nguyen']);
    assert.deepEqual(read('Tuấn Trần').own, ['tuan', 'tran']);
  });
  it('reads bnt as binti', () => {
    const name = read('Siti Aminah Bnt. Yusof');
    assert.deepEqual(name.father, ['yusuf']);
    assert.equal(name.patronymic, 'daughter');
  });
});

describe('Vietnamese Thị written Ti (UNCONFIRMED, decision 0115)', () => {
  it('reads Ti as the middle name Thị, and says female', () => {
    const name = normalizeName('Nguyen Ti Lan');
    assert.deepEqual(name.vietnamese, { family: 'nguyen', middle: ['thi'], given: 'lan' });
    assert.equal(name.impliedSex, 'female');
  });
});
