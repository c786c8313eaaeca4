import { randomBytes } from 'node:crypto';
import { after, before } from 'node:test';
import pg from 'pg';
import type { DatabaseKind, Db } from '../../src/db/db.ts';
import { migrate } from '../../src/db/migrate.ts';
import { openPostgres } from '../../src/db/pg.ts';
import { openPglite } from '../../src/db/pglite.ts';

/** Where the suite finds server PostgreSQL; each test file gets a fresh database there. */
export const postgresAdminUrl =
  process.env.LINDUNG_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresAdminUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

let kinds: Promise<DatabaseKind[]> | undefined;

/**
 * The databases every database test runs against: PGlite always, PostgreSQL when reachable.
 * Under CI an unreachable PostgreSQL fails the run instead of being skipped.
 */
export function testDatabaseKinds(): Promise<DatabaseKind[]> {
  kinds ??= postgresReachable().then((reachable) => {
    if (reachable) return ['pglite', 'postgres'];
    if (process.env.CI === 'true') {
      throw new Error(`PostgreSQL is not reachable at ${postgresAdminUrl}, and CI=true requires it`);
    }
    console.warn(`# PostgreSQL not reachable at ${postgresAdminUrl}: its tests are skipped`);
    return ['pglite'];
  });
  return kinds;
}

export interface FreshDatabase {
  readonly db: Db;
  /** A connection URL for server PostgreSQL (undefined for PGlite), e.g. for a second process. */
  readonly url: string | undefined;
  drop(): Promise<void>;
}

/** Creates an empty, migrated database of the given kind. PGlite lives in memory unless `dataDir` is set. */
export async function createFreshDatabase(
  kind: DatabaseKind,
  options: { dataDir?: string; migrated?: boolean } = {},
): Promise<FreshDatabase> {
  if (kind === 'pglite') {
    const db = await openPglite(options.dataDir);
    if (options.migrated !== false) await migrate(db);
    return { db, url: undefined, drop: () => db.close() };
  }
  const name = `lindung_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = await openPostgres(postgresAdminUrl, { poolSize: 1 });
  await admin.query(`create database ${name}`);
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString());
  if (options.migrated !== false) await migrate(db);
  return {
    db,
    url: url.toString(),
    async drop() {
      await db.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.close();
    },
  };
}

/** In a `describe`, gives each test file one fresh migrated database, dropped afterwards. */
export function useFreshDatabase(kind: DatabaseKind): () => Db {
  let fresh: FreshDatabase | undefined;
  before(async () => {
    fresh = await createFreshDatabase(kind);
  });
  after(async () => {
    await fresh?.drop();
  });
  return () => {
    if (!fresh) throw new Error('the database is not open yet');
    return fresh.db;
  };
}
