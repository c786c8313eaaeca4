import { z } from 'zod';
import { regionCodeSchema } from '../../jurisdictions/regions/index.ts';
import { isCountryCode, replacingCountryCode } from '../../shared/country-codes.ts';
import { type FieldRuleCode, fieldRule } from '../../shared/field-rules.ts';
import { pageQuerySchema } from '../../shared/pagination.ts';
import { namesAChange, noChangeRule } from '../../shared/partial-change.ts';
import { singleLineText } from '../../shared/single-line-text.ts';
import { trimmedText } from '../../shared/trimmed-text.ts';

export const agencyTypes = [
  'law_enforcement',
  'immigration',
  'labour',
  'welfare',
  'shelter_operator',
  'prosecution',
  'embassy',
  'ngo',
  'international_organisation',
  'coordinating_body',
] as const;

export const agencyTypeSchema = z.enum(agencyTypes);

/**
 * The public authorities that may receive reports from the public (declare regions, be a
 * country's default, be sent a report): not NGOs, international organisations, embassies or
 * shelter operators, whose staff would otherwise see reporters' words without a public mandate.
 * The database's routing and move use lindung_receives_public_reports (migration 0108); a
 * contract test holds the two to the same list, and the web reads `receivesPublicReports`.
 */
export const triageAgencyTypes: readonly AgencyType[] = [
  'law_enforcement',
  'immigration',
  'labour',
  'welfare',
  'prosecution',
  'coordinating_body',
];

/** Changes an agency may decide to put under a supervisor's approval. */
export const approvalKindSchema = z.enum(['case_closure', 'care_plan', 'referral_out']);
export type ApprovalKind = z.infer<typeof approvalKindSchema>;
export type AgencyType = z.infer<typeof agencyTypeSchema>;

export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, {
    message: 'must be an ISO 3166-1 alpha-2 country code in capitals, e.g. MY',
    abort: true,
  })
  // A withdrawn code is said with the one that replaced it (UK → GB): the usual slip, and an easy fix.
  .refine((code) => replacingCountryCode(code) === undefined, {
    params: { code: 'country_withdrawn' satisfies FieldRuleCode },
    error: (issue) => `is a withdrawn code: use ${replacingCountryCode(String(issue.input))}`,
    abort: true,
  })
  .refine(isCountryCode, fieldRule('country_unknown', 'is not an ISO 3166-1 country code'));

const timeZones = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
export const timeZoneSchema = z
  .string()
  .refine(
    (zone) => timeZones.has(zone),
    fieldRule('time_zone_unknown', 'must be an IANA time zone, e.g. Asia/Kuala_Lumpur'),
  );

const name = singleLineText(2, 200);
const shortName = singleLineText(1, 40);

export const agencySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    shortName: z.string().nullable(),
    type: agencyTypeSchema,
    country: z.string(),
    hostCountry: z.string().nullable(),
    parentId: z.uuid().nullable(),
    timeZone: z.string(),
    approvalsRequired: z
      .array(approvalKindSchema)
      .describe('Changes that take effect only when a supervisor approves'),
    active: z.boolean(),
    receivesPublicReports: z
      .boolean()
      .describe('Whether it is a public authority that may receive reports from the public'),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Agency' });
export type AgencyView = z.infer<typeof agencySchema>;

export const createAgencySchema = z
  .strictObject({
    name,
    shortName: shortName.optional(),
    type: agencyTypeSchema,
    country: countryCodeSchema,
    hostCountry: countryCodeSchema.optional(),
    parentId: z.uuid().optional(),
    timeZone: timeZoneSchema.default('UTC'),
  })
  .refine(
    (agency) => agency.type === 'embassy' || agency.hostCountry === undefined,
    fieldRule('host_country_embassy_only', 'is only for embassies', ['hostCountry']),
  )
  .meta({ id: 'CreateAgency' });
export type CreateAgency = z.infer<typeof createAgencySchema>;

export const updateAgencySchema = z
  .strictObject({
    name: name.optional(),
    shortName: shortName.nullable().optional(),
    hostCountry: countryCodeSchema.nullable().optional(),
    parentId: z.uuid().nullable().optional(),
    timeZone: timeZoneSchema.optional(),
    approvalsRequired: z.array(approvalKindSchema).max(10).optional(),
    active: z.boolean().optional(),
  })
  .refine(namesAChange, noChangeRule)
  .meta({ id: 'UpdateAgency' });
export type UpdateAgency = z.infer<typeof updateAgencySchema>;

export const agencyListQuerySchema = z.strictObject({
  ...pageQuerySchema.shape,
  country: countryCodeSchema.optional(),
  type: agencyTypeSchema.optional(),
  q: trimmedText(1, 100).optional(),
  active: z.stringbool().optional(),
});
export type AgencyListQuery = z.infer<typeof agencyListQuerySchema>;

export const agencyJurisdictionSchema = z
  .strictObject({
    regions: z
      .array(regionCodeSchema)
      .max(100)
      .describe(
        "The regions of the agency's country it covers (ISO 3166-2, e.g. MY-12); all of them, replacing the list",
      ),
    defaultTriage: z
      .boolean()
      .optional()
      .describe("Whether it receives the country's reports no region routes (system administrators only)"),
  })
  .meta({ id: 'AgencyJurisdiction' });
export type AgencyJurisdiction = z.infer<typeof agencyJurisdictionSchema>;

export const agencyJurisdictionViewSchema = z
  .object({ regions: z.array(z.string()), defaultTriage: z.boolean() })
  .meta({ id: 'AgencyJurisdictionView' });
