import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  birthDateProblemShown,
  birthDateTyped,
  emptySearch,
  fieldsTooLong,
  inputMaxLength,
  isAskable,
  limitFromParams,
  nextLimit,
  paramsOfSearch,
  searchFromParams,
} from '../web/src/features/persons/search-params.ts';

describe('the person search in the address', () => {
  it('should write only the fields filled in, trimmed, the country code in capitals', () => {
    const params = paramsOfSearch({
      ...emptySearch,
      name: '  Siti Aminah ',
      nationality: 'my ',
      birthYear: '',
    });
    assert.equal(params.toString(), 'name=Siti+Aminah&nationality=MY');
  });

  it('should read back the search it wrote, fields left out being empty', () => {
    const search = {
      ...emptySearch,
      name: 'Nguyễn Thị Lan',
      birthDate: '1995-04-01',
      documentNumber: 'B 123',
    };
    assert.deepEqual(searchFromParams(paramsOfSearch(search)), search);
    assert.deepEqual(searchFromParams(new URLSearchParams('other=1')), emptySearch);
  });

  it('should ask nothing before a name of two letters, a document number, or a whole date of birth', () => {
    assert.equal(isAskable({ ...emptySearch, name: ' a ' }), false);
    assert.equal(
      isAskable({ ...emptySearch, nationality: 'MY' }),
      false,
      'a nationality alone lists a people',
    );
    assert.equal(isAskable({ ...emptySearch, birthYear: '199' }), false);
    assert.equal(isAskable({ ...emptySearch, birthDate: '10/03/19' }), false);
    assert.equal(
      isAskable({ ...emptySearch, nationality: 'MY', birthYear: '1990' }),
      false,
      'a year alone too',
    );
    assert.equal(isAskable({ ...emptySearch, birthDate: '10/03/1995' }), true);
    assert.equal(isAskable({ ...emptySearch, birthDate: '00/00/1995' }), true, 'for the API to name day 00');
    assert.equal(isAskable({ ...emptySearch, name: 'An' }), true);
    assert.equal(isAskable({ ...emptySearch, documentNumber: 'A1' }), true);
  });

  it('should say a date of birth the calendar lacks, or a year typed as a date, before asking', () => {
    assert.equal(birthDateTyped('31/02/1990'), 'birthDateNotInCalendar');
    assert.equal(birthDateTyped('1990-13-01'), 'birthDateNotInCalendar');
    assert.equal(birthDateTyped(' 1985 '), 'birthDateIsYear');
    // Day or month 00 in a whole date is the API's to name (decision 0130); a real day is nothing.
    for (const typed of ['00/00/1990', '1990-00-00', '29/02/1988', '14/03/1995', '', '  ']) {
      assert.equal(birthDateTyped(typed), undefined, typed);
    }
  });

  it('should say a date of birth typed in part with its format, never send it (issue 8, decision 0184)', () => {
    for (const typed of ['14/03', '00/00', '15/03/19', '1990-03', 'yesterday']) {
      assert.equal(birthDateTyped(typed), 'birthDatePartial', typed);
    }
  });

  it('should say a date of birth’s problem once typing pauses or the search is sent, never per key', () => {
    assert.equal(birthDateProblemShown('15/03', '15/0', undefined), undefined, 'still typing');
    assert.equal(birthDateProblemShown('15/03', '15/03', undefined), 'birthDatePartial', 'typing paused');
    assert.equal(birthDateProblemShown('15/03', '15/0', '15/03'), 'birthDatePartial', 'sent with Enter');
    assert.equal(birthDateProblemShown('1985', '198', undefined), undefined);
    assert.equal(birthDateProblemShown('15/03/1990', '15/03/1990', undefined), undefined);
  });

  it('should keep the limit only beyond the first page and never beyond the API’s most', () => {
    assert.equal(paramsOfSearch({ ...emptySearch, name: 'An' }, 10).has('limit'), false);
    assert.equal(paramsOfSearch({ ...emptySearch, name: 'An' }, 25).get('limit'), '25');
    assert.equal(limitFromParams(new URLSearchParams('limit=500')), 50);
    assert.equal(limitFromParams(new URLSearchParams('limit=x')), 10);
    assert.equal(limitFromParams(new URLSearchParams('limit=2')), 10);
    assert.deepEqual([nextLimit(10), nextLimit(25), nextLimit(50)], [25, 50, 50]);
  });

  it('should let a name or number be pasted whole and name it as too long, never cut it silently', () => {
    assert.equal(inputMaxLength('name'), undefined);
    assert.equal(inputMaxLength('documentNumber'), undefined);
    assert.equal(inputMaxLength('birthYear'), 4);
    assert.deepEqual(fieldsTooLong({ ...emptySearch, name: 'a'.repeat(300) }), []);
    assert.deepEqual(fieldsTooLong({ ...emptySearch, name: ` ${'a'.repeat(300)} ` }), []);
    assert.deepEqual(
      fieldsTooLong({ ...emptySearch, name: 'a'.repeat(10_000), documentNumber: 'B'.repeat(65) }),
      ['name', 'documentNumber'],
    );
  });

  it('should read a name or number in the address whole, name it as too long and ask nothing', () => {
    const linked = searchFromParams(new URLSearchParams({ name: 'a'.repeat(400), birthYear: '199012' }));
    assert.equal(linked.name.length, 400);
    assert.equal(linked.birthYear, '1990', 'a short field stops at its length, as typed');
    assert.deepEqual(fieldsTooLong(linked), ['name']);
    assert.equal(isAskable(linked), false);
    assert.equal(isAskable({ ...emptySearch, documentNumber: 'B'.repeat(65) }), false);
  });
});
