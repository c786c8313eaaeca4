import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assessScreening, type ScreeningAssessment } from './decision-rule.ts';
import { buildAnswers, buildInstrument, destinationStage, exploitationStage } from './instrument.factory.ts';
import { iloEc2009Instrument } from './instruments/ilo-ec-2009.ts';
import { IndicatorNotInProfileError, UnknownProfileError } from './screening.errors.ts';

const instrument = buildInstrument();

function assess(profile: string, props: Parameters<typeof buildAnswers>[2]): ScreeningAssessment {
  return assessScreening(instrument, profile, buildAnswers(instrument, profile, props));
}

function dimension(assessment: ScreeningAssessment, code: string) {
  const found = assessment.dimensions.find((d) => d.dimension === code);
  assert.ok(found, `dimension ${code} assessed`);
  return found;
}

/** Deceptive recruitment (dec_*) with the given indicators answered yes, everything else no. */
function deception(...yes: string[]) {
  return dimension(assess('adult', { yes }), 'deceptive_recruitment');
}

describe('a dimension is present exactly at the thresholds of the rule', () => {
  it('is present with two strong indicators answered yes', () => {
    const result = deception('dec_s1', 'dec_s2');
    assert.equal(result.present, true);
    assert.deepEqual(result.combinationMet, { strong: 2 });
  });

  it('is present with one strong and one weak indicator', () => {
    const result = deception('dec_s1', 'dec_w1');
    assert.equal(result.present, true);
    assert.deepEqual(result.combinationMet, { strong: 1, mediumOrWeak: 1 });
  });

  it('is present with one strong and one medium indicator', () => {
    assert.deepEqual(deception('dec_s1', 'dec_m1').combinationMet, { strong: 1, mediumOrWeak: 1 });
  });

  it('is present with three medium indicators', () => {
    assert.deepEqual(deception('dec_m1', 'dec_m2', 'dec_m3').combinationMet, { medium: 3 });
  });

  it('is present with two medium and one weak indicator', () => {
    assert.deepEqual(deception('dec_m1', 'dec_m2', 'dec_w1').combinationMet, { medium: 2, weak: 1 });
  });

  it('is not present with one strong indicator alone', () => {
    const result = deception('dec_s1');
    assert.equal(result.present, false);
    assert.equal(result.combinationMet, null);
  });

  it('is not present with two medium indicators', () => {
    assert.equal(deception('dec_m1', 'dec_m2').present, false);
  });

  it('is not present with one medium and two weak indicators', () => {
    assert.equal(deception('dec_m1', 'dec_w1', 'dec_w2').present, false);
  });

  it('is not present with two weak indicators', () => {
    assert.equal(deception('dec_w1', 'dec_w2').present, false);
  });

  it('lists every indicator answered yes with its strength', () => {
    assert.deepEqual(deception('dec_s1', 'dec_m1', 'dec_w2').indicators, [
      { id: 'dec_s1', strength: 'strong' },
      { id: 'dec_m1', strength: 'medium' },
      { id: 'dec_w2', strength: 'weak' },
    ]);
  });
});

describe('unanswered is not no', () => {
  it('lists an unknown answer as unanswered and says it could make the dimension present', () => {
    const result = dimension(
      assess('adult', { yes: ['dec_s1'], unknown: ['dec_s2'] }),
      'deceptive_recruitment',
    );
    assert.equal(result.present, false);
    assert.deepEqual(result.unanswered, ['dec_s2']);
    assert.equal(result.couldBePresentWithUnanswered, true);
  });

  it('says a dimension cannot become present when the same indicator was answered no', () => {
    const result = deception('dec_s1');
    assert.deepEqual(result.unanswered, []);
    assert.equal(result.couldBePresentWithUnanswered, false);
  });

  it('lists indicators with no answer at all as unanswered', () => {
    const result = assess('adult', { yes: ['dec_s1'], omit: ['dec_s2', 'cd_w1'] });
    assert.deepEqual(result.unanswered, ['dec_s2', 'cd_w1']);
  });

  it('says the outcome could change when answering the unanswered could complete every stage', () => {
    const result = assess('adult', {
      yes: ['dec_s1', 'dec_s2', 'ex_s1', 'ex_s2', 'cd_s1'],
      unknown: ['cd_w1'],
    });
    assert.equal(result.outcome, 'not_presumed');
    assert.equal(result.couldChangeWithUnanswered, true);
  });

  it('says the outcome cannot change when a stage stays unmet even if every unanswered were yes', () => {
    const result = assess('adult', { yes: ['dec_s1', 'dec_s2', 'cd_s1'], unknown: ['cd_w1'] });
    assert.equal(result.outcome, 'not_presumed');
    assert.equal(result.couldChangeWithUnanswered, false);
  });

  it('says only an unmet stage could be met by the unanswered indicators, never one already met', () => {
    const result = assess('adult', {
      yes: ['dec_s1', 'dec_s2', 'ex_s1', 'ex_s2', 'cd_s1'],
      unknown: ['cd_w1', 'dec_w1'],
    });
    assert.deepEqual(
      result.requirements.map((r) => [r.stage, r.met, r.couldBeMetWithUnanswered]),
      [
        ['recruitment', true, false],
        [exploitationStage, true, false],
        [destinationStage, false, true],
      ],
    );
    assert.equal(result.couldChangeWithUnanswered, true);
  });

  it('says a presumed outcome cannot change, since a yes only ever adds', () => {
    const result = assess('adult', {
      yes: ['dec_s1', 'dec_s2', 'ex_s1', 'ex_s2', 'vd_m1', 'vd_m2', 'vd_m3'],
      unknown: ['cr_s1'],
    });
    assert.equal(result.outcome, 'presumed_victim');
    assert.equal(result.couldChangeWithUnanswered, false);
  });

  it('treats an empty screening as not presumed yet open to change', () => {
    const result = assessScreening(instrument, 'adult', {});
    assert.equal(result.outcome, 'not_presumed');
    assert.equal(result.couldChangeWithUnanswered, true);
    assert.equal(result.unanswered.length, instrument.indicators.length);
  });
});

describe('dimensions combine by profile', () => {
  it('presumes an adult a victim with recruitment, exploitation and a destination dimension present', () => {
    const result = assess('adult', { yes: ['cr_s1', 'cr_m1', 'ex_m1', 'ex_m2', 'ex_m3', 'cd_s1', 'cd_s2'] });
    assert.equal(result.outcome, 'presumed_victim');
    assert.deepEqual(result.presentDimensions, [
      'coercive_recruitment',
      'exploitative_conditions',
      'coercion_at_destination',
    ]);
    assert.ok(result.requirements.every((r) => r.met));
  });

  it('does not presume an adult a victim when no destination dimension is present', () => {
    const result = assess('adult', { yes: ['dec_s1', 'dec_s2', 'ex_s1', 'ex_s2', 'cd_s1', 'vd_w1'] });
    assert.equal(result.outcome, 'not_presumed');
    const unmet = result.requirements.filter((r) => !r.met).map((r) => r.stage);
    assert.deepEqual(unmet, [destinationStage]);
  });

  it('presumes a child a victim with recruitment and exploitation present and no means dimension', () => {
    const result = assess('child', { yes: ['rv_m1', 'rv_m2', 'rv_w1', 'ex_s1', 'ex_w1'] });
    assert.equal(result.outcome, 'presumed_victim');
    assert.deepEqual(
      result.requirements.map((r) => [r.stage, r.met, r.presentDimensions]),
      [
        ['recruitment', true, ['recruitment_abuse_of_vulnerability']],
        [exploitationStage, true, ['exploitative_conditions']],
      ],
    );
  });

  it('does not presume a child a victim without exploitation', () => {
    const result = assess('child', { yes: ['dec_s1', 'dec_s2', 'cd_s1', 'cd_s2'] });
    assert.equal(result.outcome, 'not_presumed');
  });
});

describe('answers must belong to the profile', () => {
  it('rejects answers for indicators that are not in the child list, naming them', () => {
    assert.throws(
      () => assessScreening(instrument, 'child', { adult_only: 'yes', dec_s1: 'yes' }),
      (error: IndicatorNotInProfileError) => {
        assert.ok(error instanceof IndicatorNotInProfileError);
        assert.deepEqual(error.indicatorIds, ['adult_only']);
        assert.deepEqual(error.fields, [
          {
            code: 'indicator_not_in_profile',
            field: 'answers.adult_only',
            message: 'is not an indicator of profile child in screening instrument test-instrument 1',
          },
        ]);
        return true;
      },
    );
  });

  it('rejects answers for indicator ids the instrument does not have, even when answered no', () => {
    assert.throws(
      () => assessScreening(instrument, 'adult', { made_up: 'no', also_made_up: 'unknown' }),
      (error: IndicatorNotInProfileError) => {
        assert.deepEqual(error.indicatorIds, ['made_up', 'also_made_up']);
        return true;
      },
    );
  });

  it('rejects a profile the instrument does not have', () => {
    assert.throws(() => assessScreening(instrument, 'elderly', {}), UnknownProfileError);
  });
});

describe('the rule is read from the instrument, not from code', () => {
  it('applies dimensions and stage requirements with codes of the instrument’s own choosing', () => {
    const custom = buildInstrument([
      { code: 'lure', stage: 'recruitment', prefix: 'lu' },
      { code: 'toil', stage: exploitationStage, prefix: 'to' },
      { code: 'hold', stage: destinationStage, prefix: 'ho' },
    ]);
    const answers = buildAnswers(custom, 'adult', {
      yes: ['lu_s1', 'lu_s2', 'to_s1', 'to_w1', 'ho_m1', 'ho_m2', 'ho_m3'],
    });
    const result = assessScreening(custom, 'adult', answers);
    assert.equal(result.outcome, 'presumed_victim');
    assert.deepEqual(result.presentDimensions, ['lure', 'toil', 'hold']);
  });

  it('uses the thresholds written in the instrument', () => {
    const lenient = buildInstrument();
    lenient.decisionRule.thresholds = lenient.decisionRule.thresholds.map((t) => ({
      ...t,
      presentWhenAnyOf: [{ weak: 1 }],
    }));
    const answers = buildAnswers(lenient, 'adult', { yes: ['dec_w1'] });
    assert.equal(
      dimension(assessScreening(lenient, 'adult', answers), 'deceptive_recruitment').present,
      true,
    );
  });
});

describe('screening with the shipped ILO/EC 2009 instrument', () => {
  it('presumes an adult in forced labour a victim: deceived about the job and pay, overworked, unpaid, passport and wages kept', () => {
    const result = assessScreening(iloEc2009Instrument, 'adult_labour', {
      dec_job_nature: 'yes',
      dec_wages: 'yes',
      ex_excessive_hours: 'yes',
      ex_low_pay: 'yes',
      cd_documents: 'yes',
      cd_withhold_wages: 'yes',
    });
    assert.equal(result.outcome, 'presumed_victim');
    assert.equal(result.profileStatus, 'confirmed');
    assert.deepEqual(result.presentDimensions, [
      'deceptive_recruitment',
      'exploitative_conditions',
      'coercion_at_destination',
    ]);
  });

  it('rejects indicators absent from the child-labour list for a child', () => {
    assert.throws(
      () =>
        assessScreening(iloEc2009Instrument, 'child_labour', {
          rv_false_info_law: 'yes',
          ex_social_protection: 'no',
          dec_job_nature: 'yes',
        }),
      (error: IndicatorNotInProfileError) => {
        assert.deepEqual(error.indicatorIds, ['rv_false_info_law', 'ex_social_protection']);
        return true;
      },
    );
  });

  it('marks a screening on a sexual-exploitation profile as provisional', () => {
    const result = assessScreening(iloEc2009Instrument, 'child_sexual', { dec_education: 'yes' });
    assert.equal(result.profileStatus, 'provisional');
  });
});
