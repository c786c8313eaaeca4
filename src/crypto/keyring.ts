import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../shared/errors.ts';

/** A missing, malformed or wrong encryption key. The platform refuses to start with one. */
export class KeyError extends AppError {
  constructor(message: string) {
    super('encryption_key_invalid', 500, message);
  }
}

export interface EncryptionKey {
  /** Derived from the key itself, stored beside every value it encrypts. */
  readonly id: string;
  readonly material: Buffer;
}

/** The keys the platform holds: the current one encrypts, any of them decrypts. */
export interface Keyring {
  readonly current: EncryptionKey;
  readonly keys: ReadonlyMap<string, EncryptionKey>;
  /** Where the keys came from, for messages (never the keys themselves). */
  readonly source: string;
  /** The key file, when keys come from one (a rotation writes the new key there). */
  readonly file: string | undefined;
}

export function keyId(material: Buffer): string {
  return createHash('sha256').update('lindung key id\0').update(material).digest('hex').slice(0, 16);
}

export function generateKeyText(): string {
  return randomBytes(32).toString('base64');
}

/** Parses keys written as base64, one per line or comma-separated, newest (current) first. */
export function parseKeys(text: string, source: string, file?: string): Keyring {
  const entries = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .flatMap((line) => line.split(','))
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) throw new KeyError(`${source} holds no key`);
  const keys = new Map<string, EncryptionKey>();
  for (const [index, entry] of entries.entries()) {
    const material = Buffer.from(entry, 'base64');
    if (material.length !== 32 || !/^[A-Za-z0-9+/_-]+=*$/.test(entry)) {
      throw new KeyError(
        `${source}: key ${index + 1} is not 32 bytes of base64 (make one with: lindung keys generate)`,
      );
    }
    keys.set(keyId(material), { id: keyId(material), material });
  }
  const current = keys.values().next().value as EncryptionKey;
  return { current, keys, source, file };
}

export interface KeySource {
  readonly inline: string | undefined;
  readonly file: string | undefined;
}

export interface DefaultKeyFile {
  /** The folder of the development key file (`lindung.key`), used when no key is configured. */
  readonly folder: string;
  /** Whether to create the file when it does not exist yet (the server's first start). */
  readonly create: boolean;
}

/**
 * Loads the keyring from `LINDUNG_KEY` or `LINDUNG_KEY_FILE`. When neither is set and a default
 * key file is allowed (development), the key file in the data folder is used, and created once if
 * `create` says so.
 */
export async function loadKeyring(
  source: KeySource,
  options: { defaultFile?: DefaultKeyFile; warn?: (message: string) => void } = {},
): Promise<Keyring> {
  if (source.inline) return parseKeys(source.inline, 'LINDUNG_KEY');
  if (source.file) return parseKeys(await readKeyFile(source.file), 'LINDUNG_KEY_FILE', source.file);
  const missing = 'no encryption key: set LINDUNG_KEY or LINDUNG_KEY_FILE';
  if (!options.defaultFile) throw new KeyError(missing);
  const file = path.join(options.defaultFile.folder, 'lindung.key');
  const existing = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (existing !== undefined) return parseKeys(existing, file, file);
  if (!options.defaultFile.create) throw new KeyError(`${missing} (there is no ${file} either)`);
  options.warn?.(
    `No LINDUNG_KEY or LINDUNG_KEY_FILE set: generated an encryption key in ${file}. ` +
      'Keep it safe and apart from backups of the database; without it the encrypted fields cannot be read.',
  );
  await writeKeyFile(file, [generateKeyText()]);
  return parseKeys(await readFile(file, 'utf8'), file, file);
}

async function readKeyFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new KeyError(`LINDUNG_KEY_FILE ${file} cannot be read (${code ?? 'unknown error'})`);
  }
}

/** Writes keys (current first) atomically, readable by the owner only. */
export async function writeKeyFile(file: string, keys: readonly string[]): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const text = `# Lindung encryption keys, newest first. Never commit or share this file.\n${keys.join('\n')}\n`;
  await writeFile(temporary, text, { mode: 0o600 });
  await rename(temporary, file);
}
