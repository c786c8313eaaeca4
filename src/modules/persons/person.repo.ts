import { sql, type Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { nameKeysFor, nameKeysVersion, type StoredBirth } from './person-name-keys.ts';

export interface PersonRow {
  id: string;
  agency_id: string;
  sex: string;
  birth_precision: string;
  birth_date: string | null;
  birth_year: number | null;
  estimated_age: number | null;
  estimated_on: string | null;
  nationality: string | null;
  languages: string[];
  contact: string | null;
  address: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
  anonymised_at: Date | null;
  /** The person this record was merged into (merges in force, followed to the end), when it was. */
  merged_into: string | null;
  names: {
    id: string;
    kind: string;
    fullName: string;
    givenName: string | null;
    familyName: string | null;
  }[];
  documents: {
    id: string;
    type: string;
    number: string;
    issuingCountry: string | null;
    heldBy: string;
    expiresOn: string | null;
  }[];
}

export interface NewPerson {
  id: string;
  agencyId: string;
  createdBy: string;
  sex: string;
  birth: { precision: string; date?: string; year?: number; age?: number; on?: string };
  nationality: string | null;
  languages: string[];
  contact: string | null;
  address: string | null;
}

export async function insertPerson(tx: Tx, person: NewPerson): Promise<void> {
  await tx.query(
    `insert into person (id, agency_id, created_by, sex, birth_precision, birth_date, birth_year, estimated_age,
                         estimated_on, nationality, languages, contact, address)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      person.id,
      person.agencyId,
      person.createdBy,
      person.sex,
      person.birth.precision,
      person.birth.date ?? null,
      person.birth.year ?? null,
      person.birth.age ?? null,
      person.birth.on ?? null,
      person.nationality,
      person.languages,
      person.contact,
      person.address,
    ],
  );
}

export async function insertPersonNames(
  tx: Tx,
  personId: string,
  agencyId: string,
  names: readonly {
    kind: string;
    fullName: string;
    givenName?: string | undefined;
    familyName?: string | undefined;
  }[],
  birth: StoredBirth,
): Promise<void> {
  await tx.query(
    `insert into person_name (person_id, agency_id, position, kind, full_name, given_name, family_name,
                              match_keys, phonetic_keys, linkage_keys, linkage_value, latin_name, keys_version)
     select $1, $2, n.position, n.kind, n.full_name, n.given_name, n.family_name, n.match_keys, n.phonetic_keys,
            n.linkage_keys, n.linkage_value, n.latin_name, $4
       from jsonb_to_recordset($3::jsonb)
         as n(position integer, kind text, full_name text, given_name text, family_name text,
              match_keys text[], phonetic_keys text[], linkage_keys text[], linkage_value text, latin_name text)`,
    [
      personId,
      agencyId,
      JSON.stringify(
        names.map((n, position) => {
          const keys = nameKeysFor(n.fullName, birth);
          return {
            position,
            kind: n.kind,
            full_name: n.fullName,
            given_name: n.givenName,
            family_name: n.familyName,
            match_keys: keys.matchKeys,
            phonetic_keys: keys.phoneticKeys,
            linkage_keys: keys.linkageKeys,
            linkage_value: keys.linkageValue,
            latin_name: keys.latinName,
          };
        }),
      ),
      nameKeysVersion,
    ],
  );
}

/**
 * Writes who the person is on the version read: false when the person changed since (or is not
 * there). The version and `updated_at` move with the row (migration 0124).
 */
export async function updatePersonIdentity(
  tx: Tx,
  person: Pick<NewPerson, 'id' | 'sex' | 'birth' | 'nationality' | 'languages'> & {
    version: number;
    /**
     * The editor when the edit changes who the person is (names, sex, birth, nationality or
     * documents): a probe alert counts it as theirs (migration 0260); null leaves the last one.
     */
    changedBy: string | null;
  },
): Promise<boolean> {
  const rows = await tx.query(
    `update person set sex = $3, birth_precision = $4, birth_date = $5, birth_year = $6, estimated_age = $7,
            estimated_on = $8, nationality = $9, languages = $10,
            identity_changed_by = coalesce($11, identity_changed_by),
            identity_changed_at = case when $11::uuid is null then identity_changed_at else now() end
      where id = $1 and version = $2
      returning id`,
    [
      person.id,
      person.version,
      person.sex,
      person.birth.precision,
      person.birth.date ?? null,
      person.birth.year ?? null,
      person.birth.age ?? null,
      person.birth.on ?? null,
      person.nationality,
      person.languages,
      person.changedBy,
    ],
  );
  return rows.length === 1;
}

/**
 * Writes how the person is reached and where she stays (both sealed by the caller) on the version
 * read: false when the person changed since (or is not there, or row-level security hides her).
 */
export async function updatePersonContact(
  tx: Tx,
  person: Pick<NewPerson, 'id' | 'contact' | 'address'> & { version: number },
): Promise<boolean> {
  const rows = await tx.query(
    'update person set contact = $3, address = $4 where id = $1 and version = $2 returning id',
    [person.id, person.version, person.contact, person.address],
  );
  return rows.length === 1;
}

/** Removes the person's names before an edit writes them again: their keys and counts go with them (migration 0105's triggers). */
export async function deletePersonNames(tx: Tx, personId: string): Promise<void> {
  await tx.query('delete from person_name where person_id = $1', [personId]);
}

/** Removes the person's documents before an edit writes them again: their blind indexes go with them. */
export async function deleteIdentityDocuments(tx: Tx, personId: string): Promise<void> {
  await tx.query('delete from identity_document where person_id = $1', [personId]);
}

export async function insertIdentityDocuments(
  tx: Tx,
  personId: string,
  agencyId: string,
  documents: readonly {
    type: string;
    number: string;
    numberIndex: string;
    issuingCountry: string | null;
    heldBy: string;
    expiresOn: string | null;
  }[],
): Promise<void> {
  if (documents.length === 0) return;
  await tx.all(
    sql.insertInto('identity_document').values(
      documents.map((d) => ({
        person_id: personId,
        agency_id: agencyId,
        type: d.type,
        number: d.number,
        number_index: d.numberIndex,
        issuing_country: d.issuingCountry,
        held_by: d.heldBy,
        expires_on: d.expiresOn,
      })),
    ),
  );
}

const personSelect = `
  select p.id, p.agency_id, p.sex, p.birth_precision, p.birth_date, p.birth_year, p.estimated_age, p.estimated_on,
         p.nationality, p.languages, p.contact, p.address, p.created_at, p.updated_at,
         p.version, p.anonymised_at,
         case when exists (select 1 from person_merge m where m.merged_id = p.id and m.undone_at is null)
              then lindung_person_master(p.id) end as merged_into,
         coalesce((select json_agg(json_build_object('id', n.id, 'kind', n.kind, 'fullName', n.full_name,
                     'givenName', n.given_name, 'familyName', n.family_name) order by n.position, n.id)
                     from person_name n where n.person_id = p.id), '[]'::json) as names,
         coalesce((select json_agg(json_build_object('id', d.id, 'type', d.type, 'number', d.number,
                     'issuingCountry', d.issuing_country, 'heldBy', d.held_by, 'expiresOn', d.expires_on)
                     order by d.created_at, d.id)
                     from identity_document d where d.person_id = p.id), '[]'::json) as documents
    from person p`;

export async function findPerson(tx: Tx, id: string): Promise<PersonRow | undefined> {
  const [row] = await tx.query<PersonRow>(`${personSelect} where p.id = $1`, [id]);
  return row;
}

/** The person, or a 404 — also when the person belongs to an agency this one may not see. */
export async function requirePerson(tx: Tx, id: string): Promise<PersonRow> {
  const person = await findPerson(tx, id);
  if (!person) throw new NotFoundError('person');
  return person;
}

/** Whether this agency can see the person (for linking them to a case); no personal data read. */
export async function findPersonForCase(tx: Tx, id: string): Promise<boolean> {
  const rows = await tx.query('select 1 from person where id = $1', [id]);
  return rows.length === 1;
}

/**
 * The earliest day any of these persons could have been born, as far as their births are known
 * (an estimated age counts from the year before); null when none is known. A case's dates before
 * it cannot be (decision 0064).
 */
export async function earliestBirthOf(tx: Tx, personIds: readonly string[]): Promise<string | null> {
  if (personIds.length === 0) return null;
  const [row] = await tx.query<{ earliest: string | null }>(
    `select min(lindung_earliest_birth(birth_precision, birth_date, birth_year, estimated_age, estimated_on))::text
            as earliest
       from person where id = any($1::uuid[])`,
    [personIds],
  );
  return row?.earliest ?? null;
}

/** A date of a case in which the person is a victim that falls before her earliest possible birth. */
export interface CaseDateBeforeBirth {
  readonly caseId: string;
  readonly field: 'recruitedOn' | 'exploitationStartedOn' | 'exploitationEndedOn';
  readonly on: string;
  /** The case's reference when the caller may read the case; null otherwise, never another's. */
  readonly reference: string | null;
}

/**
 * The dates of the cases in which the person is a victim that her birth, as stored now, comes
 * after — whoever holds the case (migration 0181's function sees them all); each named by its
 * reference only when row-level security lets the caller read the case (decision 0067).
 */
export async function victimCaseDatesBeforeBirth(tx: Tx, personId: string): Promise<CaseDateBeforeBirth[]> {
  const rows = await tx.query<{ case_id: string; field: CaseDateBeforeBirth['field']; on_date: string }>(
    'select case_id, field, on_date::text as on_date from lindung_victim_case_dates_before_birth($1)',
    [personId],
  );
  if (rows.length === 0) return [];
  const readable = await tx.query<{ id: string; reference: string }>(
    'select id, reference from case_file where id = any($1::uuid[])',
    [rows.map((row) => row.case_id)],
  );
  const references = new Map(readable.map((row) => [row.id, row.reference]));
  return rows.map((row) => ({
    caseId: row.case_id,
    field: row.field,
    on: row.on_date,
    reference: references.get(row.case_id) ?? null,
  }));
}

/**
 * Queues the linkage module's match of a new person against those already recorded, in the
 * transaction that records the person (migration 0096, decision 0037).
 */
export async function queuePersonMatch(tx: Tx, personId: string): Promise<void> {
  await tx.query('select lindung_enqueue_person_match($1)', [personId]);
}

/**
 * Queues one match of many persons recorded together (an import), scored in one pass, in the
 * transaction that records them (migration 0123, decision 0044).
 */
export async function queuePersonsMatch(tx: Tx, personIds: readonly string[]): Promise<void> {
  if (personIds.length === 0) return;
  await tx.query('select lindung_enqueue_person_matches($1::uuid[])', [personIds]);
}
