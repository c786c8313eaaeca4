import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * The Human Trafficking Case Data Standard (HTCDS; IOM, Polaris, Liberty Shared; field names from
 * the HTCDS Field Reference: prefixes org_, prs_, vic_, hte_, cas_) as Lindung exports and imports
 * it. One record per victim or presumed victim of a victim case. Where our vocabulary is finer than
 * HTCDS's picklists, the record also carries our own code in an `lnd_` extension field, so that an
 * import of our own export gives back the same case; a file from another system without those
 * fields is read through the HTCDS values alone. docs/htcds-mapping.md is the table of it all.
 */
export const htcdsVersion = 'HTCDS field reference 0.2 (with 2.0 victim-context fields)';

export const htcdsGender = {
  female: 'Female',
  male: 'Male',
  other: 'Transgender/NonConforming',
  unknown: 'Unknown',
};
export const htcdsTraffickingStatus = {
  victim: 'ActualVictimOfTrafficking',
  presumed_victim: 'PossibleVictimOfTrafficking',
} as const;
export const htcdsCaseStatus = { open: 'Active', active: 'Active', closed: 'Closed' } as const;
export const htcdsExploitation: Record<string, 'ForcedLabour' | 'SexualExploitation' | 'Other'> = {
  forced_labour: 'ForcedLabour',
  domestic_servitude: 'ForcedLabour',
  sexual_exploitation: 'SexualExploitation',
  forced_criminality: 'Other',
  online_scam_compound: 'Other',
  forced_marriage: 'Other',
  organ_removal: 'Other',
  child_soldiering: 'Other',
  other: 'Other',
};
/** HTCDS's TypeOfLabourExploitation (CTDC's typeOfLabour*; fishing is CTDC's Aquafarming). */
export const htcdsLabour: Record<string, string> = {
  agriculture: 'Agriculture',
  plantation: 'Agriculture',
  fishing: 'Aquafarming',
  construction: 'Construction',
  domestic_work: 'DomesticWork',
  hospitality: 'Hospitality',
  entertainment: 'Hospitality',
  manufacturing: 'Manufacturing',
  mining: 'MiningOrDrilling',
  services: 'Other',
  other: 'Other',
};
/** HTCDS's ForcedLabourIndustry: ISIC rev. 4 sections. */
export const htcdsIndustry: Record<string, string> = {
  agriculture: 'A_AgricultureForestryAndFishing',
  plantation: 'A_AgricultureForestryAndFishing',
  fishing: 'A_AgricultureForestryAndFishing',
  mining: 'B_MiningAndQuarrying',
  manufacturing: 'C_Manufacturing',
  construction: 'F_Construction',
  hospitality: 'I_AccommodationAndFoodServiceActivities',
  entertainment: 'R_ArtsEntertainmentAndRecreation',
  services: 'S_OtherServiceActivities',
  domestic_work: 'T_ActivitiesOfHouseholdsAsEmployers',
};
export const htcdsControl: Record<string, string> = {
  debt_bondage: 'DebtBondage',
  document_confiscation: 'WithholdsDocuments',
  confinement: 'RestrictsMovement',
  isolation: 'RestrictsMovement',
  violence: 'PhysicalAbuse',
  threats: 'Threats',
  threats_to_family: 'Threats',
  withheld_wages: 'TakesEarnings',
  drugs: 'PsychoactiveSubstances',
  deception: 'FalsePromises',
  other: 'Other',
};
export const htcdsRelationship: Record<string, string> = {
  family: 'Familial',
  partner: 'Familial',
  friend: 'Acquainted',
  acquaintance: 'Acquainted',
  employer: 'Acquainted',
  agent: 'Acquainted',
  stranger: 'Unaquainted',
};
export const htcdsOrganisationType: Record<string, string> = {
  law_enforcement: 'LawEnforcement',
  immigration: 'ImmigrationService',
  ngo: 'NGO',
  shelter_operator: 'NGO',
  international_organisation: 'NGO',
  prosecution: 'LegalService',
};

const allControl = [
  'DebtBondage',
  'TakesEarnings',
  'RestrictsFinancialAccess',
  'Threats',
  'PsychologicalAbuse',
  'PhysicalAbuse',
  'SexualAbuse',
  'FalsePromises',
  'PsychoactiveSubstances',
  'RestrictsMovement',
  'RestrictsMedicalCare',
  'ExcessiveWorkingHours',
  'UsesChildren',
  'ThreatOfLawEnforcement',
  'WithholdsNecessities',
  'WithholdsDocuments',
  'Other',
];
const allLabour = [
  'Agriculture',
  'Aquafarming',
  'Begging',
  'Construction',
  'DomesticWork',
  'Hospitality',
  'IllicitActivities',
  'Manufacturing',
  'MiningOrDrilling',
  'Peddling',
  'Transportation',
  'Other',
];
const allIndustry = [
  'A_AgricultureForestryAndFishing',
  'B_MiningAndQuarrying',
  'C_Manufacturing',
  'D_ElectricityGasSteamAndAirConditioningSupply',
  'E_WaterSupplySewerageWasteManagement',
  'F_Construction',
  'G_WholesaleAndRetailTradeRepairOfMotorVehicles',
  'H_TransportationAndStorage',
  'I_AccommodationAndFoodServiceActivities',
  'J_InformationAndCommunication',
  'K_FinancialAndInsuranceActivities',
  'L_RealEstateActivities',
  'M_ProfessionalScientificAndTechnicalActivities',
  'N_AdministrativeAndSupportServiceActivities',
  'O_PublicAdministrationAndDefence',
  'P_Education',
  'Q_HumanHealthAndSocialWorkActivities',
  'R_ArtsEntertainmentAndRecreation',
  'S_OtherServiceActivities',
  'T_ActivitiesOfHouseholdsAsEmployers',
  'U_ActivitiesOfExtraterritorialOrganizations',
];
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

const unique = <T>(values: T[]) => [...new Set(values)];

/** What we hold about one victim of a case, as the export reads it. */
export interface VictimCaseRow {
  reference: string;
  status: 'open' | 'active' | 'closed';
  opened_on: string;
  role: 'victim' | 'presumed_victim';
  exploitation_types: string[];
  labour_sector: string | null;
  recruitment_country: string | null;
  recruited_on: string | null;
  exploitation_country: string | null;
  exploitation_started_on: string | null;
  exploitation_ended_on: string | null;
  means_of_control: string[];
  recruiter_relationship: string | null;
  sex: keyof typeof htcdsGender;
  birth_precision: 'exact' | 'year' | 'estimated' | 'unknown';
  birth_date: string | null;
  birth_year: number | null;
  estimated_age: number | null;
  estimated_on: string | null;
  nationality: string | null;
  full_name: string;
  given_name: string | null;
  family_name: string | null;
}

/** Ours → HTCDS. */
export function toHtcds(row: VictimCaseRow): HtcdsRecord {
  const events: HtcdsEvent[] = [];
  if (row.recruitment_country || row.recruited_on)
    events.push({
      hte_Type: 'Recruitment',
      hte_Country: row.recruitment_country,
      hte_Date: row.recruited_on,
    });
  if (row.exploitation_country || row.exploitation_started_on)
    events.push({
      hte_Type: 'Exploitation',
      hte_Country: row.exploitation_country,
      hte_Date: row.exploitation_started_on,
    });
  const record: HtcdsRecord = {
    prs_FirstName: row.given_name ?? row.full_name,
    prs_SecondName: row.family_name,
    prs_Birthdate: row.birth_precision === 'exact' ? row.birth_date : null,
    prs_Gender: htcdsGender[row.sex],
    prs_Nationality: row.nationality,
    vic_TraffickingStatus: htcdsTraffickingStatus[row.role],
    vic_AgeWhenTrafficked: row.birth_precision === 'estimated' ? row.estimated_age : null,
    vic_TypeOfExploitation: unique(row.exploitation_types.map((type) => htcdsExploitation[type] ?? 'Other')),
    vic_TypeOfLabourExploitation: row.labour_sector ? [htcdsLabour[row.labour_sector] ?? 'Other'] : [],
    vic_ForcedLabourIndustry: row.labour_sector ? (htcdsIndustry[row.labour_sector] ?? null) : null,
    vic_MethodsOfControl: unique(row.means_of_control.map((means) => htcdsControl[means] ?? 'Other')),
    vic_RelationshipToTrafficker: row.recruiter_relationship
      ? (htcdsRelationship[row.recruiter_relationship] ?? null)
      : null,
    hte_Events: events,
    cas_Status: htcdsCaseStatus[row.status],
    lnd_FullName: row.full_name,
    lnd_BirthYear: row.birth_precision === 'year' ? row.birth_year : null,
    lnd_AgeEstimatedOn: row.birth_precision === 'estimated' ? row.estimated_on : null,
    lnd_CaseReference: row.reference,
    lnd_IdentifiedOn: row.opened_on,
    lnd_ExploitationTypes: row.exploitation_types,
    lnd_LabourSector: row.labour_sector,
    lnd_MeansOfControl: row.means_of_control,
    lnd_RecruiterRelationship: row.recruiter_relationship,
    lnd_ExploitationEndedOn: row.exploitation_ended_on,
  };
  return record;
}

/** What an imported record becomes: a person and a victim case. */
export interface ImportedVictim {
  person: {
    names: { kind: 'birth'; fullName: string; givenName?: string; familyName?: string }[];
    sex: 'female' | 'male' | 'other' | 'unknown';
    birth:
      | { precision: 'exact'; date: string }
      | { precision: 'year'; year: number }
      | { precision: 'estimated'; age: number; on: string }
      | { precision: 'unknown' };
    nationality?: string;
    languages: string[];
    documents: never[];
  };
  role: 'victim' | 'presumed_victim';
  identifiedOn: string | null;
  facts: {
    exploitationTypes: string[];
    labourSector: string | null;
    recruitmentCountry: string | null;
    recruitedOn: string | null;
    exploitationCountry: string | null;
    exploitationStartedOn: string | null;
    exploitationEndedOn: string | null;
    meansOfControl: string[];
    recruiterRelationship: string | null;
  };
}

const firstKey = (map: Record<string, string>, value: string | null | undefined) =>
  value ? (Object.entries(map).find(([, v]) => v === value)?.[0] ?? null) : null;

/** HTCDS → ours: our own codes where the record carries them, otherwise the first of ours for the HTCDS value. */
export function fromHtcds(record: HtcdsRecord): ImportedVictim {
  const fullName =
    record.lnd_FullName ?? [record.prs_FirstName, record.prs_SecondName].filter(Boolean).join(' ');
  const givenName =
    record.prs_FirstName && record.prs_FirstName !== fullName ? record.prs_FirstName : undefined;
  const familyName = record.prs_SecondName ?? undefined;
  const birth: ImportedVictim['person']['birth'] = record.prs_Birthdate
    ? { precision: 'exact', date: record.prs_Birthdate }
    : record.lnd_BirthYear
      ? { precision: 'year', year: record.lnd_BirthYear }
      : record.vic_AgeWhenTrafficked !== null && record.vic_AgeWhenTrafficked !== undefined
        ? {
            precision: 'estimated',
            age: record.vic_AgeWhenTrafficked,
            on: record.lnd_AgeEstimatedOn ?? record.lnd_IdentifiedOn ?? new Date().toISOString().slice(0, 10),
          }
        : { precision: 'unknown' };
  const event = (type: HtcdsEvent['hte_Type']) => record.hte_Events?.find((e) => e.hte_Type === type);
  const labourSector =
    record.lnd_LabourSector !== undefined
      ? record.lnd_LabourSector
      : (firstKey(htcdsIndustry, record.vic_ForcedLabourIndustry) ??
        firstKey(htcdsLabour, record.vic_TypeOfLabourExploitation?.[0]));
  return {
    person: {
      names: [
        {
          kind: 'birth',
          fullName,
          ...(givenName && { givenName }),
          ...(familyName && { familyName }),
        },
      ],
      sex: (firstKey(htcdsGender, record.prs_Gender) ?? 'unknown') as ImportedVictim['person']['sex'],
      birth,
      ...(record.prs_Nationality && { nationality: record.prs_Nationality }),
      languages: [],
      documents: [],
    },
    role: record.vic_TraffickingStatus === 'ActualVictimOfTrafficking' ? 'victim' : 'presumed_victim',
    identifiedOn: record.lnd_IdentifiedOn ?? null,
    facts: {
      exploitationTypes:
        record.lnd_ExploitationTypes ??
        unique(
          record.vic_TypeOfExploitation.map((type) =>
            type === 'ForcedLabour'
              ? 'forced_labour'
              : type === 'SexualExploitation'
                ? 'sexual_exploitation'
                : 'other',
          ),
        ),
      labourSector,
      recruitmentCountry: event('Recruitment')?.hte_Country ?? null,
      recruitedOn: event('Recruitment')?.hte_Date ?? null,
      exploitationCountry: event('Exploitation')?.hte_Country ?? null,
      exploitationStartedOn: event('Exploitation')?.hte_Date ?? null,
      exploitationEndedOn: record.lnd_ExploitationEndedOn ?? null,
      meansOfControl:
        record.lnd_MeansOfControl ??
        unique((record.vic_MethodsOfControl ?? []).map((means) => firstKey(htcdsControl, means) ?? 'other')),
      recruiterRelationship:
        record.lnd_RecruiterRelationship !== undefined
          ? record.lnd_RecruiterRelationship
          : firstKey(htcdsRelationship, record.vic_RelationshipToTrafficker),
    },
  };
}
