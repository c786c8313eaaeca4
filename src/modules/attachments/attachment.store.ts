import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { KeyError, type Keyring } from '../../crypto/keyring.ts';

/*
 * Attachment files on disk, each encrypted with AES-256-GCM under the current key:
 *   "LNDA1" | key id (16 hex chars) | IV (12 bytes) | tag (16 bytes) | ciphertext
 * The attachment's id is authenticated with the content, so a file moved to another record's
 * name does not decrypt.
 */
const magic = Buffer.from('LNDA1');
const keyIdLength = 16;

function fileOf(dir: string, agencyId: string, id: string): string {
  return path.join(dir, agencyId, id);
}

const aad = (id: string) => Buffer.from(`case_attachment:${id}`);

/** Encrypts and writes the file, durably (fsync) and atomically (rename), before its row is committed. */
export async function storeAttachment(
  dir: string,
  keyring: Keyring,
  file: { agencyId: string; id: string; content: Buffer },
): Promise<void> {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyring.current.material, iv);
  cipher.setAAD(aad(file.id));
  const ciphertext = Buffer.concat([cipher.update(file.content), cipher.final()]);
  const target = fileOf(dir, file.agencyId, file.id);
  await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
  const temporary = `${target}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(
      Buffer.concat([magic, Buffer.from(keyring.current.id), iv, cipher.getAuthTag(), ciphertext]),
    );
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, target);
}

/** Removes a stored file (an erased record's); a file already gone is fine, so this may run twice. */
export async function removeAttachmentFile(
  dir: string,
  file: { agencyId: string; id: string },
): Promise<void> {
  await rm(fileOf(dir, file.agencyId, file.id), { force: true });
}

export class AttachmentFileError extends KeyError {}

export function sha256Of(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * Reads and decrypts a stored file and checks it against the checksum its row recorded; a missing,
 * altered or misplaced file is an error.
 */
export async function loadAttachment(
  dir: string,
  keyring: Keyring,
  file: { agencyId: string; id: string; sha256: string },
): Promise<Buffer> {
  const content = await decryptStored(dir, keyring, file);
  if (sha256Of(content) !== file.sha256) {
    throw new AttachmentFileError(`attachment ${file.id}: the file does not match its recorded checksum`);
  }
  return content;
}

async function decryptStored(dir: string, keyring: Keyring, file: { agencyId: string; id: string }) {
  const stored = await readFile(fileOf(dir, file.agencyId, file.id)).catch(() => {
    throw new AttachmentFileError(`attachment ${file.id}: the file is missing from the attachments folder`);
  });
  if (!stored.subarray(0, magic.length).equals(magic)) {
    throw new AttachmentFileError(`attachment ${file.id}: not an encrypted attachment file`);
  }
  const ivAt = magic.length + keyIdLength;
  const tagAt = ivAt + 12;
  const bodyAt = tagAt + 16;
  const keyId = stored.subarray(magic.length, ivAt).toString();
  const iv = stored.subarray(ivAt, tagAt);
  const tag = stored.subarray(tagAt, bodyAt);
  const key = keyring.keys.get(keyId);
  if (!key)
    throw new AttachmentFileError(`attachment ${file.id}: encrypted under key ${keyId}, which is not held`);
  const decipher = createDecipheriv('aes-256-gcm', key.material, iv);
  decipher.setAAD(aad(file.id));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(stored.subarray(bodyAt)), decipher.final()]);
  } catch {
    throw new AttachmentFileError(`attachment ${file.id}: the file does not decrypt (altered or misplaced)`);
  }
}
