import { rm } from 'node:fs/promises';
import path from 'node:path';
import { describeFileProblem, readEncryptedFile, writeEncryptedFile } from '../../crypto/file-cipher.ts';
import { KeyError, type Keyring } from '../../crypto/keyring.ts';

export { sha256Of } from '../../crypto/file-cipher.ts';

/*
 * Attachment files (a case's files, a person's photo, a plan report's evidence) on disk as
 * `<attachments dir>/<agency>/<id>`, encrypted (src/crypto/file-cipher.ts) with the magic `LNDA1`
 * and the attachment's id authenticated with the content.
 */
const fileOf = (dir: string, agencyId: string, id: string) => path.join(dir, agencyId, id);
const sealOf = (id: string) => ({ magic: 'LNDA1', aad: `case_attachment:${id}` });

export class AttachmentFileError extends KeyError {}

/** Encrypts and writes the file, durably and atomically, before its row is committed. */
export async function storeAttachment(
  dir: string,
  keyring: Keyring,
  file: { agencyId: string; id: string; content: Buffer },
): Promise<void> {
  await writeEncryptedFile(fileOf(dir, file.agencyId, file.id), keyring, sealOf(file.id), file.content);
}

/** Removes a stored file (an erased record's); a file already gone is fine, so this may run twice. */
export async function removeAttachmentFile(
  dir: string,
  file: { agencyId: string; id: string },
): Promise<void> {
  await rm(fileOf(dir, file.agencyId, file.id), { force: true });
}

/**
 * Reads and decrypts a stored file and checks it against the checksum its row recorded; a missing,
 * altered or misplaced file is an error.
 */
export function loadAttachment(
  dir: string,
  keyring: Keyring,
  file: { agencyId: string; id: string; sha256: string },
): Promise<Buffer> {
  return readEncryptedFile(
    fileOf(dir, file.agencyId, file.id),
    keyring,
    { ...sealOf(file.id), sha256: file.sha256 },
    (problem) => {
      throw new AttachmentFileError(`attachment ${file.id}: ${describeFileProblem(problem)}`);
    },
  );
}
