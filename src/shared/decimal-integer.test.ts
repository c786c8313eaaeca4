import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decimalInteger } from './decimal-integer.ts';

const codesOf = (value: unknown) =>
  decimalInteger(1, 200)
    .safeParse(value)
    .error?.issues.map((issue) =>
      issue.code === 'custom' ? (issue.params as { code: string }).code : issue.code,
    );

describe('a whole number read from text', () => {
  it('should read plain decimal digits as the number they say', () => {
    assert.equal(decimalInteger(1, 200).parse('25'), 25);
  });

  it('should answer a negative number as below the bound, not as a number written wrongly', () => {
    assert.deepEqual(codesOf('-1'), ['too_small']);
    assert.deepEqual(codesOf('-250'), ['too_small']);
    assert.deepEqual(codesOf('0'), ['too_small']);
  });

  it('should refuse what is not plain decimal digits by its rule code', () => {
    for (const text of ['+10', '-0', '-010', '010', '1e1', '0x10', ' 10', '10.0', '', '-'])
      assert.deepEqual(codesOf(text), ['integer_not_decimal'], text);
  });
});
