import { decryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import { personFields } from './person.fields.ts';
import type { PersonMatchRow, PersonRow } from './person.repo.ts';
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

/** The person with their encrypted fields decrypted: only for readers the policy allowed. */
export function presentPerson(row: PersonRow, keyring: Keyring): PersonView {
  return {
    id: row.id,
    agencyId: row.agency_id,
    names: row.names as PersonView['names'],
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
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function presentMatch(row: PersonMatchRow, criteria: { birthYear?: number; nationality?: string }) {
  const birth = presentBirth(row);
  const year =
    birth.precision === 'exact'
      ? Number(birth.date.slice(0, 4))
      : birth.precision === 'year'
        ? birth.year
        : undefined;
  const birthYearMatches =
    criteria.birthYear !== undefined && year !== undefined && Math.abs(year - criteria.birthYear) <= 1;
  const nationalityMatches =
    criteria.nationality !== undefined && row.nationality?.trim() === criteria.nationality;
  const matchedOn = [
    ...(row.name_score > 0 ? (['name'] as const) : []),
    ...(row.document_match ? (['document'] as const) : []),
    ...(birthYearMatches ? (['birth_year'] as const) : []),
    ...(nationalityMatches ? (['nationality'] as const) : []),
  ];
  // A document number is near-certain; otherwise the name counts most, birth year and nationality add to it.
  const score = row.document_match
    ? 1
    : Math.min(1, row.name_score * 0.7 + (birthYearMatches ? 0.2 : 0) + (nationalityMatches ? 0.1 : 0));
  return {
    id: row.id,
    names: row.names,
    sex: row.sex as PersonView['sex'],
    birth,
    nationality: row.nationality?.trim() ?? null,
    score: Math.round(score * 100) / 100,
    matchedOn: [...matchedOn],
  };
}
