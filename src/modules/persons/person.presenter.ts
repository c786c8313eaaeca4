import { decryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import { readName } from '../../names/index.ts';
import type { RankedMatch } from './person.commands.ts';
import { personFields } from './person.fields.ts';
import type { PersonRow } from './person.repo.ts';
import type { Birth, PersonView } from './person.schema.ts';

type BirthColumns = Pick<
  PersonRow,
  'birth_precision' | 'birth_date' | 'birth_year' | 'estimated_age' | 'estimated_on'
>;

export function presentBirth(row: BirthColumns): Birth {
  switch (row.birth_precision) {
    case 'exact':
      return { precision: 'exact', date: row.birth_date as string };
    case 'year':
      return { precision: 'year', year: row.birth_year as number };
    case 'estimated':
      return { precision: 'estimated', age: row.estimated_age as number, on: row.estimated_on as string };
    default:
      return { precision: 'unknown' };
  }
}

/** Each name as recorded with its Latin reading and, for Zawgyi, its Unicode form (decision 0083). */
export const presentNameReadings = (names: readonly string[]) => names.map(readName);

/** The person with their encrypted fields decrypted: only for readers the policy allowed. */
export function presentPerson(row: PersonRow, keyring: Keyring): PersonView {
  return {
    id: row.id,
    agencyId: row.agency_id,
    names: (row.names as Omit<PersonView['names'][number], 'latin' | 'unicode'>[]).map((name) => {
      const { latin, unicode } = readName(name.fullName);
      return { ...name, latin, unicode };
    }),
    sex: row.sex as PersonView['sex'],
    birth: presentBirth(row),
    nationality: row.nationality?.trim() ?? null,
    languages: row.languages,
    documents: row.documents.map((document) => ({
      ...(document as Omit<PersonView['documents'][number], 'number'>),
      issuingCountry: document.issuingCountry?.trim() ?? null,
      number: decryptField(keyring, personFields.documentNumber, document.number),
    })),
    contact: row.contact ? JSON.parse(decryptField(keyring, personFields.contact, row.contact)) : null,
    address: row.address ? decryptField(keyring, personFields.address, row.address) : null,
    mergedInto: row.merged_into,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

/** A search result: who, how closely they match (0–1) and why. */
export function presentMatch(row: RankedMatch) {
  const on = new Set(row.reasons.map((reason) => reason.on));
  const matchedOn = [
    ...(row.nameMatched ? (['name'] as const) : []),
    ...(on.has('document') ? (['document'] as const) : []),
    ...(on.has('birth_date') ? (['birth_date'] as const) : []),
    ...(on.has('birth_year') || on.has('birth_year_near') ? (['birth_year'] as const) : []),
    ...(on.has('nationality') ? (['nationality'] as const) : []),
  ];
  return {
    id: row.id,
    names: row.names,
    nameReadings: presentNameReadings(row.names),
    sex: row.sex as PersonView['sex'],
    birth: presentBirth(row),
    nationality: row.nationality?.trim() ?? null,
    mergedInto: row.merged_into,
    foundThroughMerged: row.foundThroughMerged,
    score: row.score,
    matchedOn,
    reasons: row.reasons,
  };
}
