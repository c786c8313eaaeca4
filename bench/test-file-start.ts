import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { buildApp } from '../src/app.ts';
import { generateKeyText, parseKeys } from '../src/crypto/keyring.ts';
import { loadMigrations, migrate } from '../src/db/migrate.ts';
import { createFreshDatabase } from '../test/support/databases.ts';
import { globalSetup, globalTeardown } from '../test/support/global-setup.ts';
import { beforeMigration, migrationsUnderTest } from '../test/support/migration-points.ts';
import { testConfig } from '../test/support/platform.ts';

/*
 * What a database test file pays before its first test, step by step (decision 0131): wall and
 * this process's CPU (PGlite's work; PostgreSQL's is the server's, seen in the wall). Run:
 *   npm run bench:test-file-start
 */
const step = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(cpu);
  const seconds = (ms: number) => (ms / 1000).toFixed(2).padStart(6);
  console.log(
    `${label.padEnd(44)}${seconds(performance.now() - wall)} s wall${seconds((used.user + used.system) / 1000)} s CPU`,
  );
  return result;
};

await step('global set-up', globalSetup);
const all = await loadMigrations();
for (const kind of ['pglite', 'postgres'] as const) {
  for (const version of migrationsUnderTest) {
    const old = await step(`${kind} before ${version}: empty + migrations`, async () => {
      const fresh = await createFreshDatabase(kind, { contents: 'empty' });
      await migrate(
        fresh.db,
        all.filter((migration) => migration.version < version),
      );
      return fresh;
    });
    await old.drop();
    const copied = await step(`${kind} before ${version}: copy`, () =>
      createFreshDatabase(kind, { contents: beforeMigration(version) }),
    );
    await copied.drop();
  }
  for (let round = 0; round < 2; round++) {
    const fresh = await step(`${kind} demo database`, () => createFreshDatabase(kind, { contents: 'demo' }));
    const app = await step(`${kind} buildApp + ready`, async () => {
      const built = await buildApp({
        config: testConfig(),
        db: fresh.db,
        keyring: parseKeys(generateKeyText(), 'bench key'),
        logger: pino({ level: 'silent' }),
      });
      await built.ready();
      return built;
    });
    await step(`${kind} first request`, () => app.inject({ method: 'GET', url: '/api/health' }));
    await step(`${kind} close app + drop database`, async () => {
      await app.close();
      await fresh.drop();
    });
  }
}
await globalTeardown();
