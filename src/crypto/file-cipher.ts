import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import type { Keyring } from './keyring.ts';

/*
 * Files on disk encrypted with AES-256-GCM under the keyring's current key:
 *   magic (5 bytes, the kind of file) | key id (16 hex chars) | IV (12 bytes) | tag (16 bytes) | ciphertext
 * The record's own name (`aad`, e.g. `case_attachment:<id>`) is authenticated with the content,
 * so a file moved to another record's name does not decrypt. Attachments and generated reports
 * are stored so; their stores say where and under which names.
 */
const keyIdLength = 16;
const ivLength = 12;
const tagLength = 16;

/** What kind of file, and whose: checked on every read. */
export interface FileSeal {
  /** Five ASCII bytes at the start of the file, e.g. `LNDA1`. */
  readonly magic: string;
  /** The record the content belongs to, authenticated with it. */
  readonly aad: string;
}

export function sha256Of(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Encrypts and writes the file, durably (fsync) and atomically (rename), before its row is committed. */
export async function writeEncryptedFile(
  target: string,
  keyring: Keyring,
  seal: FileSeal,
  content: Buffer,
): Promise<void> {
  const iv = randomBytes(ivLength);
  const cipher = createCipheriv('aes-256-gcm', keyring.current.material, iv);
  cipher.setAAD(Buffer.from(seal.aad));
  const ciphertext = Buffer.concat([cipher.update(content), cipher.final()]);
  await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
  const temporary = `${target}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(
      Buffer.concat([
        Buffer.from(seal.magic),
        Buffer.from(keyring.current.id),
        iv,
        cipher.getAuthTag(),
        ciphertext,
      ]),
    );
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, target);
}

/** Why a stored file cannot be given back; the store turns it into its own error. */
export type FileProblem =
  | 'missing'
  | 'not_encrypted'
  | { readonly keyNotHeld: string }
  | 'does_not_decrypt'
  | 'checksum_mismatch';

/**
 * Reads, decrypts and checks a file against the checksum its row recorded. A missing, altered
 * or misplaced file is reported through `fail`, which must throw.
 */
export async function readEncryptedFile(
  source: string,
  keyring: Keyring,
  seal: FileSeal & { readonly sha256: string },
  fail: (problem: FileProblem) => never,
): Promise<Buffer> {
  const stored = await readFile(source).catch(() => fail('missing'));
  const magic = Buffer.from(seal.magic);
  if (!stored.subarray(0, magic.length).equals(magic)) fail('not_encrypted');
  const ivAt = magic.length + keyIdLength;
  const tagAt = ivAt + ivLength;
  const bodyAt = tagAt + tagLength;
  const keyId = stored.subarray(magic.length, ivAt).toString();
  const key = keyring.keys.get(keyId) ?? fail({ keyNotHeld: keyId });
  const decipher = createDecipheriv('aes-256-gcm', key.material, stored.subarray(ivAt, tagAt));
  decipher.setAAD(Buffer.from(seal.aad));
  decipher.setAuthTag(stored.subarray(tagAt, bodyAt));
  let content: Buffer;
  try {
    content = Buffer.concat([decipher.update(stored.subarray(bodyAt)), decipher.final()]);
  } catch {
    fail('does_not_decrypt');
  }
  if (sha256Of(content) !== seal.sha256) fail('checksum_mismatch');
  return content;
}

/** A file problem in words, for an operator's error message (never the content). */
export function describeFileProblem(problem: FileProblem): string {
  if (typeof problem === 'object') return `encrypted under key ${problem.keyNotHeld}, which is not held`;
  return {
    missing: 'the file is missing',
    not_encrypted: 'not an encrypted file of this kind',
    does_not_decrypt: 'the file does not decrypt (altered or misplaced)',
    checksum_mismatch: 'the file does not match its recorded checksum',
  }[problem];
}
