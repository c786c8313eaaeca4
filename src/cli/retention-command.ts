import { loadConfig } from '../config.ts';
import { runRetention } from '../modules/retention/index.ts';
import { type CliContext, parseCommandLine, say } from './command.ts';
import { withDatabase } from './database.ts';
import { loadCliKeyring } from './keyring.ts';

const usage = `
Usage: lindung retention [--dry-run]

Anonymises every closed case past its retention period (table retention_period: per record type,
for an agency, its country, or '*'; the '*' rows are the platform's defaults, not law) unless an
open prosecution holds it, and every closed report from the public (never a case) past its period,
as the daily job does, and prints the report as JSON: cases due, held, anonymised, persons
anonymised, files removed, public reports due and anonymised, by agency and record type. Counts only.

Options:
  --dry-run    report what would be anonymised; change nothing
  -h, --help   show this text`;

/** `lindung retention`: the retention run now, or its dry-run report. */
export async function runRetentionCommand(args: string[], context: CliContext): Promise<number> {
  const parsed = parseCommandLine(context, usage, { args, options: { 'dry-run': { type: 'boolean' } } });
  if (!parsed) return 0;
  const config = loadConfig(context.env);
  const keyring = await loadCliKeyring(config, context, { create: false });
  const report = await withDatabase(config, { migrated: false }, (db) =>
    runRetention({
      db,
      keyring,
      attachmentsDir: config.attachmentsDir,
      dryRun: parsed.values['dry-run'] === true,
    }),
  );
  say(context, JSON.stringify(report, null, 2));
  return 0;
}
