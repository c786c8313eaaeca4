/**
 * Identification screening: the versioned screening instrument (ILO/EC 2009 indicators as data),
 * its validation, and the decision rule that turns answers into a screening outcome. Pure code:
 * storage and HTTP are built on top of this door.
 */
export {
  assessScreening,
  type DimensionAssessment,
  type IndicatorFinding,
  type RequirementAssessment,
  type ScreeningAssessment,
  type ScreeningOutcome,
} from './decision-rule.ts';
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
