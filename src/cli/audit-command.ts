import { chainAuditEntries } from '../audit/chain.ts';
import { verifyAuditChain } from '../audit/verify.ts';
import { loadConfig } from '../config.ts';
import { type CliContext, parseCommandLine, say } from './command.ts';
import { withDatabase } from './database.ts';

const usage = `
Usage: lindung audit verify

First chains the entries committed since the chainer last ran, then walks the audit log in order
and recomputes each entry's SHA-256 hash and its link to the entry before it. Exits 0 when the
chain is intact, 1 at the first altered, removed or reordered entry. Entries committed while it
runs are reported as not yet chained, not as a break.

Options:
  -h, --help   show this text`;

/** `lindung audit verify`: exit 0 for an intact audit chain, 1 naming the first broken entry. */
export async function runAuditVerify(args: string[], context: CliContext): Promise<number> {
  if (!parseCommandLine(context, usage, { args })) return 0;
  const config = loadConfig(context.env);
  const report = await withDatabase(config, { migrated: false }, async (db) => {
    await chainAuditEntries(db);
    return verifyAuditChain(db);
  });
  if (report.firstBreak) {
    say(context, `audit chain broken at entry ${report.firstBreak.seq}: ${report.firstBreak.problem}`);
    return 1;
  }
  const pending = report.pending > 0 ? `, ${report.pending} more not yet chained` : '';
  say(context, `audit chain intact: ${report.entries} entries${pending}`);
  return 0;
}
