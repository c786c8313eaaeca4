import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../audit/audit.ts';
import { decryptField, encryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import { ValidationError } from '../../shared/errors.ts';
import { recordCaseEvent, workableCase } from '../cases/index.ts';
import { type AttachmentRow, insertAttachment, requireAttachment } from './attachment.repo.ts';
import { loadAttachment, sha256Of, storeAttachment } from './attachment.store.ts';
import { sniffMediaType } from './attachment.types.ts';

export const attachmentNameContext = 'case_attachment.file_name';

export interface FileCommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly keyring: Keyring;
  readonly attachmentsDir: string;
  readonly requestId: string;
}

/**
 * Marks that reorder the text around them: "photo\u202egpj.exe" shows as "photoexe.jpg". A file
 * name keeps the letters of any script and loses these.
 */
const bidiControls = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** A file name as shown and sent back: no path, no control or reordering characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const printable = [...base].filter((char) => {
    const code = char.codePointAt(0) ?? 0;
    return code >= 0x20 && code !== 0x7f && !bidiControls.test(char);
  });
  return printable.join('').trim().slice(0, 200) || 'attachment';
}

/**
 * Adds a file to an open case: its type is found from its content and must be accepted; the file
 * is encrypted on disk before the row is written, so a committed row always has its file.
 */
export async function addAttachment(
  props: FileCommandProps & { caseId: string; fileName: string; content: Buffer },
): Promise<AttachmentRow> {
  const { tx, actor, keyring, content } = props;
  const found = await workableCase(tx, props.caseId);
  if (content.length === 0)
    throw new ValidationError([{ code: 'file_empty', field: 'file', message: 'is empty' }]);
  const mediaType = await sniffMediaType(content);
  const id = randomUUID();
  await storeAttachment(props.attachmentsDir, keyring, { agencyId: actor.agencyId, id, content });
  const row = await insertAttachment(tx, {
    id,
    case_id: found.id,
    agency_id: actor.agencyId,
    file_name: encryptField(keyring, attachmentNameContext, cleanFileName(props.fileName)),
    media_type: mediaType,
    size_bytes: content.length,
    sha256: sha256Of(content),
    uploadedBy: actor.userId,
  });
  await recordCaseEvent(tx, {
    caseId: found.id,
    agencyId: actor.agencyId,
    actorUserId: actor.userId,
    kind: 'case.attachment_added',
    detail: { attachmentId: id, mediaType, sizeBytes: content.length },
  });
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'case.add_attachment',
    subject: { type: 'attachment', id },
    requestId: props.requestId,
    detail: { caseId: found.id, mediaType, sizeBytes: content.length },
  });
  return row;
}

/** Reads an attachment's file for download, checks it against its hash, and audits the download. */
export async function downloadAttachment(
  props: FileCommandProps & { attachmentId: string; reason?: string | undefined },
): Promise<{ row: AttachmentRow; fileName: string; content: Buffer }> {
  const { tx, actor, keyring } = props;
  const row = await requireAttachment(tx, props.attachmentId);
  const content = await loadAttachment(props.attachmentsDir, keyring, {
    agencyId: row.agency_id,
    id: row.id,
    sha256: row.sha256,
  });
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'case.download_attachment',
    subject: { type: 'attachment', id: row.id },
    reason: props.reason,
    requestId: props.requestId,
    detail: { caseId: row.case_id },
  });
  return { row, fileName: decryptField(keyring, attachmentNameContext, row.file_name), content };
}
