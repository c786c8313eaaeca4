import { randomBytes } from 'node:crypto';
import { migrate } from '../../src/db/migrate.ts';
import { openPostgres } from '../../src/db/pg.ts';
import {
  createFreshDatabase,
  postgresAdminUrl,
  postgresTemplateVariable,
  testDatabaseKinds,
} from './databases.ts';

/*
 * Run once by `npm test` before any test file (`--test-global-setup`). It makes the migrated
 * databases the test files copy: PGlite's image, and on PostgreSQL a template database that
 * CREATE DATABASE copies in a fraction of the time the migrations take. The template belongs to
 * this run and is dropped by the teardown. A test file run on its own migrates its databases.
 */
let template: string | undefined;

export async function globalSetup(): Promise<void> {
  const kinds = await testDatabaseKinds();
  await (await createFreshDatabase('pglite')).drop();
  if (!kinds.includes('postgres')) return;
  template = `lindung_template_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = await openPostgres(postgresAdminUrl, { poolSize: 1 });
  try {
    await admin.query(`create database ${template}`);
    const url = new URL(postgresAdminUrl);
    url.pathname = `/${template}`;
    const db = await openPostgres(url.toString(), { poolSize: 1 });
    await migrate(db).finally(() => db.close());
    process.env[postgresTemplateVariable] = template;
  } finally {
    await admin.close();
  }
}

export async function globalTeardown(): Promise<void> {
  if (!template) return;
  const admin = await openPostgres(postgresAdminUrl, { poolSize: 1 });
  await admin.query(`drop database if exists ${template} with (force)`).finally(() => admin.close());
}
