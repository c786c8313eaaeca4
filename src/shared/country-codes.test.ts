import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countryCodes, isCountryCode, replacingCountryCode } from './country-codes.ts';

describe('the ISO 3166-1 codes in use (src/shared/country-codes.ts)', () => {
  it('holds the standard’s 249 codes, those of this region among them', () => {
    assert.equal(countryCodes.length, 249);
    for (const code of ['MY', 'ID', 'VN', 'MM', 'KH', 'TH', 'PH', 'TL', 'GB', 'RS', 'CW', 'SS'])
      assert.ok(isCountryCode(code), code);
  });

  it('leaves out withdrawn codes, and names the one that replaced each', () => {
    for (const [withdrawn, current] of [
      ['BU', 'MM'],
      ['UK', 'GB'],
      ['VD', 'VN'],
      ['TP', 'TL'],
      ['YU', 'RS'],
      ['ZR', 'CD'],
    ] as const) {
      assert.equal(isCountryCode(withdrawn), false, withdrawn);
      assert.equal(replacingCountryCode(withdrawn), current, withdrawn);
    }
  });

  it('leaves out reserved, private-use, grouping and unassigned codes', () => {
    for (const code of ['ZZ', 'QZ', 'XK', 'AA', 'EU', 'UN', 'AC', 'IC', 'TA', 'OO', 'my', 'MYS', ''])
      assert.equal(isCountryCode(code), false, code);
    assert.equal(replacingCountryCode('OO'), undefined);
    assert.equal(replacingCountryCode('MY'), undefined);
  });
});
