import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readName } from './name-reading.ts';

describe('readName', () => {
  it('reads a Burmese name in its usual Latin spelling, words capitalised', () => {
    assert.deepEqual(readName('ကျော်ဇင်ထက်'), { name: 'ကျော်ဇင်ထက်', latin: 'Kyaw Zin Htet', unicode: null });
  });

  it('reads Thai and Khmer names with the romanisers the search keys them by', () => {
    assert.equal(readName('สมศักดิ์ ใจดี').latin, 'Somsak Chaidi');
    assert.equal(readName('សុខ ដារ៉ា').latin, 'Sokh Dara');
  });

  it('gives the Unicode form of a name typed in Zawgyi, read from that form, and keeps the name as given', () => {
    const reading = readName('ေအာင္ေက်ာ္ထက္');
    assert.equal(reading.name, 'ေအာင္ေက်ာ္ထက္');
    assert.equal(reading.unicode, 'အောင်ကျော်ထက်');
    assert.equal(reading.latin, 'Aung Kyaw Htet');
  });

  it('gives no reading for a name written in Latin, accents and all', () => {
    assert.deepEqual(readName('Nguyễn Thị Ánh'), { name: 'Nguyễn Thị Ánh', latin: null, unicode: null });
    assert.equal(readName('အောင်ကျော်ထက်').unicode, null, 'a name in Unicode is not converted');
  });
});
