import type { Tx } from '../db/db.ts';
import { BackupFileError, BackupRefusedError } from './backup-errors.ts';
import type { BackupHeader } from './backup-header.ts';
import { type Catalog, type ForeignKey, qualified, quote, type TableShape } from './catalog.ts';
import { dumpTable } from './table-dump.ts';

/** Refuses a database that has anything in its public schema: a restore never merges. */
export async function refuseUnlessEmpty(tx: Tx): Promise<void> {
  const found = await tx.query<{ name: string }>(
    `select relname as name from pg_class
      where relnamespace = 'public'::regnamespace and relkind in ('r', 'p', 'v', 'm', 'S', 'f')
      order by relname limit 3`,
  );
  if (found.length > 0) {
    throw new BackupRefusedError(
      'restore_target_not_empty',
      `the database is not empty (it has ${found.map((row) => row.name).join(', ')}${found.length === 3 ? ', …' : ''}); ` +
        'restore only into a new, empty database (a new LINDUNG_DATA_DIR, or a new PostgreSQL database)',
    );
  }
}

/**
 * Switches triggers off for the rest of the transaction. The audit log's trigger would give each
 * restored entry a new number, time and hash, breaking the chain the backup holds; with triggers
 * off the rows are loaded exactly as they were. Foreign keys are checked by triggers too, so
 * `checkForeignKeys` checks them afterwards. Needs a superuser (PGlite's default user is one).
 */
export async function switchTriggersOff(tx: Tx): Promise<void> {
  try {
    await tx.query('set local session_replication_role = replica');
  } catch (error) {
    if ((error as { code?: string }).code !== '42501') throw error;
    throw new BackupRefusedError(
      'restore_needs_superuser',
      'restoring loads the audit log with its triggers off, which needs a PostgreSQL superuser: ' +
        'connect as one, or GRANT SET ON PARAMETER session_replication_role to this user',
    );
  }
}

/** Refuses a backup whose tables are not those of the schema at its migration version. */
export function checkSameTables(catalog: Catalog, header: BackupHeader): void {
  const inSchema = new Set(catalog.tables.map((table) => table.name));
  const inBackup = new Set(header.tables.map((table) => table.name));
  const missing = [...inBackup].filter((name) => !inSchema.has(name));
  const extra = [...inSchema].filter((name) => !inBackup.has(name));
  if (missing.length > 0 || extra.length > 0) {
    throw new BackupRefusedError(
      'backup_schema_differs',
      `the backup's tables differ from the schema at migration ${header.migrationVersion}` +
        `${missing.length > 0 ? `; not in the schema: ${missing.join(', ')}` : ''}` +
        `${extra.length > 0 ? `; not in the backup: ${extra.join(', ')}` : ''}`,
    );
  }
}

/** Empties the tables the migrations filled (such as the roles): the backup holds their rows. */
export async function clearTables(tx: Tx, catalog: Catalog): Promise<void> {
  for (const table of [...catalog.tables].reverse()) await tx.query(`delete from ${qualified(table.name)}`);
}

/** Inserts the rows of each data frame into its table, as the database reads them back from JSON. */
export async function loadRows(tx: Tx, catalog: Catalog, frames: AsyncIterable<Buffer>): Promise<void> {
  const tables = new Map(catalog.tables.map((table) => [table.name, table]));
  for await (const frame of frames) {
    const text = frame.toString('utf8');
    const lineEnd = text.indexOf('\n');
    const table = tables.get(JSON.parse(lineEnd < 0 ? text : text.slice(0, lineEnd)) as string);
    if (!table) throw new BackupFileError('backup_file_damaged', 'the backup holds rows of an unknown table');
    if (lineEnd < 0 || table.columns.length === 0) continue;
    await insertBatch(tx, table, `[${text.slice(lineEnd + 1).replaceAll('\n', ',')}]`);
  }
}

async function insertBatch(tx: Tx, table: TableShape, rows: string): Promise<void> {
  const columns = table.columns.map(quote).join(', ');
  // Identity columns keep their backed-up values (`overriding system value`); generated ones
  // are left out and computed again.
  await tx.query(
    `insert into ${qualified(table.name)} (${columns}) overriding system value
     select ${columns} from jsonb_populate_recordset(null::${qualified(table.name)}, $1::jsonb)`,
    [rows],
  );
}

/** Sets each sequence where it stood when the backup was made. */
export async function restoreSequences(tx: Tx, sequences: BackupHeader['sequences']): Promise<void> {
  for (const sequence of sequences) {
    await tx.query('select setval($1::regclass, $2::bigint, $3)', [
      qualified(sequence.name),
      sequence.lastValue,
      sequence.isCalled,
    ]);
  }
}

/** Checks every foreign key the way PostgreSQL would have (a key with a null column is not checked). */
export async function checkForeignKeys(tx: Tx, foreignKeys: readonly ForeignKey[]): Promise<void> {
  for (const key of foreignKeys) {
    const present = key.columns.map((column) => `c.${quote(column)} is not null`).join(' and ');
    const matches = key.columns
      .map((column, index) => `p.${quote(key.referencedColumns[index] as string)} = c.${quote(column)}`)
      .join(' and ');
    const [row] = await tx.query<{ broken: boolean }>(
      `select exists (select 1 from ${qualified(key.table)} c where ${present}
         and not exists (select 1 from ${qualified(key.referencedTable)} p where ${matches})) as broken`,
    );
    if (row?.broken) {
      throw new BackupRefusedError(
        'restore_mismatch',
        `restored rows of ${key.table} break its foreign key ${key.name}; nothing was restored`,
      );
    }
  }
}

/** Reads every restored table back and compares its row count and checksum with the header. */
export async function checkDigests(tx: Tx, catalog: Catalog, header: BackupHeader): Promise<void> {
  const expected = new Map(header.tables.map((table) => [table.name, table]));
  const problems: string[] = [];
  for (const table of catalog.tables) {
    const digest = await dumpTable(tx, table);
    const backedUp = expected.get(table.name);
    if (digest.rows !== backedUp?.rows) {
      problems.push(`${table.name}: ${digest.rows} rows restored, ${backedUp?.rows ?? 0} in the backup`);
    } else if (digest.sha256 !== backedUp.sha256) {
      problems.push(`${table.name}: the restored rows differ from the backup's (checksum)`);
    }
  }
  if (problems.length > 0) {
    throw new BackupRefusedError(
      'restore_mismatch',
      `the restored data does not match the backup, so nothing was restored: ${problems.join('; ')}`,
    );
  }
}
