import { loadConfig } from '../config.ts';
import { defaultOrphanGraceMs, sweepOrphanFiles } from '../modules/attachments/index.ts';
import { type CliContext, parseCommandLine, say, UsageError } from './command.ts';
import { withDatabase } from './database.ts';

const usage = `
Usage: lindung attachments sweep [--dry-run] [--grace-hours N]

Removes the files of the attachments folder (LINDUNG_ATTACHMENTS_DIR) that no record owns: a file
left by a crash after an erasure committed and before its file was removed, or after a file was
written and before its record committed, and temporary files of a write that never finished. Only
files older than the grace period go, so an upload still under way is never touched. The daily job
does the same. Prints the report as JSON (counts only).

Options:
  --dry-run          count what would be removed; remove nothing
  --grace-hours N    leave files younger than N hours (default ${defaultOrphanGraceMs / 3_600_000}, at least 1)
  -h, --help         show this text`;

/** `lindung attachments sweep`: the orphaned-file sweep now, or its dry-run report. */
export async function runOrphanSweep(args: string[], context: CliContext): Promise<number> {
  const parsed = parseCommandLine(context, usage, {
    args,
    options: { 'dry-run': { type: 'boolean' }, 'grace-hours': { type: 'string' } },
  });
  if (!parsed) return 0;
  const hours = parsed.values['grace-hours'];
  const graceHours = hours === undefined ? undefined : Number(hours);
  if (graceHours !== undefined && !(Number.isFinite(graceHours) && graceHours >= 1)) {
    throw new UsageError('--grace-hours must be a number of hours, at least 1');
  }
  const config = loadConfig(context.env);
  const report = await withDatabase(config, { migrated: false }, (db) =>
    sweepOrphanFiles({
      db,
      attachmentsDir: config.attachmentsDir,
      dryRun: parsed.values['dry-run'] === true,
      ...(graceHours !== undefined && { graceMs: graceHours * 3_600_000 }),
    }),
  );
  say(context, JSON.stringify(report, null, 2));
  return 0;
}
