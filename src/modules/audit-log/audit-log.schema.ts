import { z } from 'zod';
import { pageQuerySchema } from '../../shared/pagination.ts';
import { calendarDay, daysInOrder } from '../../shared/period.ts';

const date = calendarDay.describe('A calendar day, read in your agency’s time zone');

export const auditQuerySchema = z
  .strictObject({
    ...pageQuerySchema.shape,
    from: date.optional().describe('First day of the period (inclusive)'),
    to: date.optional().describe('Last day of the period (inclusive)'),
    actorUserId: z.uuid().optional().describe('Only what this user did'),
    action: z
      .string()
      .regex(/^[a-z_]+(\.[a-z_]+)*$/, 'must be an action such as case.read, or its first part such as case')
      .max(100)
      .optional()
      .describe('An action (`case.read`), or every action on a kind of record (`case`)'),
    subjectType: z
      .string()
      .regex(/^[a-z_]{1,60}$/, 'must be a kind of record such as person')
      .optional(),
    subjectId: z.string().trim().min(1).max(100).optional(),
    outcome: z.enum(['success', 'denied', 'failure']).optional(),
    agencyId: z.uuid().optional().describe('Only one agency (for those who read every agency’s log)'),
  })
  .refine(...daysInOrder('from', 'to'));
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/**
 * One entry as the log shows it: who, acting for which agency, did what to which record, when
 * and why. Entries name records by id only, never by a person's name or other personal data.
 */
export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    seq: z.number().int().nullable().describe('Place in the hash chain; null until chained (seconds)'),
    at: z.iso.datetime(),
    actorUserId: z.uuid().nullable(),
    actorName: z.string().nullable().describe('The staff member’s display name, where you may see it'),
    agencyId: z.uuid().nullable(),
    action: z.string(),
    subjectType: z.string().nullable(),
    subjectId: z.string().nullable(),
    outcome: z.enum(['success', 'denied', 'failure']),
    reason: z.string().nullable(),
    requestId: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEntry' });

export const auditVerificationSchema = z
  .object({
    intact: z.boolean(),
    entries: z.number().int().describe('Chained entries checked (up to the first break)'),
    pending: z.number().int().describe('Entries not chained yet (not a break)'),
    firstBreak: z.object({ seq: z.number().int(), problem: z.string() }).nullable(),
  })
  .meta({ id: 'AuditVerification' });
