import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildInstrument } from './instrument.factory.ts';
import { screeningLanguages } from './instrument.schema.ts';
import { findInstrumentProblems, validateInstrument } from './instrument.validation.ts';
import { iloEc2009Instrument } from './instruments/ilo-ec-2009.ts';
import { InvalidInstrumentError } from './screening.errors.ts';

const ilo = iloEc2009Instrument;

function listOf(profile: string) {
  return ilo.indicators.filter((indicator) => indicator.strengths[profile] !== undefined);
}

function countsByDimension(profile: string): number[] {
  return ilo.dimensions.map((d) => listOf(profile).filter((i) => i.dimension === d.code).length);
}

/** Runs validation and returns the problems it threw with, or fails when it did not throw. */
function problemsOf(input: unknown): string[] {
  try {
    validateInstrument(input);
  } catch (error) {
    assert.ok(error instanceof InvalidInstrumentError, String(error));
    return error.problems.map((p) => `${p.field}: ${p.message}`);
  }
  assert.fail('expected the instrument to be invalid');
}

// Vietnamese written without its diacritics is a different (or meaningless) text.
const vietnameseDiacritic = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

describe('the shipped ILO/EC 2009 instrument', () => {
  it('validates, with no cross-reference problem', () => {
    assert.doesNotThrow(() => validateInstrument(ilo));
    assert.deepEqual(findInstrumentProblems(ilo), []);
    assert.equal(ilo.id, 'ilo-ec-2009');
    assert.equal(ilo.version, '2009.09');
  });

  it('has every indicator question in English, Malay, Indonesian and Vietnamese, each its own text', () => {
    for (const indicator of ilo.indicators) {
      for (const language of screeningLanguages) {
        assert.ok(indicator.question[language].trim().length > 0, `${indicator.id} ${language}`);
      }
      for (const language of ['ms', 'id', 'vi'] as const) {
        assert.notEqual(
          indicator.question[language],
          indicator.question.en,
          `${indicator.id} ${language} is English`,
        );
      }
      assert.match(indicator.question.vi, vietnameseDiacritic, `${indicator.id} vi lacks diacritics`);
      assert.match(indicator.question.en, /\?$/, `${indicator.id} en is a question`);
    }
  });

  it('names and describes every dimension in all four languages', () => {
    for (const dimension of ilo.dimensions) {
      for (const language of screeningLanguages) {
        assert.ok(dimension.name[language].length > 0, `${dimension.code} name ${language}`);
        assert.ok(dimension.description[language].length > 0, `${dimension.code} description ${language}`);
      }
    }
  });

  it('has 10, 10, 16, 9, 15 and 7 adult-labour indicators in its six dimensions, 67 in all', () => {
    assert.deepEqual(
      ilo.dimensions.map((d) => d.code),
      [
        'deceptive_recruitment',
        'coercive_recruitment',
        'recruitment_abuse_of_vulnerability',
        'exploitative_conditions',
        'coercion_at_destination',
        'abuse_of_vulnerability_at_destination',
      ],
    );
    assert.deepEqual(countsByDimension('adult_labour'), [10, 10, 16, 9, 15, 7]);
    assert.equal(ilo.indicators.length, 67);
  });

  it('has 65 child-labour indicators and no weak tier for children', () => {
    assert.equal(listOf('child_labour').length, 65);
    assert.ok(listOf('child_labour').every((i) => i.strengths.child_labour !== 'weak'));
  });

  it('has no strong adult indicator for recruitment by abuse of vulnerability', () => {
    const strong = listOf('adult_labour').filter(
      (i) => i.dimension === 'recruitment_abuse_of_vulnerability' && i.strengths.adult_labour === 'strong',
    );
    assert.deepEqual(strong, []);
  });

  it('derives the provisional sexual lists from the labour lists with only the known differences', () => {
    const differences = new Set(['adult_sexual:cd_forced_tasks_clients', 'child_sexual:ex_hazardous']);
    for (const [sexual, labour] of [
      ['adult_sexual', 'adult_labour'],
      ['child_sexual', 'child_labour'],
    ] as const) {
      const profile = ilo.profiles.find((p) => p.code === sexual);
      assert.equal(profile?.status, 'provisional');
      assert.match(profile?.statusNote ?? '', /WCMS_105036/);
      for (const indicator of ilo.indicators) {
        const expected = differences.has(`${sexual}:${indicator.id}`)
          ? 'strong'
          : indicator.strengths[labour];
        assert.equal(indicator.strengths[sexual], expected, `${sexual} ${indicator.id}`);
      }
    }
    assert.equal(
      ilo.indicators.find((i) => i.id === 'cd_forced_tasks_clients')?.strengths.child_sexual,
      'strong',
    );
  });

  it('keeps the doubts marked (?) in the reference as unconfirmed notes', () => {
    const unconfirmed = ilo.indicators.filter((i) => i.unconfirmed).map((i) => i.id);
    for (const id of ['cr_abduction_sale', 'rv_past_difficulties', 'rv_travel_difficulty']) {
      assert.ok(unconfirmed.includes(id), id);
    }
    assert.ok(ilo.decisionRule.unconfirmed);
  });

  it('requires recruitment, exploitation and a means at destination for adults, and no means for children', () => {
    const stagesFor = (profile: string) =>
      ilo.decisionRule.profileRules.find((r) => r.profiles.includes(profile))?.requires.map((q) => q.stage);
    assert.deepEqual(stagesFor('adult_labour'), [
      'recruitment',
      'exploitation',
      'coercion_or_vulnerability_at_destination',
    ]);
    assert.deepEqual(stagesFor('child_sexual'), ['recruitment', 'exploitation']);
  });
});

describe('validating an instrument', () => {
  it('lists both a duplicate indicator id and an unknown dimension', () => {
    const broken = structuredClone(ilo);
    const [first, second, , , , sixth] = broken.indicators;
    assert.ok(first && second && sixth);
    second.id = first.id;
    sixth.dimension = 'smuggling';
    const problems = problemsOf(broken);
    assert.ok(
      problems.includes('indicators.1.id: dec_job_nature is used more than once'),
      problems.join('\n'),
    );
    assert.ok(problems.includes('indicators.5.dimension: smuggling is not a dimension'), problems.join('\n'));
  });

  it('rejects an indicator with a missing or empty translation', () => {
    const broken = structuredClone(ilo) as unknown as { indicators: { question: Record<string, string> }[] };
    delete broken.indicators[0]?.question.vi;
    if (broken.indicators[1]) broken.indicators[1].question.ms = '  ';
    const problems = problemsOf(broken);
    assert.equal(problems.length, 2, problems.join('\n'));
    assert.match(problems[0] ?? '', /^indicators\.0\.question\.vi:/);
    assert.match(problems[1] ?? '', /^indicators\.1\.question\.ms: must not be empty/);
  });

  it('reports a profile with no indicator in a dimension', () => {
    const broken = buildInstrument();
    for (const indicator of broken.indicators.filter((i) => i.dimension === 'coercion_at_destination')) {
      delete indicator.strengths.child;
    }
    assert.deepEqual(problemsOf(broken), [
      'profiles.1: has no indicator in dimension coercion_at_destination',
    ]);
  });

  it('reports a dimension that a profile could never find present', () => {
    const broken = buildInstrument();
    broken.indicators = broken.indicators.filter(
      (i) => i.dimension !== 'coercive_recruitment' || i.id === 'cr_w1',
    );
    assert.deepEqual(problemsOf(broken), [
      'profiles.0: can never find dimension coercive_recruitment present: no threshold is reachable with its indicators',
      'profiles.1: can never find dimension coercive_recruitment present: no threshold is reachable with its indicators',
    ]);
  });

  it('reports a rule naming a dimension, stage or profile the instrument does not have', () => {
    const broken = buildInstrument();
    broken.decisionRule.profileRules[0]?.requires.push({ stage: 'transit', anyOf: ['smuggling'] });
    broken.decisionRule.profileRules[1]?.profiles.push('elderly');
    broken.decisionRule.thresholds.pop();
    assert.deepEqual(problemsOf(broken).sort(), [
      'decisionRule.profileRules.0.requires.3.anyOf: smuggling is not a dimension',
      'decisionRule.profileRules.0.requires.3.stage: transit is not a stage',
      'decisionRule.profileRules.1.profiles: elderly is not a profile',
      'decisionRule.thresholds: has no thresholds for dimension abuse_of_vulnerability_at_destination',
    ]);
  });

  it('reports a rule that puts a dimension under the wrong stage', () => {
    const broken = buildInstrument();
    broken.decisionRule.profileRules[1]?.requires[1]?.anyOf.push('coercion_at_destination');
    assert.deepEqual(problemsOf(broken), [
      'decisionRule.profileRules.1.requires.1.anyOf: coercion_at_destination belongs to stage coercion_or_vulnerability_at_destination, not exploitation',
    ]);
  });

  it('requires a note saying what is to be confirmed on a provisional profile', () => {
    const broken = buildInstrument();
    const [adult] = broken.profiles;
    assert.ok(adult);
    adult.status = 'provisional';
    assert.deepEqual(problemsOf(broken), [
      'profiles.0.statusNote: must say what is still to be confirmed when the profile is provisional',
    ]);
  });

  it('accepts the test factory’s instrument', () => {
    assert.deepEqual(findInstrumentProblems(validateInstrument(buildInstrument())), []);
  });
});
