import type {
  Indicator,
  Profile,
  ProfileRule,
  ScreeningAnswers,
  ScreeningInstrument,
  Strength,
  ThresholdCombination,
} from './instrument.schema.ts';
import { IndicatorNotInProfileError, UnknownProfileError } from './screening.errors.ts';
import { canBePresent, firstCombinationMet, strengthCounts } from './threshold.ts';

/**
 * The screening outcome. `presumed_victim` means the instrument's rule is met: a finding for a
 * human decision-maker to act on, never an automatic legal determination.
 */
export type ScreeningOutcome = 'presumed_victim' | 'not_presumed';

/** An indicator answered yes, with its strength in the screened profile. */
export interface IndicatorFinding {
  readonly id: string;
  readonly strength: Strength;
}

/** How one dimension fared. */
export interface DimensionAssessment {
  readonly dimension: string;
  readonly stage: string;
  readonly present: boolean;
  /** The first of the rule's combinations that the yes answers meet; null when not present. */
  readonly combinationMet: ThresholdCombination | null;
  /** Every indicator of this dimension answered yes. */
  readonly indicators: readonly IndicatorFinding[];
  /** Indicators of this dimension with no answer or `unknown`. */
  readonly unanswered: readonly string[];
  /** Whether the dimension would be present if every unanswered indicator were answered yes. */
  readonly couldBePresentWithUnanswered: boolean;
}

/** How one stage requirement of the profile's rule fared. */
export interface RequirementAssessment {
  readonly stage: string;
  readonly anyOf: readonly string[];
  readonly met: boolean;
  /** The required dimensions that are present. */
  readonly presentDimensions: readonly string[];
  /**
   * Whether answering the unanswered indicators yes could meet this stage: false for a stage already
   * met, since there is nothing left to meet.
   */
  readonly couldBeMetWithUnanswered: boolean;
}

/** The full account of a screening: the outcome and why. */
export interface ScreeningAssessment {
  readonly instrument: { readonly id: string; readonly version: string };
  readonly profile: string;
  /** `provisional` when the profile's strengths are not yet confirmed against the source. */
  readonly profileStatus: 'confirmed' | 'provisional';
  readonly outcome: ScreeningOutcome;
  /** Whether answering the unanswered indicators could change the outcome (only ever towards presumed). */
  readonly couldChangeWithUnanswered: boolean;
  readonly presentDimensions: readonly string[];
  readonly dimensions: readonly DimensionAssessment[];
  readonly requirements: readonly RequirementAssessment[];
  readonly unanswered: readonly string[];
}

/**
 * Checks that `profile` is one of the instrument's and that every answer names an indicator in
 * that profile's list: what a draft's answers must meet before they are saved, and what the rule
 * needs before it can be applied. Throws `UnknownProfileError` or `IndicatorNotInProfileError`.
 */
export function checkAnswers(
  instrument: ScreeningInstrument,
  profile: string,
  answers: Readonly<Record<string, unknown>>,
): { profileDefinition: Profile; rule: ProfileRule; listed: Indicator[] } {
  const label = `${instrument.id} ${instrument.version}`;
  const profileDefinition = instrument.profiles.find((p) => p.code === profile);
  if (!profileDefinition) throw new UnknownProfileError(label, profile);
  const rule = instrument.decisionRule.profileRules.find((r) => r.profiles.includes(profile));
  if (!rule) throw new UnknownProfileError(label, profile);

  const listed = instrument.indicators.filter((indicator) => indicator.strengths[profile] !== undefined);
  const listedIds = new Set(listed.map((indicator) => indicator.id));
  const outside = Object.keys(answers).filter((id) => !listedIds.has(id));
  if (outside.length > 0) throw new IndicatorNotInProfileError(label, profile, outside);
  return { profileDefinition, rule, listed };
}

/**
 * Applies an instrument's decision rule to one screening's answers for one profile.
 *
 * Everything comes from the instrument: which dimensions exist, their thresholds, and which stages
 * the profile's rule requires. A missing answer or `unknown` is not `no`: such indicators are listed
 * as unanswered, and the result says whether answering them could change the outcome. Because a
 * yes can only add to a dimension, the outcome can only change from not presumed to presumed.
 *
 * Expects an instrument that passed `validateInstrument`. Throws `UnknownProfileError` for a profile
 * the instrument lacks and `IndicatorNotInProfileError` naming answers outside the profile's list.
 */
export function assessScreening(
  instrument: ScreeningInstrument,
  profile: string,
  answers: ScreeningAnswers,
): ScreeningAssessment {
  const { profileDefinition, rule, listed } = checkAnswers(instrument, profile, answers);

  const dimensions = instrument.dimensions.map((dimension) => {
    const combinations =
      instrument.decisionRule.thresholds.find((t) => t.dimension === dimension.code)?.presentWhenAnyOf ?? [];
    const ofDimension = listed.filter((indicator) => indicator.dimension === dimension.code);
    return assessDimension(dimension, ofDimension, combinations, profile, answers);
  });
  const byCode = new Map(dimensions.map((d) => [d.dimension, d]));

  const requirements = rule.requires.map((requirement): RequirementAssessment => {
    const required = requirement.anyOf.flatMap((code) => byCode.get(code) ?? []);
    const presentDimensions = required.filter((d) => d.present).map((d) => d.dimension);
    const met = presentDimensions.length > 0;
    return {
      stage: requirement.stage,
      anyOf: requirement.anyOf,
      met,
      presentDimensions,
      couldBeMetWithUnanswered: !met && required.some((d) => d.couldBePresentWithUnanswered),
    };
  });

  const presumed = requirements.every((r) => r.met);
  return {
    instrument: { id: instrument.id, version: instrument.version },
    profile,
    profileStatus: profileDefinition.status,
    outcome: presumed ? 'presumed_victim' : 'not_presumed',
    couldChangeWithUnanswered: !presumed && requirements.every((r) => r.met || r.couldBeMetWithUnanswered),
    presentDimensions: dimensions.filter((d) => d.present).map((d) => d.dimension),
    dimensions,
    requirements,
    unanswered: listed.filter((indicator) => isUnanswered(answers[indicator.id])).map((i) => i.id),
  };
}

function assessDimension(
  dimension: { code: string; stage: string },
  indicators: readonly Indicator[],
  combinations: readonly ThresholdCombination[],
  profile: string,
  answers: ScreeningAnswers,
): DimensionAssessment {
  const yes = indicators.filter((indicator) => answers[indicator.id] === 'yes');
  const unanswered = indicators.filter((indicator) => isUnanswered(answers[indicator.id]));
  const combinationMet = firstCombinationMet(strengthCounts(yes, profile), combinations) ?? null;
  return {
    dimension: dimension.code,
    stage: dimension.stage,
    present: combinationMet !== null,
    combinationMet,
    indicators: yes.map((indicator) => ({
      id: indicator.id,
      strength: indicator.strengths[profile] as Strength,
    })),
    unanswered: unanswered.map((indicator) => indicator.id),
    couldBePresentWithUnanswered: canBePresent(
      strengthCounts([...yes, ...unanswered], profile),
      combinations,
    ),
  };
}

function isUnanswered(answer: string | undefined): boolean {
  return answer === undefined || answer === 'unknown';
}
