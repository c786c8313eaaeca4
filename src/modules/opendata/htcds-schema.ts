import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import {
  allControl,
  allIndustry,
  allLabour,
  htcdsControl,
  htcdsExploitation,
  htcdsGender,
  htcdsLabour,
  htcdsRelationship,
  htcdsTraffickingStatus,
  htcdsVersion,
} from './htcds-codes.ts';

/*
 * The HTCDS record and document as JSON Schema and as types: what an export must be and what an
 * import is checked against, with problems named by field (see htcds-codes.ts for the standard).
 */
const ours = {
  exploitation: Object.keys(htcdsExploitation),
  labour: Object.keys(htcdsLabour),
  control: Object.keys(htcdsControl),
  relationship: [...Object.keys(htcdsRelationship), 'other', 'unknown'],
};

const country = { type: 'string', pattern: '^[A-Z]{2}$' };
const date = { type: 'string', format: 'date' };
const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max });
const nullable = (schema: object) => ({ anyOf: [schema, { type: 'null' }] });
const list = (values: string[], maxItems = 20) => ({
  type: 'array',
  items: { enum: values },
  uniqueItems: true,
  maxItems,
});

/** The JSON Schema (draft-07) of a record; the export is validated against it, and so is every import. */
export const htcdsRecordSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['prs_FirstName', 'prs_Gender', 'vic_TraffickingStatus', 'vic_TypeOfExploitation', 'cas_Status'],
  properties: {
    prs_FirstName: text(200),
    prs_SecondName: nullable(text(200)),
    prs_Birthdate: nullable(date),
    prs_Gender: { enum: Object.values(htcdsGender) },
    prs_Nationality: nullable(country),
    vic_TraffickingStatus: { enum: Object.values(htcdsTraffickingStatus) },
    vic_AgeWhenTrafficked: nullable({ type: 'integer', minimum: 0, maximum: 120 }),
    vic_TypeOfExploitation: list(['ForcedLabour', 'SexualExploitation', 'Other'], 3),
    vic_TypeOfLabourExploitation: list(allLabour),
    vic_ForcedLabourIndustry: nullable({ enum: allIndustry }),
    vic_MethodsOfControl: list(allControl),
    vic_RelationshipToTrafficker: nullable({ enum: ['Familial', 'Acquainted', 'Unaquainted'] }),
    hte_Events: {
      type: 'array',
      maxItems: 2,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['hte_Type'],
        properties: {
          hte_Type: { enum: ['Recruitment', 'Transit', 'Exploitation'] },
          hte_Country: nullable(country),
          hte_Date: nullable(date),
        },
      },
    },
    cas_Status: { enum: ['Active', 'FollowUp', 'Closed', 'ClosedReferred'] },
    lnd_FullName: text(300),
    lnd_BirthYear: nullable({ type: 'integer', minimum: 1900, maximum: 2100 }),
    lnd_AgeEstimatedOn: nullable(date),
    lnd_CaseReference: text(100),
    lnd_IdentifiedOn: date,
    lnd_ExploitationTypes: list(ours.exploitation, 9),
    lnd_LabourSector: nullable({ enum: ours.labour }),
    lnd_MeansOfControl: list(ours.control, 11),
    lnd_RecruiterRelationship: nullable({ enum: ours.relationship }),
    lnd_ExploitationEndedOn: nullable(date),
  },
} as const;

export const htcdsDocumentSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://lindung.org/schemas/htcds-export.json',
  title: 'Lindung HTCDS export',
  type: 'object',
  additionalProperties: false,
  required: ['standard', 'organisation', 'records'],
  properties: {
    standard: { const: htcdsVersion },
    exportedAt: { type: 'string', format: 'date-time' },
    next: { type: ['string', 'null'] },
    organisation: {
      type: 'object',
      additionalProperties: false,
      required: ['org_Name'],
      properties: {
        org_Name: text(200),
        org_Type: {
          enum: [
            'NGO',
            'LawEnforcement',
            'HealthServiceOrganisation',
            'CentralGovernmentOrganisation',
            'LocalGovernmentOrganisation',
            'ImmigrationService',
            'LegalService',
            'CorporateBusiness',
          ],
        },
        org_ShippingCountry: country,
      },
    },
    records: { type: 'array', maxItems: 100_000, items: htcdsRecordSchema },
  },
} as const;

export interface HtcdsEvent {
  hte_Type: 'Recruitment' | 'Transit' | 'Exploitation';
  hte_Country?: string | null;
  hte_Date?: string | null;
}

export type HtcdsRecord = {
  prs_FirstName: string;
  prs_SecondName?: string | null;
  prs_Birthdate?: string | null;
  prs_Gender: string;
  prs_Nationality?: string | null;
  vic_TraffickingStatus: string;
  vic_AgeWhenTrafficked?: number | null;
  vic_TypeOfExploitation: string[];
  vic_TypeOfLabourExploitation?: string[];
  vic_ForcedLabourIndustry?: string | null;
  vic_MethodsOfControl?: string[];
  vic_RelationshipToTrafficker?: string | null;
  hte_Events?: HtcdsEvent[];
  cas_Status: string;
  lnd_FullName?: string;
  lnd_BirthYear?: number | null;
  lnd_AgeEstimatedOn?: string | null;
  lnd_CaseReference?: string;
  lnd_IdentifiedOn?: string;
  lnd_ExploitationTypes?: string[];
  lnd_LabourSector?: string | null;
  lnd_MeansOfControl?: string[];
  lnd_RecruiterRelationship?: string | null;
  lnd_ExploitationEndedOn?: string | null;
};

export interface HtcdsDocument {
  standard: string;
  exportedAt?: string;
  next?: string | null;
  organisation: { org_Name: string; org_Type?: string; org_ShippingCountry?: string };
  records: HtcdsRecord[];
}

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats.default(ajv, ['date', 'date-time']);
const validateDocument = ajv.compile<HtcdsDocument>(htcdsDocumentSchema);

/** Problems by field, as `records.3.prs_Gender` (the platform's dotted paths), for problem+json. */
export function htcdsProblems(value: unknown): { field: string; message: string }[] {
  if (validateDocument(value)) return [];
  return (validateDocument.errors ?? []).map((error: ErrorObject) => {
    const params = error.params as { missingProperty?: string; additionalProperty?: string };
    const path = error.instancePath.split('/').slice(1);
    const named = params.missingProperty ?? params.additionalProperty;
    if (named) path.push(named);
    return { field: path.join('.') || '(document)', message: error.message ?? 'is not valid' };
  });
}

export function isHtcdsDocument(value: unknown): value is HtcdsDocument {
  return validateDocument(value);
}
