import { z } from 'zod';
import {
  caseStatuses,
  caseTypes,
  exploitationTypes,
  labourSectors,
  meansOfControl,
  recruiterRelationships,
  riskLevels,
} from '../../shared/case-codes.ts';
import { caseEventKinds } from '../../shared/case-event-kinds.ts';
import { distinctList } from '../../shared/distinct-list.ts';
import { pageQuerySchema } from '../../shared/pagination.ts';
import { namesAChange, noChangeRule } from '../../shared/partial-change.ts';
import { calendarDay, daysInOrder } from '../../shared/period.ts';
import { singleLineText } from '../../shared/single-line-text.ts';
import { trimmedText } from '../../shared/trimmed-text.ts';
import { countryCodeSchema } from '../agencies/index.ts';

export const caseTypeSchema = z.enum(caseTypes);
export const caseStatusSchema = z.enum(caseStatuses);
export const exploitationTypeSchema = z.enum(exploitationTypes);
export const labourSectorSchema = z.enum(labourSectors);
export const meansOfControlSchema = z.enum(meansOfControl);
export const recruiterRelationshipSchema = z.enum(recruiterRelationships);
export const riskLevelSchema = z.enum(riskLevels);
export const casePersonRoleSchema = z.enum([
  'presumed_victim',
  'victim',
  'suspect',
  'witness',
  'family',
  'guardian',
]);

/** The facts of a case that can be set at opening and changed later; each may be left out. */
const caseFactsShape = {
  exploitationTypes: distinctList(exploitationTypeSchema, exploitationTypes.length).optional(),
  labourSector: labourSectorSchema
    .nullable()
    .optional()
    .describe(
      'The industry the exploitation took place in: for forced labour, and for other types where it tells (domestic work for domestic servitude, entertainment venues for sexual exploitation)',
    ),
  recruitmentPlace: singleLineText(1, 300).nullable().optional(),
  recruitmentCountry: countryCodeSchema.nullable().optional(),
  recruitedOn: calendarDay.nullable().optional(),
  exploitationPlace: singleLineText(1, 300).nullable().optional(),
  exploitationCountry: countryCodeSchema.nullable().optional(),
  exploitationStartedOn: calendarDay.nullable().optional(),
  exploitationEndedOn: calendarDay.nullable().optional(),
  meansOfControl: distinctList(meansOfControlSchema, meansOfControl.length).optional(),
  recruiterRelationship: recruiterRelationshipSchema.nullable().optional(),
  riskLevel: riskLevelSchema.optional(),
  summary: trimmedText(1, 10_000).nullable().optional().describe('Narrative; stored encrypted'),
};
const caseFactsSchema = z.strictObject(caseFactsShape);
export type CaseFacts = z.infer<typeof caseFactsSchema>;

export const openCaseSchema = z
  .strictObject({
    type: caseTypeSchema,
    personId: z.uuid().describe('The person the case is about'),
    personRole: casePersonRoleSchema.default('presumed_victim'),
    ...caseFactsShape,
  })
  .meta({ id: 'OpenCase' });
export type OpenCase = z.infer<typeof openCaseSchema>;

export const changeCaseSchema = caseFactsSchema.refine(namesAChange, noChangeRule).meta({ id: 'ChangeCase' });

export const caseStatusChangeSchema = z
  .strictObject({
    status: caseStatusSchema,
    reason: trimmedText(1, 1000).optional(),
  })
  .meta({ id: 'CaseStatusChange' });

export const caseSchema = z
  .object({
    id: z.uuid(),
    agencyId: z.uuid(),
    reference: z.string(),
    type: caseTypeSchema,
    status: caseStatusSchema,
    exploitationTypes: z.array(exploitationTypeSchema),
    labourSector: labourSectorSchema.nullable(),
    recruitmentPlace: z.string().nullable(),
    recruitmentCountry: z.string().nullable(),
    recruitedOn: z.string().nullable(),
    exploitationPlace: z.string().nullable(),
    exploitationCountry: z.string().nullable(),
    exploitationStartedOn: z.string().nullable(),
    exploitationEndedOn: z.string().nullable(),
    meansOfControl: z.array(meansOfControlSchema),
    recruiterRelationship: recruiterRelationshipSchema.nullable(),
    riskLevel: riskLevelSchema,
    summary: z.string().nullable(),
    openedOn: z.string(),
    closedAt: z.iso.datetime().nullable(),
    closeReason: z.string().nullable(),
    persons: z.array(
      z.object({ personId: z.uuid(), role: casePersonRoleSchema, name: z.string().nullable() }),
    ),
    workers: z.array(z.object({ userId: z.uuid(), displayName: z.string() })),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z
      .int()
      .positive()
      .describe("Moves with every change of the case's facts and status; the ETag of its detail"),
  })
  .meta({ id: 'Case' });
export type CaseView = z.infer<typeof caseSchema>;

export const caseSummarySchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    type: caseTypeSchema,
    status: caseStatusSchema,
    riskLevel: riskLevelSchema,
    exploitationTypes: z.array(exploitationTypeSchema),
    openedOn: z.string(),
    primaryPersonName: z.string().nullable(),
    personRoles: z
      .array(casePersonRoleSchema)
      .optional()
      .describe('Listed by personId: the roles that person has in the case (presumed victim, witness…)'),
  })
  .meta({ id: 'CaseSummary' });

/** How a case list may be ordered: by opening date or by reference, either way (`-` for descending). */
export const caseSortSchema = z
  .enum(['-openedOn', 'openedOn', 'reference', '-reference'])
  .default('-openedOn')
  .describe('Order of the list: -openedOn (newest first, the default), openedOn, reference, -reference');
export type CaseSort = z.infer<typeof caseSortSchema>;

export const caseListQuerySchema = z
  .strictObject({
    ...pageQuerySchema.shape,
    sort: caseSortSchema,
    status: caseStatusSchema.optional(),
    type: caseTypeSchema.optional(),
    exploitationType: exploitationTypeSchema.optional(),
    workerId: z.uuid().optional(),
    openedFrom: calendarDay.optional(),
    openedTo: calendarDay.optional(),
    nationality: countryCodeSchema.optional(),
    personId: z.uuid().optional().describe('Only the cases this person is part of'),
    agencyId: z
      .uuid()
      .optional()
      .describe(
        "Only the cases of this agency, among those the reader may see (its own, and others' shared with it)",
      ),
  })
  .refine(...daysInOrder('openedFrom', 'openedTo'));
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;

const timelineAgencySchema = z.object({ id: z.uuid(), name: z.string(), shortName: z.string().nullable() });

export const caseEventSchema = z
  .object({
    id: z.uuid(),
    at: z.iso.datetime(),
    actorUserId: z.uuid().nullable(),
    kind: z.enum(caseEventKinds),
    detail: z.record(z.string(), z.unknown()),
    referral: z
      .object({
        fromAgency: timelineAgencySchema,
        toAgency: timelineAgencySchema,
        byAgencyId: z
          .uuid()
          .nullable()
          .describe('The agency that took the step (its user is named only in its own)'),
        onward: z.boolean().describe('Passed on by the agency that accepted the referral (a re-referral)'),
        reason: z
          .string()
          .nullable()
          .describe(
            "A decline's or cancellation's reason, when the reader's agency sent or received the referral",
          ),
      })
      .nullable()
      .describe("A referral's step: who referred to whom, and why it was declined or cancelled"),
  })
  .meta({ id: 'CaseEvent' });
