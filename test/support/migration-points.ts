import { loadMigrations, type Migration } from '../../src/db/migrate.ts';

/*
 * The points in the migrations the tests start from: a database with none applied, every one, the
 * demo data besides, or every migration before one under test — what the global set-up keeps
 * ready-made as PGlite images and PostgreSQL templates (databases.ts, global-setup.ts).
 */

/**
 * The migrations whose tests write rows of the old shape and check what the migration made of them
 * (`useDatabaseBeforeMigration`), in order. The global set-up keeps a database migrated to just
 * before each, all made in one pass of the migrations, that such a test copies instead of
 * migrating a database of its own from empty (minutes of a loaded run for five files on two
 * databases, decision 0131). A test of another migration adds its version here (the type asks).
 */
export const migrationsUnderTest = [47, 93, 144, 151, 215] as const;
export type MigrationUnderTest = (typeof migrationsUnderTest)[number];

/**
 * What a fresh test database holds: a cluster with no migration applied, every migration, also
 * the demo agencies and users (what a platform under test starts from), or every migration before
 * one under test.
 */
export type DatabaseContents = 'empty' | 'migrated' | 'demo' | BeforeMigration;
export type BeforeMigration = `before-${MigrationUnderTest}`;

/** The migrations a database of `contents` has applied. */
export async function migrationsOf(contents: DatabaseContents): Promise<Migration[]> {
  if (contents === 'empty') return [];
  const all = await loadMigrations();
  const before = versionBefore(contents);
  return before === undefined ? all : all.filter((migration) => migration.version < before);
}

export function versionBefore(contents: DatabaseContents): MigrationUnderTest | undefined {
  return contents.startsWith('before-')
    ? (Number(contents.slice('before-'.length)) as MigrationUnderTest)
    : undefined;
}

/** The contents just before a migration under test: what its test starts from. */
export const beforeMigration = (version: MigrationUnderTest): BeforeMigration => `before-${version}`;

/**
 * The migrations that take a database from the point before `version` under test to the point
 * before it, and that point (`empty` for the first): how the set-up makes them all in one pass.
 */
export async function stepTo(
  version: MigrationUnderTest,
): Promise<{ from: DatabaseContents; migrations: Migration[] }> {
  const previous = migrationsUnderTest[migrationsUnderTest.indexOf(version) - 1];
  const from = previous === undefined ? 'empty' : beforeMigration(previous);
  return {
    from,
    migrations: (await loadMigrations()).filter(
      (migration) => migration.version < version && (previous === undefined || migration.version >= previous),
    ),
  };
}
