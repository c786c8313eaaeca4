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

export async function globalTeardown(): Promise<void> {
  if (templates.length === 0) return;
  const admin = await openPostgres(postgresAdminUrl, { poolSize: 1 });
  try {
    for (const template of templates) await admin.query(`drop database if exists ${template} with (force)`);
  } finally {
    await admin.close();
  }
}
