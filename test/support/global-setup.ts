import { randomBytes } from 'node:crypto';
import type { Db } from '../../src/db/db.ts';
import { migrate } from '../../src/db/migrate.ts';
import { openPostgres } from '../../src/db/pg.ts';
import { seedDemo } from '../../src/modules/demo/index.ts';
import {
  pgliteImageFile,
  pinImageDay,
  postgresAdminUrl,
  postgresTemplateVariable,
  prepareContents,
  testDatabaseKinds,
  testDatabasePrefix,
} from './databases.ts';
import { beforeMigration, type DatabaseContents, migrationsUnderTest, stepTo } from './migration-points.ts';

/*
 * Run once by `npm test` before any test file (`--test-global-setup`). It makes the databases the
 * test files copy: PGlite's images, and on PostgreSQL template databases (migrated, with the demo
 * data, and before each migration under test) that CREATE DATABASE copies in a fraction of the
 * time the migrations take. The
 * templates belong to this run and are dropped by the teardown. A test file run on its own makes
 * its databases itself.
 */
const templates: string[] = [];

export async function globalSetup(): Promise<void> {
  pinImageDay();
  const kinds = await testDatabaseKinds();
  // PGlite's images are this process's work, PostgreSQL's templates mostly the server's: side by side.
  await Promise.all([pgliteImages(), kinds.includes('postgres') ? postgresTemplates() : undefined]);
}

async function pgliteImages(): Promise<void> {
  const stages: DatabaseContents[] = ['migrated', 'demo', ...migrationsUnderTest.map(beforeMigration)];
  for (const contents of stages) {
    await pgliteImageFile(contents);
  }
}

async function postgresTemplates(): Promise<void> {
  const admin = await openPostgres(postgresAdminUrl, { poolSize: 1 });
  try {
    const migrated = await createTemplate(admin, 'migrated', (db) => prepareContents(db, 'migrated'));
    // The demo template is a copy of the migrated one, seeded: the migrations are not run twice.
    await createTemplate(admin, 'demo', seedDemo, migrated);
    // Each template before a migration under test is a copy of the previous one, migrated on.
    let previous: string | undefined;
    for (const version of migrationsUnderTest) {
      const { migrations } = await stepTo(version);
      previous = await createTemplate(
        admin,
        beforeMigration(version),
        (db) => migrate(db, migrations),
        previous,
      );
    }
  } finally {
    await admin.close();
  }
}

/** Makes the template database of `contents`: a new one, or a copy of `from`, made ready by `prepare`. */
async function createTemplate(
  admin: Db,
  contents: Exclude<DatabaseContents, 'empty'>,
  prepare: (db: Db) => Promise<unknown>,
  from?: string,
): Promise<string> {
  const template = `lindung_template_${contents.replace('-', '_')}_${process.pid}_${randomBytes(4).toString('hex')}`;
  templates.push(template);
  await admin.query(`create database ${template}${from ? ` template ${from}` : ''}`);
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${template}`;
  const db = await openPostgres(url.toString(), { poolSize: 1 });
  await prepare(db).finally(() => db.close());
  process.env[postgresTemplateVariable(contents)] = template;
  return template;
}

/**
 * Drops the templates, and the test databases that the processes `leftBy` did not drop themselves
 * (`test/run.ts` passes its shards: one stopped by Ctrl-C runs no `after` hook of its files).
 */
export async function globalTeardown(leftBy: readonly number[] = []): Promise<void> {
  if (templates.length === 0) return;
  const admin = await openPostgres(postgresAdminUrl, { poolSize: 1 });
  try {
    const prefixes = leftBy.map(testDatabasePrefix);
    const left = (await admin.query<{ datname: string }>('select datname from pg_database'))
      .map((row) => row.datname)
      .filter((name) => prefixes.some((prefix) => name.startsWith(prefix)));
    for (const name of [...templates, ...left]) {
      await admin.query(`drop database if exists ${name} with (force)`);
    }
  } finally {
    await admin.close();
  }
}
