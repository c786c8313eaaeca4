import { z } from 'zod';

/**
 * The shape of a screening instrument: a versioned set of indicators and the decision rule that
 * turns answers into a screening outcome. An instrument is data, not code, so that a country can
 * publish a corrected version without a release; screenings keep the version they used.
 *
 * This file only describes shapes. Checks that span several parts of an instrument (an indicator
 * naming a dimension that exists, unique ids) live in `instrument.validation.ts`.
 */

/** Every question and description must be written in each of these languages. */
export const screeningLanguages = ['en', 'ms', 'id', 'vi'] as const;
export type ScreeningLanguage = (typeof screeningLanguages)[number];

const text = z.string().trim().min(1, 'must not be empty');

/** A text in every screening language; a missing or empty translation makes the instrument invalid. */
export const translatedTextSchema = z.strictObject({ en: text, ms: text, id: text, vi: text });
export type TranslatedText = z.infer<typeof translatedTextSchema>;

/** Codes are what stored answers and rules refer to, so they are plain and stable. */
export const codeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'must be a snake_case code, e.g. deceptive_recruitment');

export const strengths = ['strong', 'medium', 'weak'] as const;
/** How strongly an indicator points to trafficking, as weighed by the experts behind the instrument. */
export const strengthSchema = z.enum(strengths);
export type Strength = z.infer<typeof strengthSchema>;

/** Where the instrument's content comes from, so a reviewer can check it against the original. */
export const sourceSchema = z.strictObject({
  title: text,
  url: z.url().optional(),
  note: text.optional(),
});

/** A stage of the trafficking process (recruitment, exploitation, means at destination). */
export const stageSchema = z.strictObject({ code: codeSchema, name: translatedTextSchema });
export type Stage = z.infer<typeof stageSchema>;

/** One of the instrument's dimensions (e.g. deceptive recruitment) and the stage it belongs to. */
export const dimensionSchema = z.strictObject({
  code: codeSchema,
  stage: codeSchema,
  name: translatedTextSchema,
  description: translatedTextSchema,
});
export type Dimension = z.infer<typeof dimensionSchema>;

export const profileStatuses = ['confirmed', 'provisional'] as const;

/**
 * A list of the instrument for one population and form of exploitation (e.g. adult_labour).
 * `provisional` means its strengths are not yet checked against the primary source; the note
 * says what is still to be confirmed, and screening outcomes carry the status forward.
 */
export const profileSchema = z
  .strictObject({
    code: codeSchema,
    population: z.enum(['adult', 'child']),
    exploitation: z.enum(['labour', 'sexual']),
    name: translatedTextSchema,
    status: z.enum(profileStatuses),
    statusNote: text.optional(),
  })
  .refine((profile) => profile.status === 'confirmed' || profile.statusNote !== undefined, {
    path: ['statusNote'],
    message: 'must say what is still to be confirmed when the profile is provisional',
  });
export type Profile = z.infer<typeof profileSchema>;

/**
 * One indicator. `strengths` has an entry for each profile whose list contains the indicator; a
 * profile without an entry does not use it at all (not the same as weak). `unconfirmed` records a
 * doubt about the source data, to be resolved against the primary text.
 */
export const indicatorSchema = z.strictObject({
  id: codeSchema,
  dimension: codeSchema,
  question: translatedTextSchema,
  strengths: z.record(codeSchema, strengthSchema),
  unconfirmed: text.optional(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

const count = z.int().min(0).max(99);

/**
 * One way a dimension can be present: at least this many "yes" answers of each strength, counted
 * separately. `mediumOrWeak` counts medium and weak answers not already used by `medium`/`weak`,
 * so {strong: 1, mediumOrWeak: 1} reads "one strong plus one medium or weak".
 */
export const thresholdCombinationSchema = z
  .strictObject({
    strong: count.optional(),
    medium: count.optional(),
    weak: count.optional(),
    mediumOrWeak: count.optional(),
  })
  .refine((combination) => Object.values(combination).some((n) => n > 0), {
    message: 'must require at least one indicator answered yes',
  });
export type ThresholdCombination = z.infer<typeof thresholdCombinationSchema>;

/** When a dimension counts as present: any one of the listed combinations is met. */
export const dimensionThresholdSchema = z.strictObject({
  dimension: codeSchema,
  presentWhenAnyOf: z.array(thresholdCombinationSchema).min(1),
});
export type DimensionThreshold = z.infer<typeof dimensionThresholdSchema>;

/** A stage is established when any one of the listed dimensions is present. */
export const stageRequirementSchema = z.strictObject({
  stage: codeSchema,
  anyOf: z.array(codeSchema).min(1),
});
export type StageRequirement = z.infer<typeof stageRequirementSchema>;

/**
 * How present dimensions combine into "presumed victim" for some profiles: every listed stage
 * requirement must be met. Children need no means element, so their rule lists fewer stages.
 */
export const profileRuleSchema = z.strictObject({
  profiles: z.array(codeSchema).min(1),
  requires: z.array(stageRequirementSchema).min(1),
  note: text.optional(),
  unconfirmed: text.optional(),
});
export type ProfileRule = z.infer<typeof profileRuleSchema>;

/** The decision rule as data: per-dimension thresholds, then per-profile combination rules. */
export const decisionRuleSchema = z.strictObject({
  thresholds: z.array(dimensionThresholdSchema).min(1),
  profileRules: z.array(profileRuleSchema).min(1),
  unconfirmed: text.optional(),
});
export type DecisionRule = z.infer<typeof decisionRuleSchema>;

/** A complete, versioned screening instrument. */
export const screeningInstrumentSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id, e.g. ilo-ec-2009'),
  version: z
    .string()
    .regex(/^[0-9A-Za-z][0-9A-Za-z.-]*$/, 'must be a version such as 2009.09')
    .max(40),
  title: translatedTextSchema,
  sources: z.array(sourceSchema).min(1),
  stages: z.array(stageSchema).min(1),
  dimensions: z.array(dimensionSchema).min(1),
  profiles: z.array(profileSchema).min(1),
  indicators: z.array(indicatorSchema).min(1),
  decisionRule: decisionRuleSchema,
});
export type ScreeningInstrument = z.infer<typeof screeningInstrumentSchema>;

/** An answer to one indicator. `unknown` (or no answer) is never read as `no`. */
export const answerSchema = z.enum(['yes', 'no', 'unknown']);
export type Answer = z.infer<typeof answerSchema>;

/** Answers keyed by indicator id. */
export const screeningAnswersSchema = z.record(codeSchema, answerSchema);
export type ScreeningAnswers = Readonly<Record<string, Answer>>;
