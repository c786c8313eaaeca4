import { readFile } from 'node:fs/promises';
import { loadConfig } from '../config.ts';
import { checkKeys } from '../crypto/key-check.ts';
import { generateKeyText, type Keyring, parseKeys, writeKeyFile } from '../crypto/keyring.ts';
import { type RotationReport, reencryptAll } from '../crypto/rotate.ts';
import type { Db } from '../db/db.ts';
import { type CliContext, parseCommandLine, say } from './command.ts';
import { withDatabase } from './database.ts';
import { loadCliKeyring } from './keyring.ts';

const generateUsage = `
Usage: lindung keys generate

Prints a new random encryption key (32 bytes, base64) for LINDUNG_KEY or a key file.

Options:
  -h, --help   show this text`;

/** `lindung keys generate`: prints a new key. */
export async function runKeysGenerate(args: string[], context: CliContext): Promise<number> {
  if (!parseCommandLine(context, generateUsage, { args })) return 0;
  say(context, generateKeyText());
  return 0;
}

const rotateUsage = `
Usage: lindung keys rotate

Moves every encrypted field to a new key, in one transaction.
  With a key file (LINDUNG_KEY_FILE, or the generated data/lindung.key in development): writes a
  new key first in the file, keeping the old ones after it, then re-encrypts under it.
  With LINDUNG_KEY: re-encrypts under its first key. Put a new key (lindung keys generate) first
  in LINDUNG_KEY, keeping the old ones after it, then run this.
Keep old keys as long as you keep backups made under them. Restart every Lindung process
afterwards, so that each loads the new key.

Options:
  -h, --help   show this text`;

function printReport(context: CliContext, report: RotationReport): void {
  say(context, `re-encrypted under key ${report.keyId}:`);
  for (const [column, count] of Object.entries(report.reencrypted)) {
    say(context, `  ${column}: ${count} value${count === 1 ? '' : 's'}`);
  }
  say(context, 'restart every Lindung process now, so that each loads the new key');
}

async function recordedKeyIds(db: Db): Promise<string[]> {
  const rows = await db.query<{ id: string }>('select id from encryption_key');
  return rows.map((row) => row.id);
}

/** Adds a new key first in the key file and re-encrypts everything under it. */
async function rotateInFile(context: CliContext, db: Db, keyring: Keyring, file: string): Promise<void> {
  const keys = [...keyring.keys.values()].map((key) => key.material.toString('base64'));
  await writeKeyFile(file, [generateKeyText(), ...keys]);
  const rotated = parseKeys(await readFile(file, 'utf8'), keyring.source, file);
  say(context, `added key ${rotated.current.id} first in ${file} (the old keys stay after it)`);
  printReport(context, await reencryptAll(db, rotated));
}

/** `lindung keys rotate`: re-encrypts every encrypted field under a new (key file) or the first (LINDUNG_KEY) key. */
export async function runKeysRotate(args: string[], context: CliContext): Promise<number> {
  if (!parseCommandLine(context, rotateUsage, { args })) return 0;
  const config = loadConfig(context.env);
  const keyring = await loadCliKeyring(config, context, { create: false });
  await withDatabase(config, { migrated: true }, async (db) => {
    const recorded = await recordedKeyIds(db);
    // Proves first that the keyring opens everything: a rotation must never strand data.
    await checkKeys(db, keyring);
    if (keyring.file) return rotateInFile(context, db, keyring, keyring.file);
    if (recorded.every((id) => id === keyring.current.id)) {
      say(
        context,
        `all encrypted data is already under the current key ${keyring.current.id}; to rotate, ` +
          'put a new key (lindung keys generate) first in LINDUNG_KEY, keep the old ones after it, and run this again',
      );
      return;
    }
    printReport(context, await reencryptAll(db, keyring));
  });
  return 0;
}
