import { z } from 'zod';
import { pageQuerySchema } from '../../shared/pagination.ts';
import { trimmedText } from '../../shared/trimmed-text.ts';
import { birthSchema, documentTypeSchema, nameReadingSchema } from '../persons/index.ts';

export const decisionSchema = z.enum(['same', 'different', 'unsure']);
export const candidateStatusSchema = z.enum(['open', 'same', 'different', 'unsure']);
export type CandidateStatus = z.infer<typeof candidateStatusSchema>;

const reason = trimmedText(3, 1000);
const version = z
  .number()
  .int()
  .min(1)
  .describe('The version of the pair read; a pair changed since answers 409');

/** Strict, as every list's query: an unknown parameter (`sort=`) is refused, not silently ignored. */
export const candidateQuerySchema = z.strictObject({
  ...pageQuerySchema.shape,
  status: candidateStatusSchema.default('open').describe('Pairs still to review by default'),
});

export const decisionInputSchema = z
  .strictObject({ decision: decisionSchema, reason, version })
  .meta({ id: 'NewLinkageDecision' });
export type DecisionInput = z.infer<typeof decisionInputSchema>;

export const mergeInputSchema = z
  .strictObject({
    survivorId: z.uuid().describe('The person the other resolves to; one of the pair'),
    reason,
    version,
  })
  .meta({ id: 'NewPersonMerge' });
export type MergeInput = z.infer<typeof mergeInputSchema>;

export const undoInputSchema = z.strictObject({ reason }).meta({ id: 'PersonMergeUndo' });

const evidenceSchema = z.object({
  field: z
    .string()
    .describe(
      "The field compared; 'namesakes' (level 'shared'): a person without a full date of birth as likely another recorded person of the name, the pair's probability shared between them and this row's weight the bits it took away (decision 0160); 'person' (level 'another of its records'): a person without a full date of birth linked to the other person through another of its records, the pair raised to that person's share and this row's weight the bits it gave (decision 0169)",
    ),
  level: z.string().describe("The comparison level, e.g. name 'variant', birth 'same year', or 'missing'"),
  weight: z.number().describe('Bits for (positive) or against (negative) the same person'),
  termFrequency: z.number().describe('Part of the weight from how common the name is'),
  countedIn: z
    .string()
    .optional()
    .describe("The field whose weight counts this level (the father's name agreeing counts in 'name')"),
  document: z
    .object({
      type: documentTypeSchema,
      country: z.string().nullable(),
      heldBy: z
        .enum(['name', 'sex'])
        .optional()
        .describe(
          'The field that says two persons: the pair is kept for review, never likely, whatever the document',
        ),
    })
    .optional()
    .describe(
      "For field 'document': the kind and issuing country of the documents compared, never their number",
    ),
  differences: z
    .array(
      z.object({
        a: z.string(),
        b: z.string(),
        letters: z.number().int(),
        initial: z
          .literal(true)
          .optional()
          .describe('One side wrote the other’s word as its initial (Văn / V.); absent otherwise'),
      }),
    )
    .optional()
    .describe(
      "The name only: words of person A's and person B's closest names that are not the same name, as written, and how many letters differ (4: four or more); absent when none",
    ),
  onlyIn: z
    .object({ a: z.array(z.string()), b: z.array(z.string()) })
    .optional()
    .describe(
      "The name only: words of one side's closest name that the other's does not have at all (a father's name written on one record only); absent when none",
    ),
});

/** One side of a pair: what a reviewer compares, and where the person's cases are. */
const pairPersonSchema = z.object({
  id: z.uuid(),
  agencyId: z.uuid(),
  names: z.array(z.string()),
  nameReadings: z.array(nameReadingSchema).describe('Each of `names`, in order, with its readings'),
  sex: z.string(),
  birth: birthSchema,
  nationality: z.string().nullable(),
  documentTypes: z.array(documentTypeSchema),
  cases: z.array(z.object({ id: z.uuid(), reference: z.string() })),
  /** The person this one resolves to through a merge in force (itself when not merged). */
  masterId: z.uuid(),
});

export const candidateSchema = z
  .object({
    id: z.uuid(),
    probability: z.number(),
    weight: z.number(),
    band: z
      .enum(['likely', 'possible'])
      .describe('likely: at or above the model threshold 0.5; possible: 0.05–0.5'),
    status: candidateStatusSchema,
    reason: z.string().nullable().describe("The latest step's reason (see history for every step)"),
    decidedAt: z.string().nullable(),
    version: z.number().int(),
    scoredAt: z.string(),
    evidence: z.array(evidenceSchema),
    personA: pairPersonSchema,
    personB: pairPersonSchema,
    /** The merge in force between the two, if any. */
    mergeId: z.uuid().nullable(),
    history: z
      .array(
        z.object({
          step: z
            .enum(['decided', 'merged', 'settled', 'merge_undone'])
            .describe(
              "A reviewer's decision, a merge of the two, their settling by merges that put both in one person, or the undoing of a merge",
            ),
          status: candidateStatusSchema.describe(
            "The pair's status after the step: `open` (undecided again) after a merge is undone",
          ),
          reason: z.string(),
          by: z
            .object({ id: z.uuid(), name: z.string().nullable() })
            .nullable()
            .describe('Who took the step (the name where the reader may see the user)'),
          at: z.iso.datetime(),
          mergeId: z.uuid().nullable(),
        }),
      )
      .describe('Every step taken on the pair, oldest first: kept when a later step changes its status'),
  })
  .meta({ id: 'LinkageCandidate' });

export const scanResultSchema = z
  .object({
    persons: z.number().int(),
    pairs: z.number().int().describe('Pairs at or above the review floor'),
    added: z.number().int(),
    rescored: z.number().int(),
    removed: z.number().int().describe('Open pairs no longer above the floor'),
  })
  .meta({ id: 'LinkageScanResult' });

export const mergeSchema = z
  .object({
    id: z.uuid(),
    candidateId: z.uuid().nullable(),
    survivorId: z.uuid(),
    mergedId: z.uuid(),
    reason: z.string(),
    mergedAt: z.string(),
    undoneAt: z.string().nullable(),
    undoReason: z.string().nullable(),
  })
  .meta({ id: 'PersonMerge' });

export const personLinksSchema = z
  .object({
    personId: z.uuid(),
    masterId: z.uuid(),
    members: z.array(
      z.object({
        personId: z.uuid(),
        agencyId: z.uuid(),
        mergeId: z.uuid().nullable(),
        names: z.array(z.string()).describe('The names the member was recorded with, as written'),
      }),
    ),
    cases: z.array(z.object({ id: z.uuid(), reference: z.string(), personId: z.uuid() })),
  })
  .meta({ id: 'PersonLinks' });

export const hintSchema = z
  .object({
    id: z.uuid(),
    personId: z.uuid().describe("Your agency's person"),
    names: z.array(z.string()).describe("Your person's names"),
    nameReadings: z.array(nameReadingSchema).describe('Each of `names`, in order, with its readings'),
    holds: z
      .boolean()
      .describe(
        'Your agency recorded its person first: the other agency is named to you, told of your record without your name, and you may disclose your agency to it',
      ),
    otherAgency: z
      .object({ id: z.uuid(), name: z.string() })
      .nullable()
      .describe(
        'The other agency. On a hint you do not hold it is null until the other agency (the holder) discloses itself, and named from then on',
      ),
    yourAgencyDisclosedAt: z
      .string()
      .nullable()
      .describe(
        "When your agency disclosed itself to the other, on a hint you hold; null until then. Each agency has its own hint of a match, so the holder's disclosure is not this field on the other agency's hint: there it names the holder in `otherAgency`",
      ),
    probability: z.number(),
    foundAt: z.string(),
  })
  .meta({
    id: 'LinkageHint',
    description:
      'A possible match held by another agency (decision 0050): the agency that recorded its person first decides whether the other learns its name',
  });
