import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  currentChecklist,
  findChecklist,
  type HealthChecklist,
  healthChecklists,
} from './health-checklist.ts';
import { healthScreeningProblems } from './health-screening.rules.ts';
import { recordHealthScreeningSchema } from './health-screening.schema.ts';

const languages = ['en', 'ms', 'id', 'vi'] as const;

describe('the infectious-disease checklist', () => {
  it('labels every entry of every version in every language', () => {
    for (const checklist of healthChecklists) {
      for (const entry of [
        ...checklist.symptoms,
        ...checklist.tests,
        ...checklist.results,
        ...checklist.separations,
      ]) {
        for (const language of languages) {
          assert.ok(
            entry.label[language].trim().length > 0,
            `${checklist.version} ${entry.code} ${language}`,
          );
        }
      }
    }
  });

  it('has unique versions and codes, the last version current', () => {
    const versions = healthChecklists.map((checklist) => checklist.version);
    assert.equal(new Set(versions).size, versions.length);
    assert.equal(currentChecklist().version, versions.at(-1));
    for (const checklist of healthChecklists) {
      for (const entries of [checklist.symptoms, checklist.tests, checklist.results, checklist.separations]) {
        const codes = entries.map((entry) => entry.code);
        assert.equal(new Set(codes).size, codes.length, checklist.version);
      }
    }
    assert.equal(findChecklist('no-such-version'), undefined);
  });

  it('checks a screening against the version it is recorded with, so a new version can change the list', () => {
    const base = currentChecklist();
    const next: HealthChecklist = {
      ...base,
      version: 'next',
      symptoms: [
        ...base.symptoms,
        {
          code: 'headache',
          label: { en: 'Headache', ms: 'Sakit kepala', id: 'Sakit kepala', vi: 'Đau đầu' },
        },
      ],
    };
    const screening = recordHealthScreeningSchema.parse({
      consent: { given: true, basis: 'verbal', reference: 'witnessed by the shelter warden' },
      symptoms: ['headache'],
    });
    assert.deepEqual(
      healthScreeningProblems(screening, base, '2025-11-20', '2025-11-20').map((p) => p.field),
      ['symptoms.0'],
    );
    assert.deepEqual(healthScreeningProblems(screening, next, '2025-11-20', '2025-11-20'), []);
  });
});
