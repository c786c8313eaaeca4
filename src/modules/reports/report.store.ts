import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { KeyError, type Keyring } from '../../crypto/keyring.ts';

/*
 * Generated report files, encrypted on disk as attachments are (src/modules/attachments/
 * attachment.store.ts): AES-256-GCM under the current key,
 *   "LNDR1" | key id (16 hex chars) | IV (12 bytes) | tag (16 bytes) | ciphertext
 * with the report's id authenticated with the content, in `<attachments dir>/reports/<agency>/<id>`.
 */
const magic = Buffer.from('LNDR1');
const keyIdLength = 16;
const aad = (id: string) => Buffer.from(`report:${id}`);
const fileOf = (dir: string, agencyId: string, id: string) => path.join(dir, 'reports', agencyId, id);

export class ReportFileError extends KeyError {}

export const sha256Of = (content: Buffer) => createHash('sha256').update(content).digest('hex');

export async function storeReportFile(
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

/** Reads, decrypts and checks a report file against the checksum its row recorded. */
export async function loadReportFile(
  dir: string,
  keyring: Keyring,
  file: { agencyId: string; id: string; sha256: string },
): Promise<Buffer> {
  const stored = await readFile(fileOf(dir, file.agencyId, file.id)).catch(() => {
    throw new ReportFileError(`report ${file.id}: the file is missing`);
  });
  if (!stored.subarray(0, magic.length).equals(magic)) {
    throw new ReportFileError(`report ${file.id}: not an encrypted report file`);
  }
  const ivAt = magic.length + keyIdLength;
  const tagAt = ivAt + 12;
  const bodyAt = tagAt + 16;
  const keyId = stored.subarray(magic.length, ivAt).toString();
  const key = keyring.keys.get(keyId);
  if (!key) throw new ReportFileError(`report ${file.id}: encrypted under key ${keyId}, which is not held`);
  const decipher = createDecipheriv('aes-256-gcm', key.material, stored.subarray(ivAt, tagAt));
  decipher.setAAD(aad(file.id));
  decipher.setAuthTag(stored.subarray(tagAt, bodyAt));
  let content: Buffer;
  try {
    content = Buffer.concat([decipher.update(stored.subarray(bodyAt)), decipher.final()]);
  } catch {
    throw new ReportFileError(`report ${file.id}: the file does not decrypt (altered or misplaced)`);
  }
  if (sha256Of(content) !== file.sha256) {
    throw new ReportFileError(`report ${file.id}: the file does not match its recorded checksum`);
  }
  return content;
}
