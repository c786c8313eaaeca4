import { loadConfig } from '../config.ts';
import { scanAcrossAgencies } from '../modules/linkage/index.ts';
import { type CliContext, parseCommandLine, say } from './command.ts';
import { withDatabase } from './database.ts';

const usage = `
Usage: lindung linkage scan [--changed]

Scores every person of every agency against each other with the linkage model (decisions 0024,
0029, 0037). Each agency's own duplicates are reviewed by the agency itself (POST /api/linkage/scans);
this scan tells each agency only that another agency holds a likely match for one of its persons
("possible match held by another agency — ask for referral"), never who. The server runs it every
LINDUNG_LINKAGE_SCAN_MINUTES; a run already under way elsewhere makes this one a no-op.

Options:
  --changed    score only the persons changed since the last scan against all (full when no
               full scan ran in the last day)
  -h, --help   show this text`;

/** \`lindung linkage scan\`: the platform's scan across agencies; prints how many hints it left. */
export async function runLinkageScan(args: string[], context: CliContext): Promise<number> {
  const parsed = parseCommandLine(context, usage, { args, options: { changed: { type: 'boolean' } } });
  if (!parsed) return 0;
  const config = loadConfig(context.env);
  const result = await withDatabase(config, { migrated: true }, (db) =>
    scanAcrossAgencies(db, { mode: parsed.values.changed ? 'changed' : 'full' }),
  );
  if (result.skipped) {
    say(context, 'another scan is under way: nothing done');
    return 0;
  }
  say(
    context,
    `${result.mode} scan: compared ${result.scored} of ${result.persons} persons against all: ${result.hints} hints of a match held by another agency`,
  );
  return 0;
}
