import type { Keyring } from '../crypto/keyring.ts';
import type { DatabaseKind, Db, Tx } from '../db/db.ts';
import { loadMigrations, type Migration, migrate } from '../db/migrate.ts';
import { fileFrame, RestoredFiles, refuseUnlessNoFiles } from './attachment-files.ts';
import { BackupFileError, BackupRefusedError } from './backup-errors.ts';
import { openBackupFile } from './backup-file.ts';
import { type BackupHeader, backupHeaderSchema } from './backup-header.ts';
import { readCatalog } from './catalog.ts';
import {
  checkDigests,
  checkForeignKeys,
  checkSameTables,
  clearTables,
  loadRows,
  refuseUnlessEmpty,
  restoreSequences,
  switchTriggersOff,
} from './restore-steps.ts';
import { useCanonicalText } from './table-dump.ts';

export interface RestoreReport {
  readonly header: BackupHeader;
  /** Migrations this version of Lindung has beyond the backup's; the next start applies them. */
  readonly pendingMigrations: number;
  /** Keys the restored data is encrypted under that the keyring lacks: the platform would not start. */
  readonly missingKeys: readonly string[];
}

function parseHeader(bytes: Buffer): BackupHeader {
  try {
    return backupHeaderSchema.parse(JSON.parse(bytes.toString('utf8')));
  } catch {
    throw new BackupFileError(
      'backup_file_unsupported',
      'the backup header is not one this version can read',
    );
  }
}

/** Lets `migrate` run inside the restore's transaction, so that a failed restore leaves no schema behind. */
function withinTransaction(kind: DatabaseKind, tx: Tx): Db {
  return { kind, query: tx.query, exec: tx.exec, transaction: (work) => work(tx), close: async () => {} };
}

function checkMigrationVersion(header: BackupHeader, migrations: readonly Migration[]): void {
  const latest = migrations.at(-1)?.version ?? 0;
  if (header.migrationVersion > latest) {
    throw new BackupRefusedError(
      'backup_newer_than_code',
      `the backup's schema is at migration ${header.migrationVersion}, but this version of Lindung ` +
        `knows migrations up to ${latest} only; restore it with a newer version`,
    );
  }
  if (!migrations.some((migration) => migration.version === header.migrationVersion)) {
    throw new BackupRefusedError(
      'backup_migration_unknown',
      `the backup's schema is at migration ${header.migrationVersion}, which this version of Lindung does not have`,
    );
  }
}

async function keysMissingFrom(db: Db, keyring: Keyring): Promise<string[]> {
  const [table] = await db.query<{ exists: boolean }>(
    `select to_regclass('public.encryption_key') is not null as exists`,
  );
  if (!table?.exists) return [];
  const rows = await db.query<{ id: string }>('select id from encryption_key order by id');
  return rows.map((row) => row.id).filter((id) => !keyring.keys.has(id));
}

/**
 * Restores a backup into an empty database, all in one transaction: creates the schema as it was
 * (migrations up to the backup's version), loads every table's rows exactly as they were (audit
 * chain included), and checks foreign keys, row counts and checksums against the backup's header.
 * Any problem — a damaged file, a wrong key, a mismatch — rolls everything back.
 */
export async function restoreBackup(props: {
  db: Db;
  keyring: Keyring;
  file: string;
  /** Where the backup's attachment files go (an empty folder); required when the backup holds files. */
  attachmentsDir?: string;
  migrations?: Migration[];
}): Promise<RestoreReport> {
  const { db, keyring, file } = props;
  const reader = await openBackupFile(file, keyring);
  let restoredFiles: RestoredFiles | undefined;
  try {
    const header = parseHeader(reader.header);
    const migrations = props.migrations ?? (await loadMigrations());
    checkMigrationVersion(header, migrations);
    if (header.files && header.files.length > 0) {
      if (!props.attachmentsDir) {
        throw new BackupRefusedError(
          'attachments_dir_missing',
          'the backup holds attachment files: name a folder for them',
        );
      }
      await refuseUnlessNoFiles(props.attachmentsDir);
      restoredFiles = new RestoredFiles(props.attachmentsDir);
    }
    const files = restoredFiles;
    /** Table frames go to the database; file frames to the attachments folder. */
    async function* tableFrames(): AsyncGenerator<Buffer> {
      for await (const frame of reader.frames()) {
        const carried = fileFrame(frame);
        if (!carried) yield frame;
        else if (!files)
          throw new BackupFileError('backup_file_damaged', 'the backup holds files its header does not list');
        else await files.write(carried);
      }
    }
    await db.transaction(async (tx) => {
      await refuseUnlessEmpty(tx);
      await migrate(
        withinTransaction(db.kind, tx),
        migrations.filter((migration) => migration.version <= header.migrationVersion),
      );
      await useCanonicalText(tx);
      await switchTriggersOff(tx);
      const catalog = await readCatalog(tx);
      checkSameTables(catalog, header);
      await clearTables(tx, catalog);
      await loadRows(tx, catalog, tableFrames());
      await files?.check(header.files ?? []);
      await restoreSequences(tx, header.sequences);
      await tx.query('set local session_replication_role = origin');
      await checkForeignKeys(tx, catalog.foreignKeys);
      await checkDigests(tx, catalog, header);
    });
    restoredFiles = undefined; // committed: the files stay
    return {
      header,
      pendingMigrations: migrations.filter((migration) => migration.version > header.migrationVersion).length,
      missingKeys: await keysMissingFrom(db, keyring),
    };
  } finally {
    await restoredFiles?.removeAll();
    await reader.close();
  }
}
