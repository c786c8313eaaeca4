import { randomUUID } from 'node:crypto';
import { recordAudit, recordRead } from '../../audit/audit.ts';
import { normalizeDocumentNumber } from '../../crypto/encrypted-columns.ts';
import { blindIndex, encryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import { ValidationError } from '../../shared/errors.ts';
import { agencyToday } from '../agencies/index.ts';
import { personFields } from './person.fields.ts';
import {
  findPersonMatches,
  insertIdentityDocuments,
  insertPerson,
  insertPersonNames,
  type PersonMatchRow,
  type PersonRow,
  requirePerson,
} from './person.repo.ts';
import type { CreatePerson, PersonMatchQuery } from './person.schema.ts';

interface CommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly keyring: Keyring;
  readonly requestId: string;
}

/** Dates a person's record may not hold: a birth or a document expiry that makes no sense. */
function checkDates(person: CreatePerson, today: string): void {
  const problems = [];
  if (person.birth.precision === 'exact' && person.birth.date > today) {
    problems.push({ field: 'birth.date', message: 'is in the future' });
  }
  if (person.birth.precision === 'year' && person.birth.year > Number(today.slice(0, 4))) {
    problems.push({ field: 'birth.year', message: 'is in the future' });
  }
  if (person.birth.precision === 'estimated' && person.birth.on > today) {
    problems.push({ field: 'birth.on', message: 'is in the future' });
  }
  if (problems.length > 0) throw new ValidationError(problems);
}

/**
 * Records a person for the actor's agency. Contact details, address and document numbers are
 * encrypted; document numbers also get a blind index so that the same passport is found again.
 */
export async function createPerson(props: CommandProps & { person: CreatePerson }): Promise<PersonRow> {
  const { tx, actor, keyring, person } = props;
  checkDates(person, await agencyToday(tx, actor.agencyId));
  const id = randomUUID();
  await insertPerson(tx, {
    id,
    agencyId: actor.agencyId,
    createdBy: actor.userId,
    sex: person.sex,
    birth: person.birth,
    nationality: person.nationality ?? null,
    languages: person.languages,
    contact: person.contact
      ? encryptField(keyring, personFields.contact, JSON.stringify(person.contact))
      : null,
    address: person.address ? encryptField(keyring, personFields.address, person.address) : null,
  });
  await insertPersonNames(tx, id, actor.agencyId, person.names);
  await insertIdentityDocuments(
    tx,
    id,
    actor.agencyId,
    person.documents.map((document) => ({
      type: document.type,
      number: encryptField(keyring, personFields.documentNumber, document.number),
      numberIndex: blindIndex(keyring, personFields.documentNumber, normalizeDocumentNumber(document.number)),
      issuingCountry: document.issuingCountry ?? null,
      heldBy: document.heldBy,
      expiresOn: document.expiresOn ?? null,
    })),
  );
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'person.create',
    subject: { type: 'person', id },
    requestId: props.requestId,
    detail: { names: person.names.length, documents: person.documents.length },
  });
  return requirePerson(tx, id);
}

/** Reads a person and audits the read: who looked at whom, and why when they said. */
export async function readPerson(
  props: CommandProps & { personId: string; reason?: string | undefined },
): Promise<PersonRow> {
  const person = await requirePerson(props.tx, props.personId);
  await recordRead(props.tx, { ...props, subject: { type: 'person', id: person.id } });
  return person;
}

/**
 * Search before create: the persons this agency may see who could be the one about to be
 * recorded. The search is audited by what was searched on, never by the values.
 */
export async function matchPersons(
  props: CommandProps & { query: PersonMatchQuery },
): Promise<PersonMatchRow[]> {
  const { query, keyring } = props;
  const rows = await findPersonMatches(props.tx, {
    name: query.name,
    documentIndex: query.documentNumber
      ? blindIndex(keyring, personFields.documentNumber, normalizeDocumentNumber(query.documentNumber))
      : undefined,
    limit: query.limit,
  });
  await recordAudit(props.tx, {
    actorUserId: props.actor.userId,
    agencyId: props.actor.agencyId,
    action: 'person.search',
    requestId: props.requestId,
    detail: {
      on: Object.keys(query).filter((key) => key !== 'limit'),
      results: rows.length,
    },
  });
  return rows;
}
