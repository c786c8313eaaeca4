import path from 'node:path';
import { restoreBackup } from '../backup/index.ts';
import { loadConfig } from '../config.ts';
import { type CliContext, parseCommandLine, say, UsageError, warn } from './command.ts';
import { describeDatabase, withDatabase } from './database.ts';
import { loadCliKeyring } from './keyring.ts';

const usage = `
Usage: lindung restore <file>

Restores a backup made by "lindung backup" into an EMPTY database (a new LINDUNG_DATA_DIR, or a
new PostgreSQL database in DATABASE_URL) and its attachment files into an empty
LINDUNG_ATTACHMENTS_DIR, from PGlite or PostgreSQL into either. In one
transaction it creates the schema as it was in the backup, loads every row exactly (the audit
log keeps its hash chain), and checks each table's row count and checksum against the backup.
Any problem rolls everything back. Needs the key the backup was made with in LINDUNG_KEY or the
key file, and a PostgreSQL superuser (PGlite's user is one).

Options:
  -h, --help   show this text`;

/** `lindung restore <file>`: restores a backup into an empty database and checks it table by table. */
export async function runRestore(args: string[], context: CliContext): Promise<number> {
  const parsed = parseCommandLine(context, usage, { args, allowPositionals: true });
  if (!parsed) return 0;
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) throw new UsageError('restore needs exactly one file name');
  const config = loadConfig(context.env);
  const keyring = await loadCliKeyring(config, context, { create: false });
  const report = await withDatabase(config, { migrated: false }, (db) =>
    restoreBackup({ db, keyring, file: path.resolve(file), attachmentsDir: config.attachmentsDir }),
  );
  const { header } = report;
  say(
    context,
    `restored ${file} (made ${header.createdAt} from ${header.databaseKind}) into ${describeDatabase(config)}`,
  );
  for (const table of header.tables)
    say(
      context,
      `  ${table.name.padEnd(24)} ${table.rows} row${table.rows === 1 ? '' : 's'}, checksum matches`,
    );
  say(context, `  ${header.files?.length ?? 0} attachment files, sizes and checksums match`);
  if (report.pendingMigrations > 0) {
    say(
      context,
      `${report.pendingMigrations} newer migration(s) will be applied at the next start (or: lindung migrate)`,
    );
  }
  if (report.missingKeys.length > 0) {
    warn(
      context,
      `warning: the restored data is also encrypted under key(s) ${report.missingKeys.join(', ')}, which ` +
        `${keyring.source} does not hold; Lindung will not start until they are added`,
    );
  }
  return 0;
}
