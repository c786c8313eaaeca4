/**
 * The name keys refill at scale (issue 8, decision 0065): on a generated PostgreSQL database, every
 * name is marked stale (keyed under the previous rules), then refilled by the refill as it was (the
 * baseline: batches of 500 from the lowest id) and, marked stale again, by the refill of 0065 with
 * one lane and with two. Prints names/s, CPU time of this process, the database's buffer reads per
 * name (load-independent) and the projected time at 1M names, and checks that both refills wrote
 * the same keys and counts.
 *
 *   npm run bench:name-keys -- --persons 200000 [--keep] [--stale version|cleared]
 *     [--database-url <a database generated before>] [--postgres-url <maintenance database URL>]
 *
 * `--stale version` (default) only lowers keys_version, as a rules change that alters few names
 * leaves them; `cleared` also empties the keys, as the generator's bulk path wrote them before 0047.
 * Without --database-url the database is made (`lindung seed --scale`, persons / 1.3 cases) and
 * dropped at the end unless --keep.
 */

import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { generateKeyText, parseKeys } from '../src/crypto/keyring.ts';
import type { Db } from '../src/db/db.ts';
import { migrate } from '../src/db/migrate.ts';
import { openPostgres } from '../src/db/pg.ts';
import { seedDemo } from '../src/modules/demo/index.ts';
import { backfillPersonNameKeys, nameKeysVersion } from '../src/modules/persons/person-name-keys.ts';
import { generateSynthetic } from '../src/synthetic/generate.ts';
import { type BenchDatabase, postgresDatabase } from './support/databases.ts';
import { baselineNameKeysRefill } from './support/name-keys-baseline.ts';
import { loadAverage, machineDescription, markdownTable } from './support/report.ts';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '200000' },
    stale: { type: 'string', default: 'version' },
    keep: { type: 'boolean', default: false },
    'database-url': { type: 'string' },
    'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
  },
});
if (values.stale !== 'version' && values.stale !== 'cleared') throw new Error('--stale version|cleared');
const seconds = (since: number) => (performance.now() - since) / 1000;
const log = (text: string) =>
  console.log(`${new Date().toISOString().slice(11, 19)} ${text} (${loadAverage()})`);

async function openBenchDatabase(): Promise<{ db: Db; made?: BenchDatabase }> {
  if (values['database-url']) {
    const db = await openPostgres(values['database-url']);
    await migrate(db);
    return { db };
  }
  const made = await postgresDatabase(values['postgres-url'], 'lindung_rekey');
  if (typeof made === 'string') throw new Error(made);
  const db = await openPostgres(made.env.DATABASE_URL as string);
  await migrate(db);
  await seedDemo(db);
  const started = performance.now();
  const scale = Math.ceil(Number(values.persons) / 1.3);
  await generateSynthetic(db, { scale, seed: 1, keyring: parseKeys(generateKeyText(), 'bench key') });
  log(`generated ${scale} cases in ${seconds(started).toFixed(0)} s`);
  return { db, made };
}

/** Every name keyed under the previous rules, then the table vacuumed, so that each run starts alike. */
async function markStale(db: Db): Promise<number> {
  const cleared = values.stale === 'cleared';
  const marked = await db.query(
    `update person_name set keys_version = $1 ${cleared ? `, match_keys = '{}', phonetic_keys = '{}', linkage_keys = '{}', linkage_value = ''` : ''}
      returning 1`,
    [nameKeysVersion - 1],
  );
  await db.query('vacuum analyze person_name');
  return marked.length;
}

/** Buffers this database read (from cache or disk) and transactions it committed, as the statistics have them. */
async function databaseStatistics(db: Db) {
  await sleep(11_000); // an idle backend reports its statistics within 10 s
  const [row] = await db.query<{ buffers: string; commits: string }>(
    `select blks_hit + blks_read as buffers, xact_commit as commits from pg_stat_database where datname = current_database()`,
  );
  return { buffers: Number(row?.buffers), commits: Number(row?.commits) };
}

/** The stored keys and counts as one digest, to compare what two refills wrote. */
async function keysDigest(db: Db): Promise<string> {
  const [row] = await db.query<{ names: string; counts: string }>(
    `select (select md5(string_agg(id::text || match_keys::text || phonetic_keys::text || linkage_keys::text || linkage_value, ',' order by id))
               from person_name) as names,
            (select md5(string_agg(key || agency_id::text || records, ',' order by key, agency_id))
               from linkage_key_count where records <> 0) as counts`,
  );
  return `${row?.names}/${row?.counts}`;
}

interface Run {
  label: string;
  names: number;
  seconds: number;
  cpuSeconds: number;
  buffers: number;
  commits: number;
  /** Seconds for the first and the last tenth of the names. */
  tenths: [number, number];
  digest: string;
}

/** Runs one refill over `names` stale names; `refill` calls `tenth` at the end of each tenth but the last. */
async function timeRefill(
  db: Db,
  label: string,
  names: number,
  refill: (tenth: () => void) => Promise<number>,
): Promise<Run> {
  const before = await databaseStatistics(db);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const marks: number[] = [started];
  const refilled = await refill(() => marks.push(performance.now()));
  const wall = seconds(started);
  const used = process.cpuUsage(cpu);
  marks.push(performance.now());
  const tenth = (i: number) => ((marks[i + 1] as number) - (marks[i] as number)) / 1000;
  const after = await databaseStatistics(db);
  const [stale] = await db.query<{ n: number }>(
    'select count(*)::int as n from person_name where keys_version < $1',
    [nameKeysVersion],
  );
  if (refilled !== names || stale?.n !== 0)
    throw new Error(`${label}: ${refilled} of ${names} refilled, ${stale?.n} stale`);
  const run: Run = {
    label,
    names,
    seconds: wall,
    cpuSeconds: (used.user + used.system) / 1e6,
    buffers: after.buffers - before.buffers,
    commits: after.commits - before.commits,
    tenths: [tenth(0), tenth(marks.length - 2)],
    digest: await keysDigest(db),
  };
  log(`${label}: ${names} names in ${wall.toFixed(1)} s, ${Math.round(names / wall)} names/s`);
  return run;
}

/**
 * Seconds at a million names, if a name's cost grows linearly with the names refilled before it
 * (the baseline's walk past them): fitted to the first and the last tenth's cost per name.
 */
function projectedAtMillion(run: Run): number {
  const perTenth = run.names / 10;
  const first = run.tenths[0] / perTenth;
  const last = run.tenths[1] / perTenth;
  const growth = Math.max(0, (last - first) / (0.9 * run.names));
  const base = first - growth * 0.05 * run.names;
  return base * 1e6 + (growth * 1e6 * 1e6) / 2;
}

console.log(machineDescription());
const { db, made } = await openBenchDatabase();
try {
  const runs: Run[] = [];
  const names = await markStale(db);
  log(`${names} names marked stale (${values.stale})`);
  const step = Math.ceil(names / 10);
  runs.push(
    await timeRefill(db, 'baseline (500 a batch, from the lowest id)', names, async (tenth) => {
      let next = step;
      return baselineNameKeysRefill(db, (done) => {
        for (; done >= next && done < names; next += step) tenth();
      });
    }),
  );
  for (const lanes of [1, 2]) {
    await markStale(db);
    runs.push(
      await timeRefill(db, `decision 0065, ${lanes} lane${lanes > 1 ? 's' : ''}`, names, async (tenth) => {
        // Tenths by batches: each call walks on from the first stale name, which is a range read.
        const batches = Math.max(1, Math.round(step / 2000));
        let done = 0;
        for (;;) {
          const refilled = await backfillPersonNameKeys(db, { maxBatches: batches, lanes });
          if (refilled === 0) return done;
          done += refilled;
          if (done < names) tenth();
        }
      }),
    );
  }
  console.log(`\n${names} names, stale by ${values.stale}:\n`);
  console.log(
    markdownTable(
      [
        'refill',
        'seconds',
        'names/s',
        'first / last tenth s',
        'Node CPU s',
        'buffers/name',
        'commits',
        'projected at 1M',
        'same keys and counts',
      ],
      runs.map((run) => [
        run.label,
        run.seconds.toFixed(1),
        String(Math.round(run.names / run.seconds)),
        `${run.tenths[0].toFixed(1)} / ${run.tenths[1].toFixed(1)}`,
        run.cpuSeconds.toFixed(1),
        (run.buffers / run.names).toFixed(1),
        String(run.commits),
        `${(projectedAtMillion(run) / 60).toFixed(1)} min`,
        run.digest === runs[0]?.digest ? 'yes' : 'NO',
      ]),
    ),
  );
} finally {
  await db.close();
  log('done');
  if (made && values.keep) console.log(`kept: --database-url ${made.env.DATABASE_URL}`);
  else if (made) await made.drop();
}
