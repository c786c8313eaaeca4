import { loadConfig } from '../config.ts';
import { demoPassword, demoUsers, isEmpty, seedDemo } from '../modules/demo/index.ts';
import { RuleViolationError } from '../shared/errors.ts';
import { type CliContext, parseCommandLine, say, UsageError, warn } from './command.ts';
import { describeDatabase, withDatabase } from './database.ts';

const usage = `
Usage: lindung seed --demo

Fills an empty database with the demo agencies (Malaysia, Indonesia, Vietnam) and one demo user
per role, all sharing one public password. Refuses a database that already has an agency.
Never use demo accounts in production.

Options:
  --demo       seed the demo data (the only data set there is; required, so that nobody seeds by accident)
  -h, --help   show this text`;

/** `lindung seed --demo`: fills an empty database with the demo data; exit 1 if it is not empty. */
export async function runSeed(args: string[], context: CliContext): Promise<number> {
  const parsed = parseCommandLine(context, usage, { args, options: { demo: { type: 'boolean' } } });
  if (!parsed) return 0;
  if (!parsed.values.demo) throw new UsageError('seed needs --demo (the demo data is the only data set)');
  const config = loadConfig(context.env);
  if (config.environment === 'production') {
    throw new RuleViolationError('demo_in_production', 'demo data cannot be seeded when NODE_ENV=production');
  }
  const where = describeDatabase(config);
  const seeded = await withDatabase(config, { migrated: true }, async (db) =>
    (await isEmpty(db)) ? seedDemo(db) : undefined,
  );
  if (!seeded) {
    warn(context, `${where} is not empty (it has agencies): the demo data was not added`);
    return 1;
  }
  say(context, `${where}: added ${seeded.agencies} demo agencies and ${seeded.users} demo users`);
  say(context, `demo sign-ins (password "${demoPassword}" for all):`);
  for (const user of demoUsers) say(context, `  ${user.email.padEnd(38)} ${user.role}`);
  return 0;
}
