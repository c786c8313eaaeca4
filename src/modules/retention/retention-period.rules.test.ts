import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getPack, type JurisdictionPack } from '../../jurisdictions/index.ts';
import { legalMinimum, periodProblems } from './retention-period.rules.ts';

const withMinimum = (years: number): JurisdictionPack => ({
  ...getPack('my'),
  retentionMinimums: {
    victim_case: { years, law: 'Example Records Act', section: 's.5', unconfirmed: true },
  },
});

describe('retention period bounds', () => {
  it('states no legal minimum where no pack states one', () => {
    assert.equal(legalMinimum([getPack('my'), getPack('generic')], 'victim_case'), undefined);
  });

  it('takes the longest legal minimum of the packs a period may apply under', () => {
    const minimum = legalMinimum([withMinimum(7), getPack('id'), withMinimum(12)], 'victim_case');
    assert.equal(minimum?.years, 12);
    assert.equal(legalMinimum([withMinimum(7)], 'investigation'), undefined);
  });

  it('refuses a period shorter than the legal minimum, naming the law and the bound', () => {
    const problems = periodProblems({
      years: 5,
      minimum: withMinimum(7).retentionMinimums.victim_case,
      fallback: 3,
    });
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.field, 'years');
    assert.equal(problems[0]?.code, 'too_small');
    assert.equal(problems[0]?.limit, 7);
    assert.match(problems[0]?.message ?? '', /Example Records Act s\.5/);
  });

  it("refuses an agency's period shorter than the one it falls back to, and accepts a longer one", () => {
    assert.equal(periodProblems({ years: 8, minimum: undefined, fallback: 10 })[0]?.limit, 10);
    assert.deepEqual(periodProblems({ years: 12, minimum: undefined, fallback: 10 }), []);
    assert.deepEqual(periodProblems({ years: 1, minimum: undefined, fallback: undefined }), []);
  });
});
