import { loadConfig } from '../config.ts';
import { migrate } from '../db/migrate.ts';
import { type CliContext, parseCommandLine, say } from './command.ts';
import { describeDatabase, withDatabase } from './database.ts';

const usage = `
Usage: lindung migrate

Applies the database migrations not yet applied (each in its own transaction) and lists them.
The server does this at every start too; run it by hand before starting several API processes
on a new version, or to check a deployment.

Options:
  -h, --help   show this text`;

/** `lindung migrate`: applies the migrations not yet applied and lists them. */
export async function runMigrate(args: string[], context: CliContext): Promise<number> {
  if (!parseCommandLine(context, usage, { args })) return 0;
  const config = loadConfig(context.env);
  const applied = await withDatabase(config, { migrated: false }, (db) => migrate(db));
  const where = describeDatabase(config);
  if (applied.length === 0) {
    say(context, `${where} is up to date; no migration to apply`);
  } else {
    for (const migration of applied) {
      say(context, `applied ${String(migration.version).padStart(4, '0')}_${migration.name}`);
    }
    say(context, `${where}: ${applied.length} migration${applied.length === 1 ? '' : 's'} applied`);
  }
  return 0;
}
