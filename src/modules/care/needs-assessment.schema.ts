import { z } from 'zod';
import { needDomains, needLevels } from '../../shared/care-codes.ts';
import { calendarDay } from '../../shared/period.ts';
import { trimmedText } from '../../shared/trimmed-text.ts';

export { needDomains };
export type NeedDomain = (typeof needDomains)[number];
export const needLevelSchema = z.enum(needLevels);
export type NeedLevel = z.infer<typeof needLevelSchema>;

const needInput = z.strictObject({
  level: needLevelSchema,
  note: trimmedText(1, 2000).optional().describe('Stored encrypted'),
});
const needView = z.object({ level: needLevelSchema, note: z.string().nullable() });

/** One entry per domain: every domain is assessed, `none` being an answer like any other. */
function byDomain<T extends z.ZodType>(need: T) {
  return Object.fromEntries(needDomains.map((domain) => [domain, need])) as Record<NeedDomain, T>;
}

export const recordNeedsAssessmentSchema = z
  .strictObject({
    assessedOn: calendarDay.describe("Not in the future (in the agency's time zone)"),
    assessedByUserId: z
      .uuid()
      .optional()
      .describe('A member of the agency who made the assessment; the signed-in user when omitted'),
    needs: z.strictObject(byDomain(needInput)),
  })
  .meta({ id: 'RecordNeedsAssessment' });
export type RecordNeedsAssessment = z.infer<typeof recordNeedsAssessmentSchema>;

export const needsAssessmentSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    assessedOn: z.string(),
    assessedByUserId: z.uuid(),
    needs: z.object(byDomain(needView)),
    supersedesId: z.uuid().nullable().describe('The assessment this one replaced'),
    supersededById: z
      .uuid()
      .nullable()
      .describe('The assessment that replaced this one; null for the current'),
    recordedByUserId: z.uuid(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'NeedsAssessment' });
export type NeedsAssessmentView = z.infer<typeof needsAssessmentSchema>;
