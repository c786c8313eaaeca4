import { z } from 'zod';
import { calendarDay } from '../../shared/period.ts';
import { singleLineText } from '../../shared/single-line-text.ts';
import { partnerKinds, partnerServices } from './partner.labels.ts';

const region = singleLineText(2, 100);

const partnerFields = {
  name: singleLineText(2, 300),
  kind: z.enum(partnerKinds),
  services: z.array(z.enum(partnerServices)).max(partnerServices.length),
  regions: z.array(region).max(50).describe('States, provinces or cities covered'),
  languages: z.array(z.enum(['en', 'ms', 'id', 'vi'])).max(4),
  contactName: singleLineText(2, 200).nullable(),
  contactEmail: z.email().max(254).nullable(),
  contactPhone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{6,30}$/)
    .nullable(),
  website: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable(),
  networkMember: z.boolean(),
  memberSince: calendarDay.nullable().describe('Only for members of the network'),
  linkedAgencyId: z.uuid().nullable().describe('The platform agency this partner is, if any'),
};

export const partnerInputSchema = z
  .strictObject({
    ...partnerFields,
    services: partnerFields.services.default([]),
    regions: partnerFields.regions.default([]),
    languages: partnerFields.languages.default([]),
    contactName: partnerFields.contactName.optional(),
    contactEmail: partnerFields.contactEmail.optional(),
    contactPhone: partnerFields.contactPhone.optional(),
    website: partnerFields.website.optional(),
    networkMember: partnerFields.networkMember.default(false),
    memberSince: partnerFields.memberSince.optional(),
    linkedAgencyId: partnerFields.linkedAgencyId.optional(),
  })
  .meta({ id: 'NewPartnerOrganisation' });
export type PartnerInput = z.infer<typeof partnerInputSchema>;

/** A change: only the fields given are changed. */
export const partnerChangeSchema = z
  .strictObject(partnerFields)
  .partial()
  .meta({ id: 'PartnerOrganisationChange' });
export type PartnerChange = z.infer<typeof partnerChangeSchema>;

export const mouInputSchema = z
  .strictObject({
    title: singleLineText(3, 300),
    signedOn: calendarDay,
    expiresOn: calendarDay,
  })
  .meta({ id: 'NewPartnerMou' });
export type MouInput = z.infer<typeof mouInputSchema>;

export const partnerQuerySchema = z.strictObject({
  kind: z.enum(partnerKinds).optional(),
  service: z.enum(partnerServices).optional(),
  region: region.optional(),
  language: z.enum(['en', 'ms', 'id', 'vi']).optional(),
  member: z.enum(['true', 'false']).optional(),
});

export const partnerSummarySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(partnerKinds),
    services: z.array(z.string()),
    regions: z.array(z.string()),
    languages: z.array(z.string()),
    networkMember: z.boolean(),
    memberSince: z.string().nullable(),
    linkedAgencyId: z.uuid().nullable(),
    nextMouExpiry: z.string().nullable(),
  })
  .meta({ id: 'PartnerOrganisationSummary' });

export const partnerSchema = partnerSummarySchema
  .extend({
    agencyId: z.uuid(),
    country: z.string(),
    contactName: z.string().nullable(),
    contactEmail: z.string().nullable(),
    contactPhone: z.string().nullable(),
    website: z.string().nullable(),
    mous: z.array(
      z.object({
        id: z.uuid(),
        title: z.string(),
        signedOn: z.string(),
        expiresOn: z.string(),
        state: z.enum(['in_force', 'expiring', 'expired']),
      }),
    ),
  })
  .meta({ id: 'PartnerOrganisation' });

export const referralTargetQuerySchema = z.strictObject({
  service: z.enum(partnerServices).optional(),
  region: region.optional(),
  language: z.enum(['en', 'ms', 'id', 'vi']).optional(),
});

export const referralTargetSchema = partnerSummarySchema
  .extend({
    receiver: z
      .object({ id: z.uuid(), name: z.string(), shortName: z.string().nullable() })
      .nullable()
      .describe('The platform agency a referral to this partner goes to (toAgencyId)'),
    selectable: z.boolean().describe('Whether a referral can be sent to this partner on the platform'),
    notSelectableBecause: z
      .enum(['not_on_platform', 'own_agency', 'inactive'])
      .nullable()
      .describe('Why not: the partner is no agency on the platform, is your own, or is no longer active'),
  })
  .meta({ id: 'ReferralTarget' });
