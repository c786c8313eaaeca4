import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseBirth } from './birth-text.ts';

/** A date as read: yyyymmdd with 00 where unknown, and whether it is partial; '' when none. */
const read = (text: string) => {
  const birth = parseBirth(text);
  return birth ? `${birth.digits}${birth.partial ? ' partial' : ''}` : '';
};

describe('a date of birth as agencies write it', () => {
  it('reads a date written year first, with or without separators', () => {
    assert.equal(read('1990-03-15'), '19900315');
    assert.equal(read('1990/3/5'), '19900305');
    assert.equal(read('19900315'), '19900315');
    assert.equal(read('1990-03'), '19900300 partial');
    assert.equal(read('199003'), '19900300 partial');
    assert.equal(read('1990'), '19900000 partial');
    assert.equal(read('1990-03-15T00:00:00Z'), '19900315');
  });

  it('reads a date written day first, as the region’s registers write it', () => {
    assert.equal(read('15/03/1990'), '19900315');
    assert.equal(read('15.03.1990'), '19900315');
    assert.equal(read('5-3-1990'), '19900305');
    assert.equal(read('15031990'), '19900315');
    assert.equal(read('03/1990'), '19900300 partial');
    assert.equal(read('ngày 15 tháng 3 năm 1990'), '19900315');
    assert.equal(read('15/03/1990 00:00'), '19900315');
  });

  it('reads a month’s name in English, Malay or Indonesian', () => {
    assert.equal(read('15 MAR 1990'), '19900315');
    assert.equal(read('15 Mac 1990'), '19900315');
    assert.equal(read('15 Maret 1990'), '19900315');
    assert.equal(read('3 Ogos 1985'), '19850803');
    assert.equal(read('Disember 1985'), '19851200 partial');
    assert.equal(read('15-Agustus-1990'), '19900815');
  });

  it('keeps the year and what else is certain of a date with unknown or impossible parts', () => {
    assert.equal(read('00/00/1990'), '19900000 partial');
    assert.equal(read('00/05/1990'), '19900500 partial');
    assert.equal(read('00001990'), '19900000 partial');
    assert.equal(read('1990-13-45'), '19900000 partial');
    assert.equal(read('45/13/1990'), '19900000 partial');
  });

  it('reads the month-first order only where the day-first one is impossible', () => {
    assert.equal(read('03/15/1990'), '19900315');
    assert.equal(read('03/05/1990'), '19900503');
  });

  it('reads a two-digit year as the latest such year not in the future', () => {
    const year = new Date().getUTCFullYear() % 100;
    assert.equal(read('15/03/90'), '19900315');
    assert.equal(read(`15/03/${String(year).padStart(2, '0')}`), `20${String(year).padStart(2, '0')}0315`);
    assert.equal(
      read(`15 Mar ${String((year + 1) % 100).padStart(2, '0')}`).slice(0, 2),
      year === 99 ? '20' : '19',
    );
  });

  it('marks the first of January as partial: the date put in when only the year was known', () => {
    assert.equal(read('01/01/1990'), '19900101 partial');
  });

  it('reads no date from what holds none, never failing', () => {
    for (const text of [
      '',
      '00/00/0000',
      '0000',
      '15/03',
      '15 Mar',
      'unknown',
      '9'.repeat(10_000),
      '12345',
      '1/2/3/4/5',
    ])
      assert.equal(read(text), '', text.slice(0, 20));
    assert.equal(parseBirth(null), undefined);
    assert.equal(parseBirth('1850-01-02'), undefined);
  });
});
