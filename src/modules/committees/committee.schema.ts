import { z } from 'zod';
import { calendarDay } from '../../shared/period.ts';
import { singleLineText } from '../../shared/single-line-text.ts';
import { trimmedText } from '../../shared/trimmed-text.ts';
import { actionItemStatuses, memberRoles } from './committee.labels.ts';

const membersSchema = z
  .array(z.strictObject({ agencyId: z.uuid(), role: z.enum(memberRoles) }))
  .min(1)
  .max(100);

export const createCommitteeSchema = z
  .strictObject({
    name: singleLineText(3, 300),
    parentId: z.uuid().optional().describe('The committee this one is a sub-committee of'),
    members: membersSchema,
  })
  .meta({ id: 'CreateCommittee' });
export type CreateCommittee = z.infer<typeof createCommitteeSchema>;

export const setMembersSchema = z
  .strictObject({
    members: membersSchema.describe('Every member after the change: agencies left out are removed'),
  })
  .meta({ id: 'SetCommitteeMembers' });
export type SetMembers = z.infer<typeof setMembersSchema>;

export const createMeetingSchema = z
  .strictObject({
    heldOn: calendarDay,
    place: singleLineText(2, 300),
    agenda: z.array(singleLineText(2, 500)).max(50).default([]),
  })
  .meta({ id: 'CreateMeeting' });
export type CreateMeeting = z.infer<typeof createMeetingSchema>;

export const recordMeetingSchema = z
  .strictObject({
    attendance: z.array(z.strictObject({ agencyId: z.uuid(), present: z.boolean() })).max(100),
    minutes: trimmedText(1, 50000),
    decisions: z
      .array(
        z.strictObject({
          text: trimmedText(2, 4000),
          activityIds: z.array(z.uuid()).max(30).default([]).describe('Action plan activities it concerns'),
        }),
      )
      .max(100)
      .default([]),
    actionItems: z
      .array(z.strictObject({ title: singleLineText(2, 500), ownerAgencyId: z.uuid(), dueOn: calendarDay }))
      .max(100)
      .default([]),
  })
  .meta({ id: 'RecordMeeting' });
export type RecordMeeting = z.infer<typeof recordMeetingSchema>;

export const updateActionItemSchema = z
  .strictObject({ status: z.enum(actionItemStatuses) })
  .meta({ id: 'UpdateActionItem' });

export const committeeSchema = z
  .object({
    id: z.uuid(),
    agencyId: z.uuid(),
    country: z.string(),
    parentId: z.uuid().nullable(),
    name: z.string(),
    version: z.number().describe('Raised by every change of members; name it in If-Match to change them'),
    members: z.array(z.object({ agencyId: z.uuid(), agencyName: z.string(), role: z.enum(memberRoles) })),
  })
  .meta({ id: 'Committee' });

export const actionItemSchema = z
  .object({
    id: z.uuid(),
    committeeId: z.uuid(),
    meetingId: z.uuid(),
    title: z.string(),
    ownerAgencyId: z.uuid(),
    dueOn: z.string(),
    status: z.enum(actionItemStatuses),
  })
  .meta({ id: 'ActionItem' });

export const meetingSchema = z
  .object({
    id: z.uuid(),
    committeeId: z.uuid(),
    heldOn: z.string(),
    place: z.string(),
    agenda: z.array(z.string()),
    minutes: z.string().nullable(),
    recorded: z.boolean(),
    attendance: z.array(z.object({ agencyId: z.uuid(), present: z.boolean() })),
    decisions: z.array(z.object({ id: z.uuid(), text: z.string(), activityIds: z.array(z.uuid()) })),
    actionItems: z.array(actionItemSchema).describe('Raised at this meeting'),
    carriedItems: z.array(actionItemSchema).describe('Still open from earlier meetings of the committee'),
  })
  .meta({ id: 'Meeting' });
