import { z } from 'zod';
import { calendarDay } from '../../shared/period.ts';
import { ageBands, dischargeReasons, placementReasons, placementWarnings } from './shelter.labels.ts';

export const placementReasonSchema = z.enum(placementReasons);
export const dischargeReasonSchema = z.enum(dischargeReasons);
export const placementWarningSchema = z.enum(placementWarnings);
export type PlacementWarning = z.infer<typeof placementWarningSchema>;

const acknowledgeWarnings = z
  .array(placementWarningSchema)
  .max(placementWarnings.length)
  .default([])
  .describe("Warnings against the shelter's rules you place despite (each is audited)");

export const admitSchema = z
  .strictObject({
    caseId: z.uuid(),
    personId: z.uuid().optional().describe("The person placed; the case's person when it has only one"),
    shelterId: z.uuid(),
    bedId: z.uuid().optional().describe('A free bed of the shelter; the first free bed when omitted'),
    reason: placementReasonSchema,
    admittedOn: calendarDay.describe("Not in the future (in your agency's time zone)"),
    acknowledgeWarnings,
  })
  .meta({ id: 'AdmitToShelter' });
export type Admit = z.infer<typeof admitSchema>;

export const dischargeSchema = z
  .strictObject({
    dischargedOn: calendarDay.describe('Not before the admission, not in the future'),
    reason: dischargeReasonSchema
      .exclude(['transferred'])
      .describe('A move to another shelter is a transfer'),
  })
  .meta({ id: 'DischargeFromShelter' });
export type Discharge = z.infer<typeof dischargeSchema>;

export const transferSchema = z
  .strictObject({
    shelterId: z.uuid().describe('The shelter the person moves to'),
    bedId: z.uuid().optional(),
    transferredOn: calendarDay.describe(
      'The day of the move: the end of one placement and the start of the next',
    ),
    reason: placementReasonSchema,
    acknowledgeWarnings,
  })
  .meta({ id: 'TransferBetweenShelters' });
export type Transfer = z.infer<typeof transferSchema>;

export const placementSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    personId: z.uuid(),
    agencyId: z.uuid().describe('The agency that placed the person (the case’s)'),
    shelter: z.object({ id: z.uuid(), name: z.string(), agencyId: z.uuid() }),
    bed: z.object({ id: z.uuid(), label: z.string() }),
    referralId: z.uuid().nullable(),
    reason: placementReasonSchema,
    admittedOn: z.string(),
    admittedByUserId: z.uuid(),
    acknowledgedWarnings: z.array(placementWarningSchema),
    transferredFromId: z.uuid().nullable(),
    transferredToId: z.uuid().nullable(),
    dischargedOn: z.string().nullable(),
    dischargeReason: dischargeReasonSchema.nullable(),
    current: z.boolean(),
    person: z
      .object({ name: z.string().nullable(), sex: z.string(), ageBand: z.enum(ageBands) })
      .nullable()
      .describe('The least the shelter needs: the name the person goes by, sex and age band'),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Placement' });
export type PlacementView = z.infer<typeof placementSchema>;

export const residentsQuerySchema = z.strictObject({
  current: z
    .stringbool()
    .default(true)
    .describe('Only the people placed there now (default), or everyone ever'),
});
