import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { personBlocking } from './blocking.ts';
import { prepareRecord } from './record.ts';

const [tokenPairs, tokenYear] = personBlocking as [
  (typeof personBlocking)[number],
  (typeof personBlocking)[number],
];
const keysOf = (rule: typeof tokenPairs, name: string, birth: string | null) =>
  rule.keys(prepareRecord({ id: 'x', name, birth }, 0));

describe('blocking of very common names', () => {
  it('blocks a pair of common tokens, or one very common, together with the year of birth', () => {
    assert.deepEqual(keysOf(tokenPairs, 'Nguyen Thi Hoa', '1990-04-02'), [
      '~nguyen|~ti@1990',
      '~hoa|~nguyen@1990',
      '~hoa|~ti@1990',
    ]);
    // Without a date, the plain keys: blocks of the records that have none.
    assert.deepEqual(keysOf(tokenPairs, 'Nguyen Thi Hoa', null), ['~nguyen|~ti', '~hoa|~nguyen', '~hoa|~ti']);
  });

  it('blocks a pair of rarer tokens without the year, as before', () => {
    const keys = keysOf(tokenPairs, 'Kaisuran Pravatsak', '1990-04-02');
    assert.ok(keys.length > 0);
    assert.ok(
      keys.every((k) => !k.includes('@')),
      keys.join(),
    );
  });

  it('keeps every token, common ones too, in the name token and year blocks', () => {
    assert.deepEqual(keysOf(tokenYear, 'Nguyen Thi Hoa', '1990-04-02'), [
      '~nguyen@1990',
      '~ti@1990',
      '~hoa@1990',
    ]);
  });
});
