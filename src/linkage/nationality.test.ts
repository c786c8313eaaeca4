import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanField } from './field-text.ts';
import { nationalityCode } from './nationality.ts';

const read = (value: string) => nationalityCode(cleanField(value));

describe('a nationality as agencies write it', () => {
  it('reads ISO 3166-1 codes of two or three letters or three digits as the two-letter code', () => {
    assert.equal(read('VN'), 'vn');
    assert.equal(read('vnm'), 'vn');
    assert.equal(read('704'), 'vn');
    assert.equal(read('LAO'), 'la');
    assert.equal(read('MMR'), 'mm');
  });

  it('reads a country’s name in English or a language of the region', () => {
    for (const name of ['Vietnam', 'Viet Nam', 'VIỆT NAM', 'Việt Nam']) assert.equal(read(name), 'vn', name);
    for (const name of ['Myanmar', 'Burma', 'Myanmar (Burma)', 'မြန်မာ']) assert.equal(read(name), 'mm', name);
    for (const name of ['Cambodia', 'Kemboja', 'Kamboja', 'កម្ពុជា']) assert.equal(read(name), 'kh', name);
    assert.equal(read('ไทย'), 'th');
    assert.equal(read("Lao People's Democratic Republic"), 'la');
    assert.equal(read('中国'), 'cn');
  });

  it('reads a nationality’s word, with or without the words framing it', () => {
    assert.equal(read('Vietnamese'), 'vn');
    assert.equal(read('Burmese'), 'mm');
    assert.equal(read('Khmer'), 'kh');
    assert.equal(read('Sri Lankan'), 'lk');
    assert.equal(read('warganegara Malaysia'), 'my');
    assert.equal(read('Warga Negara Indonesia'), 'id');
    assert.equal(read('WNI'), 'id');
    assert.equal(read('quốc tịch Việt Nam'), 'vn');
    assert.equal(read('citizen of the Philippines'), 'ph');
    assert.equal(read('Lao PDR'), 'la');
  });

  it('leaves a value it cannot read as written, to be compared as before', () => {
    assert.equal(read('stateless'), 'stateless');
    assert.equal(read('Rohingya'), 'rohingya');
    assert.equal(read('UK'), 'uk');
    assert.equal(read('citizen'), 'citizen');
    assert.equal(read(''), '');
    assert.equal(read('x'.repeat(10_000)).length, 200);
  });
});
