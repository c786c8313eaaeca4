import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { missing, nameComparison } from './comparisons.ts';
import { type LinkRecord, prepareRecord } from './record.ts';

const level = (a: LinkRecord, b: LinkRecord) =>
  nameComparison.compare(prepareRecord(a, 0), prepareRecord(b, 1));
const different = nameComparison.levels.indexOf('different');
const anotherName = nameComparison.levels.indexOf('another name');

describe('linkage never matches names on nothing (issue 8)', () => {
  it('compares a name of initials or digits as a missing name, not as an exact one', () => {
    const birth = '1990-05-17';
    assert.equal(level({ id: 'a', name: 'A', birth }, { id: 'b', name: 'A', birth }), missing);
    assert.equal(level({ id: 'a', name: 'A. B.', birth }, { id: 'b', name: 'A B', birth }), missing);
    assert.equal(level({ id: 'a', name: '00/00', birth }, { id: 'b', name: '00/00', birth }), missing);
    assert.equal(level({ id: 'a', given: 'A', family: 'B' }, { id: 'b', given: 'A', family: 'B' }), missing);
  });

  it('does not let an initial alone make two names agree', () =>
    // Minh and Tuan share nothing: 'another name' (decision 0116), the initial adding nothing.
    assert.equal(level({ id: 'a', name: 'A Minh' }, { id: 'b', name: 'A Tuan' }), anotherName));

  it('keeps the Malay Wan apart from the Vietnamese Văn', () => {
    assert.equal(level({ id: 'a', name: 'Wan' }, { id: 'b', name: 'Văn' }), different);
    assert.equal(level({ id: 'a', name: 'Wan Minh Hassan' }, { id: 'b', name: 'Văn Minh Hassan' }) > 1, true);
  });

  it('still matches a name with an initial beside its words', () =>
    assert.ok(level({ id: 'a', name: 'M. Faizal Rahim' }, { id: 'b', name: 'Muhammad Faizal Rahim' }) <= 3));
});
