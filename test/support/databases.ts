import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import pg from 'pg';
import type { DatabaseKind, Db } from '../../src/db/db.ts';
import { loadMigrations, migrate } from '../../src/db/migrate.ts';
import { openPostgres } from '../../src/db/pg.ts';
import { openPglite, pgliteImage } from '../../src/db/pglite.ts';

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

/**
 * Creates an empty, migrated database of the given kind. PGlite lives in memory unless `dataDir`
 * is set (a new folder). Set `migrated: false` for a cluster with no migration applied.
 */
export async function createFreshDatabase(
  kind: DatabaseKind,
  options: { dataDir?: string; migrated?: boolean } = {},
): Promise<FreshDatabase> {
  if (kind === 'pglite') {
    const image = await pgliteTestImage(options.migrated === false ? 'empty' : 'migrated');
    const db = await openPglite(options.dataDir, { image });
    return { db, url: undefined, drop: () => db.close() };
  }
  const name = `lindung_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const template = options.migrated === false ? undefined : process.env[postgresTemplateVariable];
  const admin = await openPostgres(postgresAdminUrl, { poolSize: 1 });
  await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`);
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString());
  if (options.migrated !== false && !template) await migrate(db);
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

/**
 * Names the migrated PostgreSQL database that the suite's global set-up made (global-setup.ts),
 * from which each test database is copied instead of being migrated anew.
 */
export const postgresTemplateVariable = 'LINDUNG_TEST_POSTGRES_TEMPLATE';

/*
 * Creating a PGlite cluster runs initdb inside WebAssembly (10–20 s on this 2-core machine under
 * the suite's load) and migrating it takes a few more; a hundred test files did that each. Instead
 * the first process builds an image of the cluster — empty, or with every migration applied — and
 * keeps it in the temporary folder, named by what it contains: PGlite's version and, for the
 * migrated image, the migrations' checksums. A changed migration or PGlite makes a new name, so a
 * stale image is never used. Processes that race to build the same image write the same content
 * and rename it into place atomically.
 */
type ImageStage = 'empty' | 'migrated';

const imageDir = path.join(tmpdir(), 'lindung-test-images');
const imageMaxAgeMs = 7 * 24 * 3600_000;
const images = new Map<ImageStage, Promise<Blob>>();

function pgliteTestImage(stage: ImageStage): Promise<Blob> {
  let image = images.get(stage);
  if (!image) {
    image = loadOrBuildImage(stage);
    images.set(stage, image);
  }
  return image;
}

async function loadOrBuildImage(stage: ImageStage): Promise<Blob> {
  const file = path.join(imageDir, `pglite-${stage}-${await imageKey(stage)}.tar`);
  const stored = await readFile(file).catch(() => undefined);
  if (stored) return new Blob([stored]);
  const image = await pgliteImage(async (db) => {
    if (stage === 'migrated') await migrate(db);
  });
  await mkdir(imageDir, { recursive: true });
  await removeOldImages();
  const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(partial, Buffer.from(await image.arrayBuffer()));
  await rename(partial, file);
  return image;
}

async function imageKey(stage: ImageStage): Promise<string> {
  const hash = createHash('sha256');
  const pglitePackage = path.join(
    import.meta.dirname,
    '../../node_modules/@electric-sql/pglite/package.json',
  );
  hash.update(JSON.parse(await readFile(pglitePackage, 'utf8')).version);
  if (stage === 'migrated') {
    for (const migration of await loadMigrations()) hash.update(`${migration.version}:${migration.checksum}`);
  }
  return hash.digest('hex').slice(0, 16);
}

async function removeOldImages(): Promise<void> {
  for (const name of await readdir(imageDir)) {
    const file = path.join(imageDir, name);
    const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: Date.now() }));
    if (Date.now() - mtimeMs > imageMaxAgeMs) await rm(file, { force: true });
  }
}
