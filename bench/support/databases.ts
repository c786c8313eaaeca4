import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseKind } from '../../src/db/db.ts';
import { removeFolder, temporaryFolder } from './processes.ts';

/** A database made for one benchmark run: the settings that point the platform at it, and its removal. */
export interface BenchDatabase {
  readonly kind: DatabaseKind;
  readonly env: Record<string, string>;
  drop(): Promise<void>;
}

export async function pgliteDatabase(): Promise<BenchDatabase> {
  const folder = await temporaryFolder('api-pglite');
  return { kind: 'pglite', env: { LINDUNG_DATA_DIR: folder }, drop: () => removeFolder(folder) };
}

/** A new empty database on the PostgreSQL server, or the reason there is none. */
export async function postgresDatabase(
  maintenanceUrl: string,
  prefix = 'lindung_bench',
): Promise<BenchDatabase | string> {
  const connect = async () => {
    const client = new pg.Client({ connectionString: maintenanceUrl, connectionTimeoutMillis: 3000 });
    await client.connect();
    return client;
  };
  let admin: pg.Client;
  try {
    admin = await connect();
  } catch (error) {
    return `PostgreSQL is not reachable at ${maintenanceUrl} (${(error as Error).message}): its run is skipped`;
  }
  if (!/^[a-z][a-z0-9_]*$/.test(prefix))
    throw new Error(`database prefix ${prefix}: a letter, then letters, digits and _ only`);
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const database = await existingPostgresDatabase(maintenanceUrl, name);
  return {
    ...database,
    async drop() {
      const client = await connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
        await database.drop();
      }
    },
  };
}

/**
 * A database `name` already on the server of `maintenanceUrl` (seeded by an earlier run); its
 * `drop` removes only the run's empty data folder, never the database.
 */
export async function existingPostgresDatabase(maintenanceUrl: string, name: string): Promise<BenchDatabase> {
  const url = new URL(maintenanceUrl);
  url.pathname = `/${name}`;
  // The platform needs no data folder on PostgreSQL; an empty one keeps it from touching ./data.
  const folder = await temporaryFolder('bench-postgres');
  return {
    kind: 'postgres',
    env: { DATABASE_URL: url.toString(), LINDUNG_DATA_DIR: folder },
    drop: () => removeFolder(folder),
  };
}
