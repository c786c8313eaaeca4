import { loadConfig } from '../config.ts';
import { demoPassword, demoUsers, isEmpty, seedDemo } from '../modules/demo/index.ts';
import { RuleViolationError } from '../shared/errors.ts';
import { type CliContext, parseCommandLine, say, UsageError, warn } from './command.ts';
import { describeDatabase, withDatabase } from './database.ts';
import { loadCliKeyring } from './keyring.ts';

const usage = `
Usage: lindung seed --demo
       lindung seed --scale N [--seed S] [--batch B]

--demo fills an empty database with the demo agencies (Malaysia, Indonesia, Vietnam) and one demo
user per role, all sharing one public password. Refuses a database that already has an agency.
Never use demo accounts in production.

--scale N adds N synthetic victim cases (persons, screenings, referrals, placements, protection
orders, repatriations, reintegration plans, investigations) over the demo agencies, seeding the demo
data first if the database is empty. The same --seed always gives the same data; a seed can be
generated once per database. For statistics and benchmarks, never for production.

Options:
  --demo        seed the demo data
  --scale N     synthetic victim cases to add
  --seed S      the seed of the synthetic data (default 1)
  --batch B     cases per transaction (default 20000)
  -h, --help    show this text`;

const positive = (value: string | undefined, name: string, fallback?: number): number => {
  if (value === undefined && fallback !== undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || (name !== '--seed' && number < 1)) {
    throw new UsageError(`${name} needs a whole number${name === '--seed' ? '' : ' above 0'}`);
  }
  return number;
};

/** `lindung seed --demo` or `--scale N`: the demo data, or synthetic cases; exit 1 when refused. */
export async function runSeed(args: string[], context: CliContext): Promise<number> {
  const parsed = parseCommandLine(context, usage, {
    args,
    options: {
      demo: { type: 'boolean' },
      scale: { type: 'string' },
      seed: { type: 'string' },
      batch: { type: 'string' },
    },
  });
  if (!parsed) return 0;
  const { demo, scale } = parsed.values;
  if (!demo && scale === undefined) throw new UsageError('seed needs --demo or --scale N');
  if (demo && scale !== undefined) throw new UsageError('give --demo or --scale, not both');
  const config = loadConfig(context.env);
  if (config.environment === 'production') {
    throw new RuleViolationError(
      'demo_in_production',
      'demo or synthetic data cannot be seeded when NODE_ENV=production',
    );
  }
  const where = describeDatabase(config);
  if (scale !== undefined)
    return runSynthetic(context, where, config, {
      scale: positive(scale, '--scale'),
      seed: positive(parsed.values.seed, '--seed', 1),
      batchSize: positive(parsed.values.batch, '--batch', 20_000),
    });
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

async function runSynthetic(
  context: CliContext,
  where: string,
  config: ReturnType<typeof loadConfig>,
  options: { scale: number; seed: number; batchSize: number },
): Promise<number> {
  const { generateSynthetic } = await import('../synthetic/generate.ts');
  const keyring = await loadCliKeyring(config, context, { create: true });
  const report = await withDatabase(config, { migrated: true }, async (db) => {
    if (await isEmpty(db)) await seedDemo(db);
    const [taken] = await db.query<{ n: number }>(
      "select count(*)::integer as n from case_file where reference like $1 || '%'",
      [`SYN-${options.seed}-`],
    );
    if ((taken?.n ?? 0) > 0) return undefined;
    return generateSynthetic(db, {
      ...options,
      keyring,
      onBatch: (done, total) => say(context, `  ${done} of ${total} cases`),
    });
  });
  if (!report) {
    warn(context, `${where} already has the synthetic data of seed ${options.seed}: choose another --seed`);
    return 1;
  }
  const seconds = report.milliseconds / 1000;
  say(
    context,
    `${where}: added ${report.cases} synthetic cases (${report.rows} rows) in ${seconds.toFixed(1)} s, ${Math.round(report.rows / seconds)} rows/s${report.bulk ? '' : ' (row by row: only a superuser may skip the row triggers)'}`,
  );
  return 0;
}
