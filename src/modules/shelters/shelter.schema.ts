import { z } from 'zod';
import { regionCodeSchema } from '../../jurisdictions/regions/index.ts';
import { singleLineText } from '../../shared/single-line-text.ts';
import { trimmedText } from '../../shared/trimmed-text.ts';
import { shelterPopulations, shelterServices, shelterTypes } from './shelter.labels.ts';

export const shelterTypeSchema = z.enum(shelterTypes);
export const shelterPopulationSchema = z.enum(shelterPopulations);
export type ShelterPopulation = z.infer<typeof shelterPopulationSchema>;
export const shelterServiceSchema = z.enum(shelterServices);
export const admittedSexSchema = z.enum(['female', 'male', 'other']);
export type AdmittedSex = z.infer<typeof admittedSexSchema>;

export const regionSchema = regionCodeSchema.describe(
  "The state or province (ISO 3166-2), in the operating agency's country",
);

const bedLabelSchema = singleLineText(1, 40);

/** Whom the shelter takes. Omitted parts follow from the population (women: female, 18 and over…). */
export const shelterRulesSchema = z
  .strictObject({
    sexes: z.array(admittedSexSchema).min(1).max(3).optional(),
    minAge: z.number().int().min(0).max(120).nullable().optional(),
    maxAge: z.number().int().min(0).max(120).nullable().optional(),
  })
  .meta({ id: 'ShelterRules' });
export type ShelterRulesInput = z.infer<typeof shelterRulesSchema>;

const details = {
  name: singleLineText(2, 200),
  type: shelterTypeSchema,
  population: shelterPopulationSchema.describe('Whom the shelter is for; sets the default rules'),
  rules: shelterRulesSchema.optional(),
  region: regionSchema,
  address: trimmedText(1, 1000).describe(
    'Stored encrypted; shown only to the operator and to agencies with someone placed there',
  ),
  phone: singleLineText(3, 40),
  email: z.email().max(254),
  services: z.array(shelterServiceSchema).max(shelterServices.length),
};

export const createShelterSchema = z
  .strictObject({
    ...details,
    address: details.address.optional(),
    phone: details.phone.optional(),
    email: details.email.optional(),
    services: details.services.default([]),
    beds: z
      .union([z.number().int().min(1).max(500), z.array(bedLabelSchema).min(1).max(500)])
      .describe('The capacity: a number of beds (labelled 1…n), or the beds’ labels'),
  })
  .meta({ id: 'CreateShelter' });
export type CreateShelter = z.infer<typeof createShelterSchema>;

export const updateShelterSchema = z
  .strictObject({
    name: details.name.optional(),
    type: details.type.optional(),
    population: details.population.optional(),
    rules: details.rules,
    region: details.region.optional(),
    address: details.address.nullable().optional(),
    phone: details.phone.nullable().optional(),
    email: details.email.nullable().optional(),
    services: details.services.optional(),
    active: z.boolean().optional().describe('A closed shelter takes no new placements'),
  })
  .meta({ id: 'UpdateShelter' });
export type UpdateShelter = z.infer<typeof updateShelterSchema>;

export const addBedsSchema = z
  .strictObject({ labels: z.array(bedLabelSchema).min(1).max(500) })
  .meta({ id: 'AddShelterBeds' });
export const updateBedSchema = z
  .strictObject({ inService: z.boolean().describe('A bed out of service counts in no capacity') })
  .meta({ id: 'UpdateShelterBed' });

export const shelterListQuerySchema = z.strictObject({
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  region: regionSchema.optional(),
  population: shelterPopulationSchema.optional(),
  agencyId: z.uuid().optional(),
  active: z.stringbool().optional(),
});
export type ShelterListQuery = z.infer<typeof shelterListQuerySchema>;

const occupancyShape = {
  beds: z.number().int().describe('Beds in service'),
  occupied: z.number().int().describe('People placed there now'),
  free: z.number().int().describe('Beds in service with nobody in them'),
};

export const shelterSchema = z
  .object({
    id: z.uuid(),
    agencyId: z.uuid(),
    agencyName: z.string(),
    name: z.string(),
    type: shelterTypeSchema,
    population: shelterPopulationSchema,
    rules: z.object({
      sexes: z.array(admittedSexSchema),
      minAge: z.number().int().nullable(),
      maxAge: z.number().int().nullable(),
    }),
    country: z.string(),
    region: z.string(),
    address: z
      .string()
      .nullable()
      .describe('Null unless your agency runs the shelter or has someone placed there'),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    services: z.array(shelterServiceSchema),
    active: z.boolean(),
    occupancy: z.object(occupancyShape),
    beds: z.array(z.object({ id: z.uuid(), label: z.string(), inService: z.boolean(), free: z.boolean() })),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Shelter' });
export type ShelterView = z.infer<typeof shelterSchema>;

export const occupancyQuerySchema = z.strictObject({
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  region: regionSchema.optional(),
  population: shelterPopulationSchema.optional(),
});
export type OccupancyQuery = z.infer<typeof occupancyQuerySchema>;

export const occupancySchema = z
  .object({
    shelters: z.array(
      z.object({
        shelterId: z.uuid(),
        name: z.string(),
        agencyId: z.uuid(),
        population: shelterPopulationSchema,
        region: z.string(),
        ...occupancyShape,
      }),
    ),
    regions: z.array(z.object({ region: z.string(), shelters: z.number().int(), ...occupancyShape })),
  })
  .meta({ id: 'ShelterOccupancy' });
export type OccupancyView = z.infer<typeof occupancySchema>;
