import type { Keyring } from '../crypto/keyring.ts';
import type { Db, Queryable } from '../db/db.ts';
import { listAttachmentFiles, writeAttachmentFrames } from './attachment-files.ts';
import { BackupRefusedError } from './backup-errors.ts';
import { createBackupFile } from './backup-file.ts';
import { type BackupHeader, encodeHeader, headerCapacity } from './backup-header.ts';
import { qualified, readCatalog } from './catalog.ts';
import { dumpTable, useCanonicalText } from './table-dump.ts';

/** The last migration applied to a database; refuses one that was never migrated. */
export async function appliedMigrationVersion(db: Queryable): Promise<number> {
  const [table] = await db.query<{ exists: boolean }>(
    `select to_regclass('public.schema_migration') is not null as exists`,
  );
  if (!table?.exists) {
    throw new BackupRefusedError(
      'database_not_migrated',
      'the database has no schema yet: nothing to back up',
    );
  }
  const [row] = await db.query<{ version: number }>(
    'select coalesce(max(version), 0)::int as version from schema_migration',
  );
  return row?.version ?? 0;
}

/** Where each sequence stands, so that a restored one hands out the next number, not an old one. */
export async function readSequences(
  db: Queryable,
  names: readonly string[],
): Promise<BackupHeader['sequences']> {
  const sequences: BackupHeader['sequences'] = [];
  for (const name of names) {
    const [row] = await db.query<{ lastValue: string; isCalled: boolean }>(
      `select last_value::text as "lastValue", is_called as "isCalled" from ${qualified(name)}`,
    );
    if (row) sequences.push({ name, ...row });
  }
  return sequences;
}

/** One frame of table data: the table's name (as JSON) on the first line, then one row a line. */
export function encodeBatch(table: string, rows: readonly string[]): Buffer {
  return Buffer.from(`${JSON.stringify(table)}\n${rows.join('\n')}`);
}

/**
 * Writes every table of the public schema — schema_migration and the audit log included, so
 * that a restore gives an identical database — to an encrypted backup file, from one consistent
 * snapshot, and with `attachmentsDir` the attachment files its rows refer to (as stored, encrypted).
 * Returns the header written into the file.
 */
export async function createBackup(props: {
  db: Db;
  keyring: Keyring;
  file: string;
  attachmentsDir?: string;
  now?: Date;
}): Promise<BackupHeader> {
  const { db, keyring, file } = props;
  return db.transaction(async (tx) => {
    // One snapshot for all tables: a change committed during the backup is in all of them or none.
    await tx.query('set transaction isolation level repeatable read, read only');
    await useCanonicalText(tx);
    const catalog = await readCatalog(tx);
    const draft: BackupHeader = {
      formatVersion: 1,
      createdAt: (props.now ?? new Date()).toISOString(),
      databaseKind: db.kind,
      migrationVersion: await appliedMigrationVersion(tx),
      tables: catalog.tables.map((table) => ({ name: table.name, rows: 0, sha256: '0'.repeat(64) })),
      sequences: await readSequences(tx, catalog.sequences),
      ...(props.attachmentsDir && { files: await listAttachmentFiles(tx, props.attachmentsDir) }),
    };
    const writer = await createBackupFile({ file, keyring, headerCapacity: headerCapacity(draft) });
    try {
      const tables: BackupHeader['tables'] = [];
      for (const table of catalog.tables) {
        const digest = await dumpTable(tx, table, (rows) => writer.writeFrame(encodeBatch(table.name, rows)));
        tables.push({ name: table.name, ...digest });
      }
      const files =
        props.attachmentsDir && draft.files
          ? await writeAttachmentFrames(props.attachmentsDir, draft.files, (frame) =>
              writer.writeFrame(frame),
            )
          : undefined;
      const header = { ...draft, tables, ...(files && { files }) };
      await writer.finish(encodeHeader(header));
      return header;
    } catch (error) {
      await writer.abort();
      throw error;
    }
  });
}
