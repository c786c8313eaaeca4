import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isRegionOf, regionsOf } from './index.ts';

describe('regions', () => {
  it('lists the states and provinces of Malaysia, Indonesia and Viet Nam by ISO 3166-2 code', () => {
    assert.equal(regionsOf('MY').length, 16);
    assert.equal(regionsOf('ID').length, 38);
    assert.equal(regionsOf('VN').length, 63);
    for (const country of ['MY', 'ID', 'VN']) {
      const codes = regionsOf(country).map((region) => region.code);
      assert.equal(new Set(codes).size, codes.length, `${country} has no code twice`);
      for (const code of codes) assert.match(code, new RegExp(`^${country}-[A-Z0-9]{2}$`));
    }
  });

  it('knows a region only within its own country', () => {
    assert.ok(isRegionOf('MY', 'MY-12'));
    assert.ok(!isRegionOf('ID', 'MY-12'));
    assert.ok(!isRegionOf('MY', 'MY-99'));
    assert.deepEqual(regionsOf('TH'), []);
  });
});
