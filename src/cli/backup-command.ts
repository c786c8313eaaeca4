import path from 'node:path';
import { createBackup } from '../backup/index.ts';
import { loadConfig } from '../config.ts';
import { type CliContext, parseCommandLine, say, UsageError } from './command.ts';
import { describeDatabase, withDatabase } from './database.ts';
import { loadCliKeyring } from './keyring.ts';

const usage = `
Usage: lindung backup <file>

Writes every table of the database (schema version, audit log and all) to <file>, from one
consistent snapshot, and the attachment files its rows refer to (LINDUNG_ATTACHMENTS_DIR, as
stored), encrypted with AES-256-GCM under a key derived from the current encryption
key. The file holds each table's row count and checksum, which restore checks. It cannot be read
without that key: keep the key safe, and apart from the backups. Refuses to overwrite a file.

Options:
  -h, --help   show this text`;

/** `lindung backup <file>`: writes an encrypted backup of the whole database. */
export async function runBackup(args: string[], context: CliContext): Promise<number> {
  const parsed = parseCommandLine(context, usage, { args, allowPositionals: true });
  if (!parsed) return 0;
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) throw new UsageError('backup needs exactly one file name');
  const config = loadConfig(context.env);
  const keyring = await loadCliKeyring(config, context, { create: false });
  const header = await withDatabase(config, { migrated: false }, (db) =>
    createBackup({ db, keyring, file: path.resolve(file), attachmentsDir: config.attachmentsDir }),
  );
  const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
  say(context, `backed up ${describeDatabase(config)} to ${file}`);
  say(
    context,
    `  ${header.tables.length} tables, ${rows} rows, schema at migration ${header.migrationVersion}, ` +
      `${header.files?.length ?? 0} attachment files, encrypted under key ${keyring.current.id}`,
  );
  return 0;
}
