import { z } from 'zod';
import { careServiceTypes, plannedServiceStatuses } from '../../shared/care-codes.ts';
import { calendarDay } from '../../shared/period.ts';
import { trimmedText } from '../../shared/trimmed-text.ts';

/** The services a plan provides for and an agency delivers (the list, and a few the field needs). */
export const careServiceTypeSchema = z.enum(careServiceTypes);
export type CareServiceType = z.infer<typeof careServiceTypeSchema>;
export const plannedServiceStatusSchema = z.enum(plannedServiceStatuses);

const plannedServiceInput = z.strictObject({
  id: z
    .uuid()
    .optional()
    .describe('A planned service of an earlier version, to carry it forward; a new one when omitted'),
  type: careServiceTypeSchema,
  responsibleAgencyId: z
    .uuid()
    .optional()
    .describe('The agency that provides it (a shelter operator, say); your agency when omitted'),
  startsOn: calendarDay.optional(),
  endsOn: calendarDay.optional().describe('Not before startsOn'),
  status: plannedServiceStatusSchema.default('planned'),
});
export type PlannedServiceInput = z.infer<typeof plannedServiceInput>;

export const setCarePlanSchema = z
  .strictObject({
    plannedOn: calendarDay
      .optional()
      .describe("The plan's date: not in the future; today in the agency's time zone when omitted"),
    reviewOn: calendarDay.describe('When the plan is to be reviewed: not before plannedOn'),
    goals: z.array(trimmedText(1, 1000)).min(1).max(30).describe('Stored encrypted'),
    services: z.array(plannedServiceInput).max(50).default([]),
    basedOnVersion: z
      .int()
      .min(1)
      .nullable()
      .optional()
      .describe('The version this edit starts from (null: none yet); refused with 409 if another came first'),
  })
  .meta({ id: 'SetCarePlan' });
export type SetCarePlan = z.infer<typeof setCarePlanSchema>;

export const plannedServiceSchema = z
  .object({
    id: z.uuid().describe('Kept across versions: a service delivered names it'),
    type: careServiceTypeSchema,
    responsibleAgencyId: z.uuid(),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    status: plannedServiceStatusSchema,
  })
  .meta({ id: 'PlannedService' });

export const carePlanSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    version: z.int(),
    current: z.boolean().describe('The newest version is the plan in force'),
    plannedOn: z.string(),
    reviewOn: z.string(),
    reviewOverdue: z.boolean().describe("The current plan's review date is before today in the agency"),
    goals: z.array(z.string()),
    services: z.array(plannedServiceSchema),
    approvedByUserId: z.uuid().nullable(),
    approvedAt: z.iso.datetime().nullable(),
    createdByUserId: z.uuid(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'CarePlan' });
export type CarePlanView = z.infer<typeof carePlanSchema>;
