import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../audit/audit.ts';
import { NotFoundError, ValidationError } from '../../shared/errors.ts';
import { requirePerson } from '../persons/index.ts';
import type { FileCommandProps } from './attachment.commands.ts';
import { loadAttachment, sha256Of, storeAttachment } from './attachment.store.ts';
import { sniffMediaType } from './attachment.types.ts';
import { findCurrentPersonPhoto, insertPersonPhoto, type PersonPhotoRow } from './person-photo.repo.ts';

/** Largest photo accepted: a phone's photo, not a scan. */
export const maxPhotoBytes = 10 * 1024 * 1024;
const photoTypes: ReadonlySet<string> = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/heic']);

/**
 * Sets a person's photo: an image, found so from its content; encrypted on disk before its row is
 * written. The earlier photo is kept but no longer shown.
 */
export async function addPersonPhoto(
  props: FileCommandProps & { personId: string; content: Buffer },
): Promise<PersonPhotoRow> {
  const { tx, actor, content } = props;
  const person = await requirePerson(tx, props.personId);
  if (content.length === 0)
    throw new ValidationError([{ code: 'file_empty', field: 'file', message: 'is empty' }]);
  if (content.length > maxPhotoBytes) {
    throw new ValidationError([
      { code: 'photo_too_large', field: 'file', message: `is larger than ${maxPhotoBytes / 1024 / 1024} MB` },
    ]);
  }
  const mediaType = await sniffMediaType(content);
  if (!photoTypes.has(mediaType)) {
    throw new ValidationError([
      {
        code: 'photo_not_image',
        field: 'file',
        message: `is not a photo (${mediaType}); send a JPEG, PNG, WebP or HEIC image`,
      },
    ]);
  }
  const id = randomUUID();
  await storeAttachment(props.attachmentsDir, props.keyring, { agencyId: actor.agencyId, id, content });
  const row = await insertPersonPhoto(tx, {
    id,
    person_id: person.id,
    agency_id: actor.agencyId,
    media_type: mediaType,
    size_bytes: content.length,
    sha256: sha256Of(content),
    uploaded_by: actor.userId,
  });
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'person.set_photo',
    subject: { type: 'person', id: person.id },
    requestId: props.requestId,
    detail: { photoId: id, mediaType, sizeBytes: content.length },
  });
  return row;
}

/** The person's current photo, checked against its hash; the download is audited. */
export async function downloadPersonPhoto(
  props: FileCommandProps & { personId: string; reason?: string | undefined },
): Promise<{ row: PersonPhotoRow; content: Buffer }> {
  const { tx, actor } = props;
  const person = await requirePerson(tx, props.personId);
  const row = await findCurrentPersonPhoto(tx, person.id);
  if (!row) throw new NotFoundError('photo');
  const content = await loadAttachment(props.attachmentsDir, props.keyring, {
    agencyId: row.agency_id,
    id: row.id,
    sha256: row.sha256,
  });
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'person.download_photo',
    subject: { type: 'person', id: person.id },
    reason: props.reason,
    requestId: props.requestId,
    detail: { photoId: row.id },
  });
  return { row, content };
}
