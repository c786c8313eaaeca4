import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from './db.ts';

const migrationsDir = path.join(import.meta.dirname, 'migrations');
const fileName = /^(\d{4})_([a-z0-9_]+)\.sql$/;

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  readonly checksum: string;
}

const lock = `select pg_advisory_xact_lock(hashtext('lindung.migrate'))`;

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

/** Reads the numbered SQL files in `db/migrations`, in order. */
export async function loadMigrations(dir = migrationsDir): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.sql')).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    const match = fileName.exec(file);
    if (!match) throw new MigrationError(`${file}: migration files are named NNNN_snake_case_name.sql`);
    const sql = await readFile(path.join(dir, file), 'utf8');
    const version = Number(match[1]);
    if (migrations.at(-1)?.version === version)
      throw new MigrationError(`${file}: version ${version} is used twice`);
    migrations.push({
      version,
      name: match[2] as string,
      sql,
      checksum: createHash('sha256').update(sql).digest('hex'),
    });
  }
  return migrations;
}

/**
 * Applies every migration not yet recorded, each in its own transaction. An advisory lock
 * makes concurrent starts (several API processes) apply each migration once. A recorded
 * migration whose file has since changed is an error: migrations are forward-only.
 */
export async function migrate(db: Db, migrations?: Migration[]): Promise<Migration[]> {
  const all = migrations ?? (await loadMigrations());
  // The versions recorded before this start, read at once: a start with nothing to apply made a
  // transaction per migration (some 140, 0.5–1 s of CPU on PGlite) only to find each recorded.
  const recorded = await db.transaction(async (tx) => {
    await tx.query(lock);
    await tx.exec(`create table if not exists schema_migration (
      version integer primary key,
      name text not null,
      checksum text not null,
      applied_at timestamptz not null default now()
    )`);
    const rows = await tx.query<{ version: number; checksum: string }>(
      'select version, checksum from schema_migration',
    );
    return new Map(rows.map((row) => [row.version, row.checksum]));
  });
  const applied: Migration[] = [];
  for (const migration of all) {
    const checksum = recorded.get(migration.version);
    if (checksum !== undefined) {
      checkUnchanged(migration, checksum);
      continue;
    }
    // Not recorded when this start looked: another process may have applied it since, under the lock.
    const done = await db.transaction(async (tx) => {
      await tx.query(lock);
      const [meanwhile] = await tx.query<{ checksum: string }>(
        'select checksum from schema_migration where version = $1',
        [migration.version],
      );
      if (meanwhile) {
        checkUnchanged(migration, meanwhile.checksum);
        return false;
      }
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migration (version, name, checksum) values ($1, $2, $3)', [
        migration.version,
        migration.name,
        migration.checksum,
      ]);
      return true;
    });
    if (done) applied.push(migration);
  }
  await watchWrites(db);
  return applied;
}

function checkUnchanged(migration: Migration, recordedChecksum: string): void {
  if (recordedChecksum !== migration.checksum) {
    throw new MigrationError(
      `migration ${migration.version}_${migration.name} was changed after it was applied; add a new migration instead`,
    );
  }
}

/**
 * Gives tables added since the last run the statement trigger that tells a transaction it wrote
 * something (migration 0083), so that no migration has to remember it.
 */
async function watchWrites(db: Db): Promise<void> {
  await db.exec(`do $$ begin
    if to_regproc('lindung_watch_writes') is not null then perform lindung_watch_writes(); end if;
  end $$`);
}
