import {
  htcdsCaseStatus,
  htcdsControl,
  htcdsExploitation,
  htcdsGender,
  htcdsIndustry,
  htcdsLabour,
  htcdsRelationship,
  htcdsTraffickingStatus,
} from './htcds-codes.ts';
import type { HtcdsEvent, HtcdsRecord } from './htcds-schema.ts';

/*
 * Our victim cases to HTCDS records and back (docs/htcds-mapping.md is the table of it all).
 */
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
