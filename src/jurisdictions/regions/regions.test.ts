import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isRegionOf, regionMergedInto, regionProblem, regionsOf } from './index.ts';

describe('regions', () => {
  it('lists the states and provinces of Malaysia, Indonesia and Viet Nam by ISO 3166-2 code', () => {
    assert.equal(regionsOf('MY').length, 16);
    assert.equal(regionsOf('ID').length, 38);
    assert.equal(regionsOf('VN').length, 34);
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

  it("keeps each of Viet Nam's 63 former provinces in exactly one of the 34 since July 2025", () => {
    const vn = regionsOf('VN');
    const merged = vn.filter((region) => region.formerly !== undefined);
    assert.equal(merged.length, 23, '23 provinces were formed by the merger, 11 stayed as they were');
    const codes = vn.flatMap((region) => [
      region.code,
      ...(region.formerly ?? []).map((former) => former.code),
    ]);
    assert.equal(codes.length, 63);
    assert.equal(new Set(codes).size, 63, 'no former province is in two new ones');
    for (const region of merged)
      assert.equal(region.codeUnconfirmed, true, `${region.name}'s code is marked unconfirmed`);
    assert.equal(regionMergedInto('VN', 'VN-03')?.name, 'Tuyên Quang');
    assert.equal(regionMergedInto('VN', 'VN-57')?.code, 'VN-SG');
    assert.equal(
      regionMergedInto('VN', 'VN-07'),
      undefined,
      'a current province was not merged into anything',
    );
  });

  it('says where a former province went, and refuses an unknown one as not of the country', () => {
    assert.equal(regionProblem('VN', 'VN-02', 'regionCode'), undefined);
    assert.deepEqual(regionProblem('VN', 'VN-47', 'regionCode'), {
      code: 'region_merged',
      field: 'regionCode',
      message: 'Kiên Giang (VN-47) is now part of An Giang (VN-44)',
    });
    assert.equal(regionProblem('VN', 'VN-99', 'regions.0')?.code, 'region_not_of_country');
    assert.equal(regionProblem('MY', 'VN-02', 'regions.0')?.code, 'region_not_of_country');
  });
});
