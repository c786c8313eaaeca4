/**
 * Identification screening: the versioned screening instrument (ILO/EC 2009 indicators as data),
 * its validation, the decision rule that turns answers into a screening outcome, and on top of
 * them the stored screenings of persons and the identification decisions made about them.
 */
export {
  assessScreening,
  type DimensionAssessment,
  type IndicatorFinding,
  type RequirementAssessment,
  type ScreeningAssessment,
  type ScreeningOutcome,
} from './decision-rule.ts';
export { defaultInstrument, findShippedInstrument, shippedInstruments } from './instrument.registry.ts';
export {
  type Answer,
  answerSchema,
  type DecisionRule,
  type Dimension,
  type Indicator,
  type Profile,
  type ScreeningAnswers,
  type ScreeningInstrument,
  type ScreeningLanguage,
  type Stage,
  type Strength,
  screeningAnswersSchema,
  screeningInstrumentSchema,
  screeningLanguages,
  type ThresholdCombination,
  type TranslatedText,
} from './instrument.schema.ts';
export { findInstrumentProblems, validateInstrument } from './instrument.validation.ts';
export { iloEc2009Instrument } from './instruments/ilo-ec-2009.ts';
export {
  IndicatorNotInProfileError,
  InvalidInstrumentError,
  UnknownProfileError,
} from './screening.errors.ts';
export { registerScreeningRoutes } from './screening.routes.ts';
export { type AgeBounds, ageBoundsOn, type BirthOnRecord } from './screening-age.ts';
