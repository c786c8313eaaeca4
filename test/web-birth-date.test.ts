import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { birthDateParam, readBirthDate } from '../web/src/features/persons/birth-date.ts';
import { emptySearch, paramsOfSearch } from '../web/src/features/persons/search-params.ts';

describe('a date of birth typed in the web app', () => {
  it('should read day-first dates as the region writes them, and ISO dates', () => {
    assert.deepEqual(readBirthDate('14/03/1987'), { date: '1987-03-14' });
    assert.deepEqual(readBirthDate(' 4.3.1987 '), { date: '1987-03-04' });
    assert.deepEqual(readBirthDate('14-03-1987'), { date: '1987-03-14' });
    assert.deepEqual(readBirthDate('1987-03-14'), { date: '1987-03-14' });
  });

  it('should refuse day or month 00 as such, never read it as 1 January', () => {
    for (const typed of ['00/00/1990', '00/03/1990', '14/00/1990', '1990-00-00', '1990-05-00', '0/0/1990']) {
      assert.deepEqual(readBirthDate(typed), { problem: 'date_day_or_month_zero' }, typed);
    }
  });

  it('should call a day the month lacks, or text that is no date, malformed', () => {
    for (const typed of ['31/02/1990', '14/13/1990', '1990', 'March 1990', '']) {
      assert.deepEqual(readBirthDate(typed), { problem: 'value_malformed' }, typed);
    }
  });

  it('should send a search by date of birth as the API takes it, with 00 kept for the API to name', () => {
    assert.equal(birthDateParam('14/03/1987'), '1987-03-14');
    assert.equal(birthDateParam('00/00/1990'), '1990-00-00');
    assert.equal(
      paramsOfSearch({ ...emptySearch, name: 'Siti', birthDate: '00/00/1990' }).toString(),
      'name=Siti&birthDate=1990-00-00',
    );
    assert.equal(
      paramsOfSearch({ ...emptySearch, name: 'Siti', birthDate: '14/3/1987' }).get('birthDate'),
      '1987-03-14',
    );
  });
});
