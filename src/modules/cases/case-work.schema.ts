import { z } from 'zod';
import { namesAChange, noChangeRule } from '../../shared/partial-change.ts';
import { calendarDay } from '../../shared/period.ts';
import { singleLineText } from '../../shared/single-line-text.ts';
import { trimmedText } from '../../shared/trimmed-text.ts';

export const taskStatusSchema = z.enum(['open', 'done', 'cancelled']);

export const createTaskSchema = z
  .strictObject({
    title: singleLineText(1, 300),
    dueOn: calendarDay.optional(),
    ownerUserId: z.uuid().optional().describe('A case worker of the case; the creator when omitted'),
  })
  .meta({ id: 'CreateTask' });

export const changeTaskSchema = z
  .strictObject({
    title: singleLineText(1, 300).optional(),
    dueOn: calendarDay.nullable().optional(),
    ownerUserId: z.uuid().optional(),
    status: taskStatusSchema.optional(),
  })
  .refine(namesAChange, noChangeRule)
  .meta({ id: 'ChangeTask' });
export type ChangeTask = z.infer<typeof changeTaskSchema>;

export const taskSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    title: z.string(),
    dueOn: z.string().nullable(),
    ownerUserId: z.uuid().nullable(),
    status: taskStatusSchema,
    overdue: z.boolean().describe("Open and due before today in the agency's time zone"),
    doneAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Task' });

export const createNoteSchema = z
  .strictObject({ body: trimmedText(1, 20_000).describe('Stored encrypted') })
  .meta({ id: 'CreateNote' });

export const noteSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    body: z.string(),
    authorUserId: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Note' });

export const assignWorkerSchema = z.strictObject({ userId: z.uuid() }).meta({ id: 'AssignWorker' });
