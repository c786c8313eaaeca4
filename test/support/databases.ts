import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import { promisify } from 'node:util';
import pg from 'pg';
import type { DatabaseKind, Db } from '../../src/db/db.ts';
import { migrate } from '../../src/db/migrate.ts';
import { openPostgres } from '../../src/db/pg.ts';
import { openPglite, pgliteImage } from '../../src/db/pglite.ts';
import { seedDemo } from '../../src/modules/demo/index.ts';
import {
  beforeMigration,
  type DatabaseContents,
  type MigrationUnderTest,
  migrationsOf,
  stepTo,
  versionBefore,
} from './migration-points.ts';

const execFileAsync = promisify(execFile);

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

/*
 * A test database holds about 16 MB: PGlite's default pool of 128 MB of shared buffers only costs
 * each start its laying out: about a third of the start's CPU (0.5–0.8 s here; decision 0140).
 * A page the pool has no room for is read again from PGlite's in-memory files, a copy. The same
 * pool for a platform, CLI or server process the tests start on a data folder: `testPgliteEnv`.
 */
export const testPglite = { sharedBuffers: '16MB' } as const;
export const testPgliteEnv = { LINDUNG_PGLITE_SHARED_BUFFERS: testPglite.sharedBuffers } as const;

export interface FreshDatabaseOptions {
  /** A new folder for PGlite's files (in memory without it). */
  readonly dataDir?: string;
  readonly contents?: DatabaseContents;
  /**
   * On server PostgreSQL, every commit waits for the disk, as the server is set up
   * (`synchronous_commit` as the server has it). Without it a test database commits without waiting:
   * for the tests of the application's own choice of durability (db.ts,
   * `relaxDurabilityIfOnlyAudited`), which read the setting.
   */
  readonly durableCommits?: boolean;
}

/**
 * Creates a fresh database of the given kind, migrated unless `contents` says otherwise. PGlite
 * lives in memory unless `dataDir` is set (a new folder).
 */
export async function createFreshDatabase(
  kind: DatabaseKind,
  options: FreshDatabaseOptions = {},
): Promise<FreshDatabase> {
  const contents = options.contents ?? 'migrated';
  if (kind === 'pglite') {
    if (options.dataDir) await unpackPgliteImage(options.dataDir, contents);
    const db = options.dataDir
      ? await openPglite(options.dataDir, testPglite)
      : await openPglite(undefined, { ...testPglite, image: await pgliteTestImage(contents) });
    return { db, url: undefined, drop: () => db.close() };
  }
  const name = `${testDatabasePrefix(process.pid)}${randomBytes(4).toString('hex')}`;
  const template = contents === 'empty' ? undefined : process.env[postgresTemplateVariable(contents)];
  const admin = await openPostgres(postgresAdminUrl, { poolSize: 1 });
  await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`);
  // A commit's flush cost 10–20 ms on a shared disk against 3–5 without, and the suite commits
  // thousands of times; what a commit makes visible is the same, and no test crashes the server
  // (decision 0140).
  if (!options.durableCommits) await admin.query(`alter database ${name} set synchronous_commit = off`);
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString());
  if (!template) await prepareContents(db, contents);
  return {
    db,
    url: url.toString(),
    async drop() {
      await db.close();
      dropInBackground(admin, name);
    },
  };
}

/*
 * Dropping a database makes PostgreSQL checkpoint: ~2.4 s of a loaded run's wall per file, spent
 * waiting on the disk (decision 0131). The file's tests are over, so the drop goes on while the
 * next file runs; its open connection keeps the process alive until it is done. A drop that fails
 * is said on stderr; under `npm test` the teardown then drops what the shard left (test/run.ts
 * names the shards' processes to it).
 */
function dropInBackground(admin: Db, name: string): void {
  admin
    .query(`drop database if exists ${name} with (force)`)
    .catch((error: unknown) => {
      process.stderr.write(`test database ${name} not dropped: ${(error as Error).message}\n`);
    })
    .finally(() => admin.close());
}

/** How the test databases a process makes on PostgreSQL are named (`lindung_test_<pid>_…`). */
export const testDatabasePrefix = (pid: number) => `lindung_test_${pid}_`;

/** Brings a new, empty database to `contents`: what the images and templates hold ready-made. */
export async function prepareContents(db: Db, contents: DatabaseContents): Promise<void> {
  if (contents === 'empty') return;
  await migrate(db, await migrationsOf(contents));
  if (contents === 'demo') await seedDemo(db);
}

/**
 * In a `describe`, gives each test file one fresh database, migrated (or with `contents`), dropped
 * afterwards.
 */
export function useFreshDatabase(
  kind: DatabaseKind,
  options: Pick<FreshDatabaseOptions, 'durableCommits' | 'contents'> = {},
): () => Db {
  let fresh: FreshDatabase | undefined;
  before(async () => {
    fresh = await createFreshDatabase(kind, options);
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
 * A fresh database reached through one connection: on server PostgreSQL a pool of one, so that
 * whatever a transaction leaves on its connection meets the statements after it.
 */
export function useOneConnectionDatabase(
  kind: DatabaseKind,
  options: Pick<FreshDatabaseOptions, 'durableCommits'> = {},
): () => Db {
  let fresh: FreshDatabase | undefined;
  let oneConnection: Db | undefined;
  before(async () => {
    fresh = await createFreshDatabase(kind, options);
    oneConnection = fresh.url ? await openPostgres(fresh.url, { poolSize: 1 }) : fresh.db;
  });
  after(async () => {
    if (oneConnection !== fresh?.db) await oneConnection?.close();
    await fresh?.drop();
  });
  return () => {
    if (!oneConnection) throw new Error('the database is not open yet');
    return oneConnection;
  };
}

/** A database migrated to just before one migration, for a test of what that migration does. */
export interface DatabaseBeforeMigration {
  /** The database, open from the suite's `before` until its `after`. */
  db(): Db;
  /** Applies the migration under test and every later one. */
  migrateRest(): Promise<void>;
}

/**
 * In a `describe`, gives the tests one fresh database with every migration before `version`
 * applied and none from it on, dropped afterwards: the tests write rows of the old shape, call
 * `migrateRest()`, then check what the migration made of them.
 */
export function useDatabaseBeforeMigration(
  kind: DatabaseKind,
  version: MigrationUnderTest,
): DatabaseBeforeMigration {
  let fresh: FreshDatabase | undefined;
  before(async () => {
    fresh = await createFreshDatabase(kind, { contents: beforeMigration(version) });
  });
  after(async () => {
    await fresh?.drop();
  });
  const db = (): Db => {
    if (!fresh) throw new Error('the database is not open yet');
    return fresh.db;
  };
  return {
    db,
    async migrateRest() {
      await migrate(db());
    },
  };
}

/**
 * Names the PostgreSQL database that the suite's global set-up made (global-setup.ts) with
 * `contents`, from which each test database is copied instead of being made anew.
 */
export function postgresTemplateVariable(contents: Exclude<DatabaseContents, 'empty'>): string {
  if (contents === 'migrated') return 'LINDUNG_TEST_POSTGRES_TEMPLATE';
  if (contents === 'demo') return 'LINDUNG_TEST_POSTGRES_DEMO_TEMPLATE';
  return `LINDUNG_TEST_POSTGRES_TEMPLATE_${contents.toUpperCase().replace('-', '_')}`;
}

/*
 * Creating a PGlite cluster runs initdb inside WebAssembly (10–20 s on this 2-core machine under
 * the suite's load) and migrating it takes a few more; a hundred test files did that each. Instead
 * the first process builds an image of the cluster — empty, migrated, or also with the demo
 * data — and keeps it in the temporary folder, named by what it contains: PGlite's version, the
 * migrations' checksums, and for the demo image the server's sources (the demo data is made by the
 * modules' own commands) and the day (its dates are relative to today). A change makes a new name,
 * so a stale image is never used. Processes that race to build the same image write the same
 * content and rename it into place atomically.
 */

const imageDir = path.join(tmpdir(), 'lindung-test-images');
const imageMaxAgeMs = 7 * 24 * 3600_000;
const imageFiles = new Map<DatabaseContents, Promise<string>>();
const images = new Map<DatabaseContents, Promise<Blob>>();

function pgliteTestImage(stage: DatabaseContents): Promise<Blob> {
  let image = images.get(stage);
  if (!image) {
    image = pgliteImageFile(stage).then(async (file) => new ImageBytes(await readFile(file)));
    images.set(stage, image);
  }
  return image;
}

/**
 * An image's bytes handed to PGlite as they were read. PGlite only reads a data folder's image
 * (`arrayBuffer()`, then copies each file out of it into its own memory); a `Blob` made of the
 * bytes would first copy all 50 MB and then give them back read in chunks and joined: 0.8–1.0 s of
 * CPU per database opened on this machine, against none (bench/RESULTS.md, 2026-12-02 "suite9").
 */
class ImageBytes extends Blob {
  readonly #bytes: ArrayBuffer;

  constructor(bytes: Uint8Array) {
    super([]);
    const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    this.#bytes = (whole ? bytes.buffer : bytes.slice().buffer) as ArrayBuffer;
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.#bytes);
  }
}

/**
 * Fills a new data folder with the image, unpacked by `tar` (PGlite's own loader unpacks it in
 * JavaScript inside a PGlite start: 3–4 s of CPU here, which the browser tests' servers paid for
 * on top of their own start).
 */
export async function unpackPgliteImage(dataDir: string, stage: DatabaseContents): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  await execFileAsync('tar', ['-xf', await pgliteImageFile(stage), '-C', dataDir]);
}

/** The file of the image of `stage`: found in the temporary folder, or built (by the global set-up). */
export function pgliteImageFile(stage: DatabaseContents): Promise<string> {
  let file = imageFiles.get(stage);
  if (!file) {
    file = storedOrBuiltImage(stage);
    imageFiles.set(stage, file);
  }
  return file;
}

async function storedOrBuiltImage(stage: DatabaseContents): Promise<string> {
  const file = path.join(imageDir, `pglite-${stage}-${await imageKey(stage)}.tar`);
  if (
    await stat(file).then(
      () => true,
      () => false,
    )
  )
    return file;
  const image = await buildImage(stage);
  await mkdir(imageDir, { recursive: true });
  await removeOldImages();
  const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(partial, Buffer.from(await image.arrayBuffer()));
  await rename(partial, file);
  return file;
}

/**
 * Builds the image of `stage`. The demo image is the migrated one seeded, and the image before a
 * migration under test the one before the previous such migration migrated on: no initdb and no
 * migration is made twice.
 */
async function buildImage(stage: DatabaseContents): Promise<Blob> {
  if (stage === 'demo') return pgliteImage(seedDemo, await pgliteTestImage('migrated'));
  const before = versionBefore(stage);
  if (before !== undefined) {
    const step = await stepTo(before);
    return pgliteImage((db) => migrate(db, step.migrations), await pgliteTestImage(step.from));
  }
  return pgliteImage(async (db) => {
    await prepareContents(db, stage);
    await dropTemplateDatabases(db);
  });
}

/*
 * A test database is only ever used through its own `postgres` database, so the image leaves out
 * the cluster's template databases: a third of its bytes, which every PGlite start-up unpacks in
 * JavaScript (about 1 s of CPU less per test file, measured on this machine).
 */
async function dropTemplateDatabases(db: Db): Promise<void> {
  await db.exec(`update pg_database set datistemplate = false where datname in ('template0', 'template1')`);
  await db.exec('drop database template0');
  await db.exec('drop database template1');
}

async function imageKey(stage: DatabaseContents): Promise<string> {
  const hash = createHash('sha256');
  const pglitePackage = path.join(
    import.meta.dirname,
    '../../node_modules/@electric-sql/pglite/package.json',
  );
  hash.update(JSON.parse(await readFile(pglitePackage, 'utf8')).version);
  hash.update('without template databases');
  for (const migration of await migrationsOf(stage))
    hash.update(`${migration.version}:${migration.checksum}`);
  if (stage === 'demo') {
    hash.update(imageDay());
    for (const file of await serverSources()) hash.update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The day the demo image is dated by: the suite's first day, pinned by its global set-up (a run
 * that crosses midnight UTC would otherwise find no image for the new day and build one anew in a
 * test file: minutes of a browser test's start-up on a loaded machine), or today for a file run
 * on its own.
 */
const imageDayVariable = 'LINDUNG_TEST_IMAGE_DAY';

function imageDay(): string {
  return process.env[imageDayVariable] ?? new Date().toISOString().slice(0, 10);
}

/** Called by the global set-up before anything is built: every test file then keys on this day. */
export function pinImageDay(): void {
  process.env[imageDayVariable] ??= new Date().toISOString().slice(0, 10);
}

async function serverSources(): Promise<string[]> {
  const src = path.join(import.meta.dirname, '../../src');
  const files = await readdir(src, { recursive: true });
  return files
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .sort()
    .map((file) => path.join(src, file));
}

async function removeOldImages(): Promise<void> {
  for (const name of await readdir(imageDir)) {
    const file = path.join(imageDir, name);
    const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: Date.now() }));
    if (Date.now() - mtimeMs > imageMaxAgeMs) await rm(file, { force: true });
  }
}
