import { loadConfig } from '../config.ts';
import { scanAcrossAgencies } from '../modules/linkage/index.ts';
import { type CliContext, parseCommandLine, say } from './command.ts';
import { withDatabase } from './database.ts';

const usage = `
Usage: lindung linkage scan

Scores every person of every agency against each other with the linkage model (decisions 0024,
0029). Each agency's own duplicates are reviewed by the agency itself (POST /api/linkage/scans);
this scan tells each agency only that another agency holds a likely match for one of its persons
("possible match held by another agency — ask for referral"), never who. Run it nightly.

Options:
  -h, --help   show this text`;

/** \`lindung linkage scan\`: the platform's scan across agencies; prints how many hints it left. */
export async function runLinkageScan(args: string[], context: CliContext): Promise<number> {
  if (!parseCommandLine(context, usage, { args })) return 0;
  const config = loadConfig(context.env);
  const result = await withDatabase(config, { migrated: true }, (db) => scanAcrossAgencies(db));
  say(context, `compared ${result.persons} persons: ${result.hints} hints of a match held by another agency`);
  return 0;
}
