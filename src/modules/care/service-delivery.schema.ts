import { z } from 'zod';
import { calendarDay } from '../../shared/period.ts';
import { trimmedText } from '../../shared/trimmed-text.ts';
import { careServiceTypeSchema } from './care-plan.schema.ts';

export const recordServiceDeliverySchema = z
  .strictObject({
    type: careServiceTypeSchema,
    deliveredOn: calendarDay.describe("Not in the future (in the agency's time zone)"),
    providerAgencyId: z.uuid().optional().describe('The agency that delivered it; your agency when omitted'),
    description: trimmedText(1, 10_000).describe('What was delivered; stored encrypted'),
    plannedServiceId: z.uuid().optional().describe("The care plan's service this delivers, of the same type"),
  })
  .meta({ id: 'RecordServiceDelivery' });
export type RecordServiceDelivery = z.infer<typeof recordServiceDeliverySchema>;

export const serviceDeliverySchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    type: careServiceTypeSchema,
    deliveredOn: z.string(),
    providerAgencyId: z.uuid(),
    description: z.string(),
    plannedServiceId: z.uuid().nullable(),
    recordedByUserId: z.uuid(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'ServiceDelivery' });
export type ServiceDeliveryView = z.infer<typeof serviceDeliverySchema>;
