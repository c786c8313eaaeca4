import { recordAudit } from '../../audit/audit.ts';
import { decryptField, encryptField } from '../../crypto/field-cipher.ts';
import { ConflictError } from '../../shared/errors.ts';
import type { CommandProps } from './person.commands.ts';
import { PersonChangedError } from './person.edit.ts';
import { personFields } from './person.fields.ts';
import { type PersonRow, requirePerson, updatePersonContact } from './person.repo.ts';
import type { EditPersonContact } from './person.schema.ts';

interface StoredContact {
  phones: string[];
  emails: string[];
  address: string | null;
}

function storedContact(person: PersonRow, keyring: CommandProps['keyring']): StoredContact {
  const contact = person.contact
    ? (JSON.parse(decryptField(keyring, personFields.contact, person.contact)) as Partial<StoredContact>)
    : {};
  return {
    phones: contact.phones ?? [],
    emails: contact.emails ?? [],
    address: person.address ? decryptField(keyring, personFields.address, person.address) : null,
  };
}

/** Which parts a correction changes — `phones`, `emails`, `address` — named in the audit, never their values. */
function changedParts(before: StoredContact, after: StoredContact): string[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return (['phones', 'emails', 'address'] as const).filter((part) => !same(before[part], after[part]));
}

/**
 * Corrects how a person is reached and where she stays — a new phone, a move to a shelter — on
 * the version the editor read (412 if it moved). Sealed as on create, under the same contexts; the
 * values replaced are not kept (decision 0075): the audit entry `person.update_contact` says who
 * changed which part and when, never a number or an address. Nothing changed, nothing written.
 * An anonymised person stays so (409), as for an edit of who she is.
 */
export async function editPersonContact(
  props: CommandProps & { person: PersonRow; version: number; edit: EditPersonContact },
): Promise<PersonRow> {
  const { tx, actor, keyring, person, edit } = props;
  if (person.anonymised_at)
    throw new ConflictError(
      'person_anonymised',
      "The person's personal data were erased: they cannot be edited.",
    );
  if (person.version !== props.version) throw new PersonChangedError();
  const after = { phones: edit.contact.phones, emails: edit.contact.emails, address: edit.address };
  const changed = changedParts(storedContact(person, keyring), after);
  if (changed.length === 0) return person;
  const reachable = after.phones.length > 0 || after.emails.length > 0;
  const written = await updatePersonContact(tx, {
    id: person.id,
    version: props.version,
    contact: reachable
      ? encryptField(
          keyring,
          personFields.contact,
          JSON.stringify({ phones: after.phones, emails: after.emails }),
        )
      : null,
    address: after.address === null ? null : encryptField(keyring, personFields.address, after.address),
  });
  if (!written) throw new PersonChangedError();
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'person.update_contact',
    subject: { type: 'person', id: person.id },
    requestId: props.requestId,
    detail: {
      changed,
      phones: after.phones.length,
      emails: after.emails.length,
      address: after.address !== null,
    },
  });
  return requirePerson(tx, person.id);
}
