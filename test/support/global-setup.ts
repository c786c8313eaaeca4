import { randomBytes } from 'node:crypto';
import type { Db } from '../../src/db/db.ts';
import { openPostgres } from '../../src/db/pg.ts';
import {
  createFreshDatabase,
  type DatabaseContents,
  pinImageDay,
  postgresAdminUrl,
  postgresTemplateVariables,
  prepareContents,
  testDatabaseKinds,
  testDatabasePrefix,
} from './databases.ts';

/*
 * Run once by `npm test` before any test file (`--test-global-setup`). It makes the databases the
 * test files copy: PGlite's images, and on PostgreSQL template databases (migrated, and with the
 * demo data) that CREATE DATABASE copies in a fraction of the time the migrations take. The
 * templates belong to this run and are dropped by the teardown. A test file run on its own makes
 * its databases itself.
 */
const templates: string[] = [];

export async function globalSetup(): Promise<void> {
  pinImageDay();
  const kinds = await testDatabaseKinds();
  for (const contents of ['migrated', 'demo'] as const) {
    await (await createFreshDatabase('pglite', { contents })).drop();
  }
  if (!kinds.includes('postgres')) return;
  const admin = await openPostgres(postgresAdminUrl, { poolSize: 1 });
  try {
    for (const contents of ['migrated', 'demo'] as const) await createTemplate(admin, contents);
  } finally {
    await admin.close();
  }
}

async function createTemplate(admin: Db, contents: Exclude<DatabaseContents, 'empty'>): Promise<void> {
  const template = `lindung_template_${contents}_${process.pid}_${randomBytes(4).toString('hex')}`;
  templates.push(template);
  await admin.query(`create database ${template}`);
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${template}`;
  const db = await openPostgres(url.toString(), { poolSize: 1 });
  await prepareContents(db, contents).finally(() => db.close());
  process.env[postgresTemplateVariables[contents]] = template;
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
