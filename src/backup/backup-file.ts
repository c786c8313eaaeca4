import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { type FileHandle, open, rename, rm } from 'node:fs/promises';
import { z } from 'zod';
import type { EncryptionKey, Keyring } from '../crypto/keyring.ts';
import { BackupFileError } from './backup-errors.ts';

/*
 * The file, byte by byte:
 *
 *   envelope   one line of JSON, in clear: format, version, cipher, the key's id and a random salt
 *   frame 0    the header (tables, row counts, checksums), encrypted; written last, in place
 *   frame 1…n  table data, encrypted, one batch of rows each
 *   end frame  empty, marked final, so that a cut-off file is told apart from a complete one
 *
 * A frame is a 4-byte big-endian ciphertext length, the AES-256-GCM ciphertext and its 16-byte tag.
 * Each backup has its own key, derived with HKDF from the keyring's current key and the salt, so
 * the frame's position can be the nonce (never reused under one key). The nonce also marks the
 * final frame, and every frame authenticates the envelope: a reordered, removed, appended or
 * altered frame, or an edited envelope, fails authentication.
 */

const format = 'lindung-backup';
const version = 1;
const tagLength = 16;
const maxFrameLength = 256 * 1024 * 1024;
const hkdfInfo = 'lindung backup v1';

const envelopeSchema = z.object({
  format: z.literal(format),
  version: z.literal(version),
  cipher: z.literal('aes-256-gcm'),
  kdf: z.literal('hkdf-sha256'),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  salt: z.base64(),
});

export interface BackupFileWriter {
  /** Appends one frame of table data. */
  writeFrame(plaintext: Buffer): Promise<void>;
  /** Writes the end frame and the header, then moves the file into place. */
  finish(header: Buffer): Promise<void>;
  /** Removes the unfinished file. */
  abort(): Promise<void>;
}

export interface BackupFileReader {
  /** The decrypted header frame. */
  readonly header: Buffer;
  /** The id of the key the backup was made with. */
  readonly keyId: string;
  /** The data frames in order; throws if the file was cut off, altered or has extra bytes. */
  frames(): AsyncGenerator<Buffer>;
  close(): Promise<void>;
}

function backupKey(key: EncryptionKey, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', key.material, salt, hkdfInfo, 32));
}

function nonce(index: number, final: boolean): Buffer {
  const bytes = Buffer.alloc(12);
  bytes.writeBigUInt64BE(BigInt(index), 0);
  bytes[11] = final ? 1 : 0;
  return bytes;
}

function seal(key: Buffer, envelope: Buffer, index: number, final: boolean, plaintext: Buffer): Buffer {
  const cipher = createCipheriv('aes-256-gcm', key, nonce(index, final));
  cipher.setAAD(envelope);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(ciphertext.length);
  return Buffer.concat([length, ciphertext, cipher.getAuthTag()]);
}

/**
 * Starts a backup file at `file` (refusing to overwrite one). The data goes to a temporary file
 * beside it that becomes `file` only when complete. `headerCapacity` bytes are kept for the
 * header, whose counts and checksums are known only at the end.
 */
export async function createBackupFile(props: {
  file: string;
  keyring: Keyring;
  headerCapacity: number;
}): Promise<BackupFileWriter> {
  const { file, keyring, headerCapacity } = props;
  const existing = await open(file, 'r').catch(() => undefined);
  if (existing) {
    await existing.close();
    throw new BackupFileError('backup_file_exists', `${file} already exists; choose a new file name`);
  }
  const temporary = `${file}.partial`;
  const handle = await open(temporary, 'wx', 0o600).catch((error: NodeJS.ErrnoException) => {
    throw new BackupFileError(
      'backup_file_unwritable',
      `cannot create ${temporary} (${error.code ?? error.message})`,
    );
  });
  const salt = randomBytes(16);
  const key = backupKey(keyring.current, salt);
  const envelope = Buffer.from(
    `${JSON.stringify({
      format,
      version,
      cipher: 'aes-256-gcm',
      kdf: 'hkdf-sha256',
      keyId: keyring.current.id,
      salt: salt.toString('base64'),
    })}\n`,
  );
  const headerFrameLength = 4 + headerCapacity + tagLength;
  let position = 0;
  const append = async (bytes: Buffer) => {
    await handle.write(bytes, 0, bytes.length, position);
    position += bytes.length;
  };
  await append(envelope);
  const headerPosition = position;
  position += headerFrameLength;
  let index = 1;
  return {
    async writeFrame(plaintext) {
      await append(seal(key, envelope, index, false, plaintext));
      index += 1;
    },
    async finish(header) {
      if (header.length > headerCapacity) throw new Error('the backup header outgrew its reserved space');
      await append(seal(key, envelope, index, true, Buffer.alloc(0)));
      const padded = Buffer.concat([header, Buffer.alloc(headerCapacity - header.length, ' ')]);
      await handle.write(seal(key, envelope, 0, false, padded), 0, headerFrameLength, headerPosition);
      await handle.sync();
      await handle.close();
      await rename(temporary, file);
    },
    async abort() {
      await handle.close().catch(() => {});
      await rm(temporary, { force: true });
    },
  };
}

async function readExactly(handle: FileHandle, length: number, position: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

const damaged = (detail: string) =>
  new BackupFileError(
    'backup_file_damaged',
    `the backup file is damaged or was altered (${detail}); it cannot be restored`,
  );

async function readEnvelope(handle: FileHandle, file: string): Promise<Buffer> {
  const start = await readExactly(handle, 4096, 0);
  const end = start.indexOf('\n');
  const notBackup = new BackupFileError('backup_file_unknown', `${file} is not a Lindung backup file`);
  if (end < 0) throw notBackup;
  try {
    const parsed = JSON.parse(start.subarray(0, end).toString('utf8')) as { format?: unknown };
    if (parsed.format !== format) throw notBackup;
  } catch {
    throw notBackup;
  }
  return start.subarray(0, end + 1);
}

/**
 * Opens a backup file: reads the envelope, finds the backup's key in the keyring (any key it
 * holds, so backups made before a rotation stay readable) and decrypts the header.
 */
export async function openBackupFile(file: string, keyring: Keyring): Promise<BackupFileReader> {
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new BackupFileError(
      'backup_file_unreadable',
      `cannot read ${file} (${error.code ?? error.message})`,
    );
  });
  try {
    const envelope = await readEnvelope(handle, file);
    const parsed = envelopeSchema.safeParse(JSON.parse(envelope.toString('utf8')));
    if (!parsed.success) {
      throw new BackupFileError(
        'backup_file_unsupported',
        `${file} is a Lindung backup in a format this version cannot read`,
      );
    }
    const { keyId, salt } = parsed.data;
    const encryptionKey = keyring.keys.get(keyId);
    if (!encryptionKey) {
      throw new BackupFileError(
        'backup_key_missing',
        `the backup was encrypted under key ${keyId}, which ${keyring.source} does not hold; ` +
          'restore with the key that was current when the backup was made',
      );
    }
    const key = backupKey(encryptionKey, Buffer.from(salt, 'base64'));
    let position = envelope.length;
    let index = 0;
    const next = async (): Promise<{ plaintext: Buffer; final: boolean } | undefined> => {
      const length = await readExactly(handle, 4, position);
      if (length.length === 0) return undefined;
      if (length.length < 4) throw damaged(`frame ${index} is cut off`);
      const size = length.readUInt32BE();
      if (size > maxFrameLength) throw damaged(`frame ${index} has an impossible length`);
      const body = await readExactly(handle, size + tagLength, position + 4);
      if (body.length < size + tagLength) throw damaged(`frame ${index} is cut off`);
      const ciphertext = body.subarray(0, size);
      const tag = body.subarray(size);
      for (const final of [false, true]) {
        try {
          const decipher = createDecipheriv('aes-256-gcm', key, nonce(index, final));
          decipher.setAAD(envelope);
          decipher.setAuthTag(tag);
          const plaintext = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
          position += 4 + size + tagLength;
          index += 1;
          return { plaintext, final };
        } catch {
          // Not this reading of the final flag; the other one is tried before giving up.
        }
      }
      throw damaged(index === 0 ? 'its header fails authentication' : `frame ${index} fails authentication`);
    };
    const headerFrame = await next();
    if (!headerFrame || headerFrame.final) throw damaged('it has no header');
    return {
      header: headerFrame.plaintext,
      keyId,
      async *frames() {
        for (;;) {
          const frame = await next();
          if (!frame) throw damaged('it is cut off before its end');
          if (frame.final) {
            if ((await readExactly(handle, 1, position)).length > 0)
              throw damaged('it has bytes after its end');
            return;
          }
          yield frame.plaintext;
        }
      },
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
