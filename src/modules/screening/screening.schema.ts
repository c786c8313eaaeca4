import { z } from 'zod';
import { namesAChange, noChangeRule } from '../../shared/partial-change.ts';
import { calendarDay } from '../../shared/period.ts';
import { singleLineText } from '../../shared/single-line-text.ts';
import { trimmedText } from '../../shared/trimmed-text.ts';
import { answerSchema, codeSchema, screeningInstrumentSchema, strengthSchema } from './instrument.schema.ts';

export const languageCode = z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 language code, e.g. vi');

/** A shipped instrument as the API serves it: the whole definition, questions in every language. */
export const screeningInstrumentView = screeningInstrumentSchema.meta({ id: 'ScreeningInstrument' });

export const instrumentRefSchema = z
  .strictObject({
    id: z.string().min(1).max(100),
    version: z.string().min(1).max(40),
  })
  .meta({ id: 'ScreeningInstrumentRef' });

/** An interpreter is recorded by language; a name without a language cannot be given. */
export const interpreterSchema = z
  .strictObject({
    language: languageCode,
    name: singleLineText(1, 200).optional(),
  })
  .meta({ id: 'Interpreter' });

const location = singleLineText(1, 300);
const profileReason = trimmedText(1, 1000).describe(
  'Why a person 18 or over on the screening date has a child profile, e.g. exploited as a child',
);
const observations = trimmedText(1, 20_000);

export const screeningStatusSchema = z.enum(['draft', 'completed']);
export const screeningOutcomeSchema = z.enum(['presumed_victim', 'not_presumed']);

export const startScreeningSchema = z
  .strictObject({
    instrument: instrumentRefSchema.optional().describe('Defaults to the current shipped instrument'),
    profile: codeSchema.describe('A profile of the instrument, e.g. adult_labour'),
    profileReason: profileReason.optional(),
    interpreter: interpreterSchema.optional(),
    location: location.optional(),
    screenedOn: calendarDay.optional().describe("Defaults to today in the agency's time zone"),
    observations: observations.optional(),
    answers: z.record(codeSchema, answerSchema).optional(),
  })
  .meta({ id: 'StartScreening' });
export type StartScreening = z.infer<typeof startScreeningSchema>;

export const updateScreeningSchema = z
  .strictObject({
    profile: codeSchema.optional(),
    profileReason: profileReason.nullable().optional(),
    interpreter: interpreterSchema.nullable().optional(),
    location: location.nullable().optional(),
    screenedOn: calendarDay.optional(),
    observations: observations.nullable().optional(),
    answers: z
      .record(codeSchema, answerSchema.nullable())
      .optional()
      .describe('Merged into the saved answers; null removes an answer'),
  })
  .refine(namesAChange, noChangeRule)
  .meta({ id: 'UpdateScreening' });
export type UpdateScreening = z.infer<typeof updateScreeningSchema>;

const combinationSchema = z.object({
  strong: z.number().int().optional(),
  medium: z.number().int().optional(),
  weak: z.number().int().optional(),
  mediumOrWeak: z.number().int().optional(),
});

/** The decision rule's account of a completed screening: the outcome and what made it so. */
export const screeningAssessmentSchema = z
  .object({
    instrument: z.object({ id: z.string(), version: z.string() }),
    profile: z.string(),
    profileStatus: z.enum(['confirmed', 'provisional']),
    outcome: screeningOutcomeSchema,
    couldChangeWithUnanswered: z.boolean(),
    presentDimensions: z.array(z.string()),
    dimensions: z.array(
      z.object({
        dimension: z.string(),
        stage: z.string(),
        present: z.boolean(),
        combinationMet: combinationSchema.nullable(),
        indicators: z.array(z.object({ id: z.string(), strength: strengthSchema })),
        unanswered: z.array(z.string()),
        couldBePresentWithUnanswered: z.boolean(),
      }),
    ),
    requirements: z.array(
      z.object({
        stage: z.string(),
        anyOf: z.array(z.string()),
        met: z.boolean(),
        presentDimensions: z.array(z.string()),
        couldBeMetWithUnanswered: z
          .boolean()
          .describe(
            'An unmet stage that answering the unanswered indicators yes could meet; always false for a met stage',
          ),
      }),
    ),
    unanswered: z.array(z.string()),
  })
  .meta({ id: 'ScreeningAssessment' });
export type ScreeningAssessmentView = z.infer<typeof screeningAssessmentSchema>;

const screeningBase = {
  id: z.uuid(),
  personId: z.uuid(),
  instrument: z.object({ id: z.string(), version: z.string() }),
  profile: z.string(),
  status: screeningStatusSchema,
  officer: z.object({ id: z.uuid(), displayName: z.string().nullable() }),
  screenedOn: z.string(),
  outcome: screeningOutcomeSchema.nullable(),
  createdAt: z.iso.datetime(),
  completedAt: z.iso.datetime().nullable(),
};

export const screeningSummarySchema = z.object(screeningBase).meta({ id: 'ScreeningSummary' });
export type ScreeningSummaryView = z.infer<typeof screeningSummarySchema>;

export const screeningSchema = z
  .object({
    ...screeningBase,
    agencyId: z.uuid(),
    profileStatus: z
      .enum(['confirmed', 'provisional'])
      .describe('provisional: the profile’s strengths are not yet confirmed against the source'),
    profileReason: z.string().nullable().describe('Why a person 18 or over has a child profile'),
    interpreter: z.object({ language: z.string(), name: z.string().nullable() }).nullable(),
    location: z.string().nullable(),
    observations: z.string().nullable(),
    answers: z.record(z.string(), answerSchema),
    assessment: screeningAssessmentSchema.nullable(),
    completedBy: z.uuid().nullable(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Screening' });
export type ScreeningView = z.infer<typeof screeningSchema>;
