import { parseArgs } from 'node:util';
import { seededRandom } from '../src/shared/seeded-random.ts';
import { runCrashRounds } from './support/crash.ts';
import { type BenchDatabase, pgliteDatabase, postgresDatabase } from './support/databases.ts';
import { loadAverage, machineDescription, markdownTable } from './support/report.ts';

/*
 * `npm run bench:crash`: kill -9 the server at random moments while it takes acknowledged writes,
 * on PGlite and on a fresh PostgreSQL database; after each restart every acknowledged write must be
 * there, and the audit chain must verify. Exits 1 when a write is lost or the chain is broken.
 */

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '20' },
    rate: { type: 'string', default: '100' },
    'max-round-ms': { type: 'string', default: '3000' },
    databases: { type: 'string', default: 'pglite,postgres' },
    seed: { type: 'string', default: String(Date.now() % 2 ** 31) },
    'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
  },
});

console.log(`# crash safety — ${machineDescription()}; seed ${values.seed}`);
const rows: string[][] = [];
let failed = false;
for (const kind of values.databases.split(',')) {
  const database: BenchDatabase | string =
    kind === 'pglite' ? await pgliteDatabase() : await postgresDatabase(values['postgres-url']);
  if (typeof database === 'string') {
    console.log(`# ${database}`);
    continue;
  }
  try {
    const report = await runCrashRounds({
      database,
      kills: Number(values.kills),
      rate: Number(values.rate),
      maxRoundMs: Number(values['max-round-ms']),
      random: seededRandom(Number(values.seed)),
      log: (line) => console.log(`# ${kind}: ${line}`),
    });
    const lost = report.missing.length;
    if (lost > 0 || report.auditVerify.code !== 0) failed = true;
    if (lost > 0)
      console.log(
        `# ${kind}: LOST ${lost} acknowledged writes, e.g. ${report.missing.slice(0, 5).join('; ')}`,
      );
    rows.push([
      kind,
      String(report.kills),
      String(report.acknowledged),
      String(report.writesPerSecond),
      String(report.unanswered),
      String(report.refused),
      String(lost),
      `${report.restartMs.median} / ${report.restartMs.max}`,
      report.auditVerify.code === 0
        ? `intact (${report.auditVerify.output.split('\n').at(-1)})`
        : `BROKEN: ${report.auditVerify.output}`,
    ]);
  } finally {
    await database.drop();
  }
}
console.log(
  `\n${markdownTable(
    [
      'database',
      'kills',
      'acknowledged writes',
      'ack/s',
      'unanswered (killed in flight)',
      'refused',
      'lost',
      'start ms (median / max)',
      'audit verify',
    ],
    rows,
  )}\n`,
);
console.log(`# after: ${loadAverage()}`);
process.exit(failed ? 1 : 0);
