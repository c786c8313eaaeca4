import { z } from 'zod';
import { pageQuerySchema } from '../../shared/pagination.ts';
import { deadlineSourceKinds } from './deadline-sources.ts';

export const deadlineBucketSchema = z.enum(['overdue', 'due_today', 'upcoming']);
export const deadlineSourceKindSchema = z.enum(deadlineSourceKinds);

export const deadlineListQuerySchema = pageQuerySchema.extend({
  bucket: deadlineBucketSchema
    .optional()
    .describe('Overdue, due today or upcoming; all open ones when left out'),
  sourceKind: deadlineSourceKindSchema.optional(),
});

export const deadlineSchema = z.object({
  id: z.uuid(),
  sourceKind: z.string(),
  sourceId: z.uuid(),
  caseId: z.uuid().nullable(),
  caseReference: z.string().nullable(),
  ownerUserId: z.uuid().nullable(),
  dueOn: z.iso.date().describe("The day it is due, in the agency's time zone"),
  dueAt: z.iso.datetime().describe('The moment it becomes overdue'),
  bucket: deadlineBucketSchema,
  status: z.enum(['open', 'done', 'cancelled']),
});

export const deadlinePageSchema = z.object({
  items: z.array(deadlineSchema),
  nextCursor: z.string().nullable(),
  counts: z
    .object({ overdue: z.number().int(), due_today: z.number().int(), upcoming: z.number().int() })
    .describe('Open deadlines in each bucket, counted up to countLimit (which then means that many or more)'),
  countLimit: z.number().int(),
  today: z.iso.date().describe("Today in the agency's time zone"),
});

export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string().describe("In the user's language"),
  deadlineId: z.uuid().nullable(),
  detail: z.record(z.string(), z.unknown()),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
});

export const notificationListQuerySchema = pageQuerySchema.extend({
  unread: z.stringbool().optional().describe('Only unread ones when true'),
});
