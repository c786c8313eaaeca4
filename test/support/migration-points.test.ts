import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadMigrations } from '../../src/db/migrate.ts';
import { beforeMigration, migrationsUnderTest, stepTo } from './migration-points.ts';

describe('the databases kept before the migrations under test', () => {
  it('names migrations that exist, in order', async () => {
    const versions = new Set((await loadMigrations()).map((migration) => migration.version));
    assert.deepEqual(
      migrationsUnderTest.filter((version) => !versions.has(version)),
      [],
    );
    assert.deepEqual(
      [...migrationsUnderTest].sort((a, b) => a - b),
      [...migrationsUnderTest],
    );
  });

  it('are made in one pass: each step starts where the previous ended and applies every migration between', async () => {
    const all = await loadMigrations();
    const applied: number[] = [];
    let from = 'empty';
    for (const version of migrationsUnderTest) {
      const step = await stepTo(version);
      assert.equal(step.from, from);
      applied.push(...step.migrations.map((migration) => migration.version));
      assert.deepEqual(
        applied,
        all.filter((migration) => migration.version < version).map((migration) => migration.version),
      );
      from = beforeMigration(version);
    }
  });
});
