import { recordAudit } from '../../audit/audit.ts';
import { decryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import { AppError, ConflictError } from '../../shared/errors.ts';
import { agencyToday } from '../agencies/index.ts';
import { type CommandProps, checkDates, checkNames, sealedDocuments } from './person.commands.ts';
import { personFields } from './person.fields.ts';
import { presentBirth } from './person.presenter.ts';
import {
  deletePersonNamesAndDocuments,
  insertIdentityDocuments,
  insertPersonNames,
  type PersonRow,
  queuePersonsMatch,
  requirePerson,
  updatePersonIdentity,
} from './person.repo.ts';
import type { EditPerson } from './person.schema.ts';
import { storedBirth } from './person-name-keys.ts';

/** 412: the person was changed since the version the editor read. */
export class PersonChangedError extends AppError {
  constructor() {
    super(
      'person_changed',
      412,
      'The person was changed by someone else since you read them: read the record again before saving.',
    );
  }
}

/** Which parts of who the person is an edit changes: named in the audit, never their values. */
function changedParts(person: PersonRow, edit: EditPerson, keyring: Keyring): string[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const names = person.names.map((n) => ({
    kind: n.kind,
    fullName: n.fullName,
    givenName: n.givenName ?? undefined,
    familyName: n.familyName ?? undefined,
  }));
  const documents = person.documents.map((d) => ({
    type: d.type,
    number: decryptField(keyring, personFields.documentNumber, d.number),
    issuingCountry: d.issuingCountry?.trim() ?? undefined,
    heldBy: d.heldBy,
    expiresOn: d.expiresOn ?? undefined,
  }));
  return [
    ...(same(names, edit.names) ? [] : ['names']),
    ...(person.sex === edit.sex ? [] : ['sex']),
    ...(same(presentBirth(person), edit.birth) ? [] : ['birth']),
    ...((person.nationality?.trim() ?? undefined) === edit.nationality ? [] : ['nationality']),
    ...(same(person.languages, edit.languages) ? [] : ['languages']),
    ...(same(documents, edit.documents) ? [] : ['documents']),
  ];
}

/**
 * Edits who a person is — names, sex, date of birth, nationality, languages, documents — on the
 * version the editor read (412 if it moved). Names and documents are written again: their search
 * keys, linkage blocks and name value follow the new names and date (the counts by migration
 * 0105's triggers), documents get their blind index again. The person is matched again by a job
 * queued in this transaction, as on create (decision 0044). An anonymised person stays so (409).
 */
export async function editPerson(
  props: CommandProps & { person: PersonRow; version: number; edit: EditPerson },
): Promise<PersonRow> {
  const { tx, actor, keyring, person, edit } = props;
  if (person.anonymised_at)
    throw new ConflictError(
      'person_anonymised',
      "The person's personal data were erased: they cannot be edited.",
    );
  checkNames(edit.names);
  checkDates(edit, await agencyToday(tx, actor.agencyId));
  const changed = changedParts(person, edit, keyring);
  const written = await updatePersonIdentity(tx, {
    id: person.id,
    version: props.version,
    sex: edit.sex,
    birth: edit.birth,
    nationality: edit.nationality ?? null,
    languages: edit.languages,
  });
  if (!written) throw new PersonChangedError();
  await deletePersonNamesAndDocuments(tx, person.id);
  await insertPersonNames(tx, person.id, person.agency_id, edit.names, storedBirth(edit.birth));
  await insertIdentityDocuments(tx, person.id, person.agency_id, sealedDocuments(keyring, edit.documents));
  // Queued even while an earlier match of this person runs on the old names (the one-per-person
  // queueing of create would then skip it); a second match of the same person changes nothing.
  await queuePersonsMatch(tx, [person.id]);
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'person.update',
    subject: { type: 'person', id: person.id },
    requestId: props.requestId,
    detail: { changed, names: edit.names.length, documents: edit.documents.length },
  });
  return requirePerson(tx, person.id);
}
