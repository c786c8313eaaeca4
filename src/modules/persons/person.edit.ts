import { recordAudit } from '../../audit/audit.ts';
import { decryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import { AppError, ConflictError, RuleViolationError } from '../../shared/errors.ts';
import { agencyToday } from '../agencies/index.ts';
import { type CommandProps, checkDates, checkNames, sealedDocuments } from './person.commands.ts';
import { personFields } from './person.fields.ts';
import { presentBirth } from './person.presenter.ts';
import {
  type CaseDateBeforeBirth,
  deleteIdentityDocuments,
  deletePersonNames,
  insertIdentityDocuments,
  insertPersonNames,
  type PersonRow,
  queuePersonsMatch,
  requirePerson,
  updatePersonIdentity,
  victimCaseDatesBeforeBirth,
} from './person.repo.ts';
import type { Birth, EditPerson } from './person.schema.ts';
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

/** The part of a birth that sets its earliest day: what a birth too late is said on. */
const birthPart: Record<Birth['precision'], string> = {
  exact: 'birth.date',
  year: 'birth.year',
  estimated: 'birth.age',
  unknown: 'birth',
};

/**
 * 422 when the person's birth, as just written, comes after a date of a case in which she is a
 * victim — as opening the case would have refused that date (decision 0067). The cases the editor
 * may read are named by reference; the others only counted, so no case out of sight is revealed.
 */
function refuseBirthAfterVictimCases(birth: Birth, conflicts: readonly CaseDateBeforeBirth[]): void {
  if (conflicts.length === 0) return;
  const named = [
    ...new Set(conflicts.flatMap((c) => (c.reference ? [`${c.reference} (${c.field} ${c.on})`] : []))),
  ];
  const hidden = new Set(conflicts.filter((c) => !c.reference).map((c) => c.caseId)).size;
  const cases = [...named, ...(hidden > 0 ? [`${hidden} case(s) you cannot read`] : [])].join(', ');
  throw new RuleViolationError(
    'birth_after_victim_case',
    'The date of birth is after a date of a case in which the person is a victim.',
    [
      {
        code: 'birth_after_case_date',
        field: birthPart[birth.precision],
        message: `is after a date of ${cases}`,
      },
    ],
  );
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
 * version the editor read (412 if it moved). Names are written again: their search keys, linkage
 * blocks and name value follow the new names and date (the counts by migration 0105's triggers);
 * documents, when any changed, are written again with their blind indexes. The person is matched again by a job
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
    // A language added, or a save that changes nothing, is no new identity for a probe to count.
    changedBy: changed.some((part) => part !== 'languages') ? actor.userId : null,
  });
  if (!written) throw new PersonChangedError();
  // Checked on the birth as written, by the same rule as a case's dates; the refusal rolls it back.
  refuseBirthAfterVictimCases(edit.birth, await victimCaseDatesBeforeBirth(tx, person.id));
  await deletePersonNames(tx, person.id);
  await insertPersonNames(tx, person.id, person.agency_id, edit.names, storedBirth(edit.birth));
  // Documents the edit leaves as they were keep their rows: a pair's fingerprint reads a document
  // by its row, so that re-keying its number's index leaves the pair as scored (decision 0129).
  if (changed.includes('documents')) {
    await deleteIdentityDocuments(tx, person.id);
    await insertIdentityDocuments(tx, person.id, person.agency_id, sealedDocuments(keyring, edit.documents));
  }
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
