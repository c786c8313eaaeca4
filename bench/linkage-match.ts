/**
 * One person's match (decision 0037) on a seeded server PostgreSQL database: the match through the
 * stored blocks and counts (migration 0105) against the same match over the whole population
 * (every person loaded and prepared, as before 0105), for the same persons of the largest agency,
 * checking that both find the same pairs and scores; then the whole job (`matchPerson`: the
 * agency's queue, then hints across agencies) end to end. The first match of a population learns
 * its model by EM (decision 0024) and is timed apart.
 *
 *   npm run bench:linkage-match -- --database-url postgres://postgres@127.0.0.1:5432/<seeded> [--persons 20] [--skip 0]
 *     (the persons: the largest agency's, in a fixed order, the first --skip left out)
 *     [--no-whole]  (skip the whole-population match: at 1M persons it takes minutes per person)
 *     [--search-only]  (only the search as you type)  [--no-search]  (only the match)
 *     [--recall-persons 200] [--recall-seed 20261201]  (recall@10 on the corrupted set; 0 skips it)
 *     [--recall-coined 0]  (the share, 0–1, of the set's name parts coined rather than drawn from the generator's pools)
 *     [--misses]  (list the recall set's missed queries: the name searched, the true name and its bearers, the
 *                  true person's other records and where the first of them ranks in a longer list)
 *     [--prime 200]  (first match that many other persons of the agency: the pair tables then hold pairs, as a
 *                     running platform's do)  [--forget]  (delete the persons' pairs and hints first: each run
 *                     times their first match again, from the same state)
 *     [--no-autoanalyze]  (leave the tables unanalysed between jobs, as this machine's PostgreSQL does with
 *                     autovacuum off; by default each job is followed, untimed, by the analyses autovacuum
 *                     would start on a server: `analyseLikeAutovacuum`, decision 0205)
 *
 * Then search as you type (`GET /api/persons/matches`' command, decision 0014) as the largest
 * agency, for each person's first name typed 3, 6 and 10 letters in and whole: p50/p95, and
 * how often the person is among the first 10 for the whole name. Then recall@10 of the search on
 * the corrupted Southeast Asian set written among the largest agency's persons (deleted afterwards).
 * Each search's database CPU (its backends' scheduler time) is given beside its wall time: on this
 * shared machine the wall time under load is not a result, the CPU much less disturbed.
 *
 * Seed the database first: `DATABASE_URL=… lindung seed --scale 50000`. The script writes to it
 * (pairs, hints, audit): use a database of its own and drop it afterwards.
 */
import assert from 'node:assert/strict';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { generateKeyText, parseKeys } from '../src/crypto/keyring.ts';
import { openDatabase } from '../src/db/open.ts';
import { inTenant } from '../src/db/tenant.ts';
import { matchPerson } from '../src/modules/linkage/index.ts';
import { linkablePersons, storedPopulation } from '../src/modules/linkage/linkable-persons.repo.ts';
import { forgetLearnt } from '../src/modules/linkage/person-model.ts';
import { type ScoredPair, scorePersonsAgainst } from '../src/modules/linkage/person-scoring.ts';
import { scoreStoredAgainst } from '../src/modules/linkage/stored-match.ts';
import { ensureNameKeys } from '../src/modules/persons/index.ts';
import { matchPersons } from '../src/modules/persons/person.commands.ts';
import { nameWords, normalizeName } from '../src/names/index.ts';
import { platformActor } from '../src/policy/policy.ts';
import { analyseLikeAutovacuum } from './support/autoanalyze.ts';
import { databaseBackendsCpuUs } from './support/cpu-cost.ts';
import { matchTargets, primePairTables } from './support/match-targets.ts';
import { type Search, type SearchTiming, searchRecallAt10 } from './support/search-recall.ts';

const { values: options } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    persons: { type: 'string', default: '20' },
    skip: { type: 'string', default: '0' },
    'no-whole': { type: 'boolean', default: false },
    'search-only': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    'recall-persons': { type: 'string', default: '200' },
    'recall-seed': { type: 'string', default: '20261201' },
    'recall-coined': { type: 'string', default: '0' },
    misses: { type: 'boolean', default: false },
    prime: { type: 'string', default: '0' },
    forget: { type: 'boolean', default: false },
    'no-autoanalyze': { type: 'boolean', default: false },
  },
});
if (!options['database-url']) throw new Error('--database-url is required');
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
console.log(`load average at start: ${load()}`);

let started = performance.now();
const db = await openDatabase({ databaseUrl: options['database-url'], dataDir: '' });
// The recall set writes made-up persons into the largest agency for the run: only ever into a
// database of synthetic data (`lindung seed --scale`), never into one holding real persons.
const [synthetic] = await db.query<{ yes: boolean }>(
  "select exists (select 1 from case_file where reference like 'SYN-%') as yes",
);
if (!synthetic?.yes) {
  throw new Error(
    `${options['database-url']} holds no synthetic cases: seed it with lindung seed --scale first`,
  );
}
// The platform refills stale name keys by a job; this bench reads the stored keys directly.
await ensureNameKeys(db);
console.log(`opened (migrations, name keys refill): ${((performance.now() - started) / 1000).toFixed(1)} s`);

// A freshly seeded database has no statistics yet (autovacuum has not come by): without them the
// planner misjudges every query here and compiles some with JIT. Both ways are timed after it.
await db.query('analyze person, person_name, linkage_key_count');

const [size] = await db.query<{ persons: number; names: number; agencies: number }>(
  `select (select count(*) from person)::int as persons, (select count(*) from person_name)::int as names,
          (select count(distinct agency_id) from person)::int as agencies`,
);
const [largest] = await db.query<{ agency_id: string; persons: number }>(
  'select agency_id, count(*)::int as persons from person group by agency_id order by count(*) desc limit 1',
);
if (!largest || !size) throw new Error('seed the database first');
const targets = await matchTargets(db, largest.agency_id, Number(options.persons), Number(options.skip));
await primePairTables(db, largest.agency_id, targets, Number(options.prime), options.forget);
const scope = {
  userId: platformActor.userId,
  agencyId: largest.agency_id,
  permissions: ['person:read', 'person:link'],
};
const population = `agency ${largest.agency_id}`;
const byPair = (p: ScoredPair, q: ScoredPair) =>
  `${p.personA}:${p.personB}`.localeCompare(`${q.personA}:${q.personB}`);
const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const at = performance.now();
  const result = await work();
  return [result, performance.now() - at];
};

// The first match of each population learns its model (every agency's too): timed apart.
const searchOnly = options['search-only'];
let firstMs = Number.NaN;
if (!searchOnly) {
  started = performance.now();
  await matchPerson(db, targets[0] as string);
  firstMs = performance.now() - started;
}

// The job's CPU (µs): this process's, and the database backends' (read outside its timing).
const databaseCpu = () => databaseBackendsCpuUs(new URL(options['database-url'] as string).pathname.slice(1));
const jobCpu: number[] = [];
const jobPairs = { added: 0, removed: 0, hints: 0 };
const jobDatabaseCpu: number[] = [];
const whole: number[] = [];
const stored: number[] = [];
const job: number[] = [];
const wholeAcross: number[] = [];
const storedAcross: number[] = [];
let pairs = 0;
let candidates = 0;
const analysed: string[] = [];
const skipWhole = options['no-whole'];
for (const id of searchOnly ? [] : targets) {
  const [expected, wholeMs] = skipWhole
    ? [undefined, Number.NaN]
    : await timed(() =>
        inTenant(db, scope, async (tx) =>
          scorePersonsAgainst(await linkablePersons(tx), new Set([id]), population).sort(byPair),
        ),
      );
  const [found, storedMs] = await timed(() =>
    inTenant(db, scope, async (tx) => {
      const read = storedPopulation(tx, 'agency');
      const counting = {
        ...read,
        personsIn: async (blocks: readonly string[]) => {
          const persons = await read.personsIn(blocks);
          candidates += persons.length;
          return persons;
        },
      };
      return (await scoreStoredAgainst(counting, await linkablePersons(tx, [id]), population))?.sort(byPair);
    }),
  );
  if (expected) assert.deepEqual(found, expected, `the same pairs and scores for ${id}`);
  // Across agencies, as the database owner: every agency's persons (the population of linkage.across.ts).
  const [expectedAcross, wholeAcrossMs] = skipWhole
    ? [undefined, Number.NaN]
    : await timed(() =>
        db.transaction(async (tx) =>
          scorePersonsAgainst(await linkablePersons(tx), new Set([id]), 'every agency').sort(byPair),
        ),
      );
  const [foundAcross, storedAcrossMs] = await timed(() =>
    db.transaction(async (tx) =>
      (
        await scoreStoredAgainst(
          storedPopulation(tx, 'owner'),
          await linkablePersons(tx, [id]),
          'every agency',
        )
      )?.sort(byPair),
    ),
  );
  if (expectedAcross)
    assert.deepEqual(foundAcross, expectedAcross, `the same pairs and scores across agencies for ${id}`);
  wholeAcross.push(wholeAcrossMs);
  storedAcross.push(storedAcrossMs);
  const [processBefore, databaseBefore] = [process.cpuUsage(), await databaseCpu()];
  const [outcome, jobMs] = await timed(() => matchPerson(db, id));
  jobPairs.added += outcome?.added ?? 0;
  jobPairs.removed += outcome?.removed ?? 0;
  jobPairs.hints += outcome?.hints ?? 0;
  const processUsed = process.cpuUsage(processBefore);
  jobCpu.push(processUsed.user + processUsed.system);
  jobDatabaseCpu.push((await databaseCpu()) - databaseBefore);
  whole.push(wholeMs);
  stored.push(storedMs);
  job.push(jobMs);
  pairs += found?.length ?? 0;
  if (!options['no-autoanalyze']) analysed.push(...(await analyseLikeAutovacuum(db)));
}
// A process that learnt nothing (a restart, another runner): the parameters kept in the database.
let restartedMs = Number.NaN;
if (!searchOnly) {
  forgetLearnt();
  started = performance.now();
  await matchPerson(db, targets[1] as string);
  restartedMs = performance.now() - started;
}

// Search as you type, as the largest agency's staff: each person's first name, typed.
const keyring = parseKeys(generateKeyText(), 'bench key');
const searcher = { ...scope, permissions: ['person:read'] };
const search: Search = async (query, limit) =>
  (
    await inTenant(db, searcher, (tx) =>
      matchPersons({
        tx,
        actor: { ...platformActor, agencyId: largest.agency_id, permissions: new Set(['person:read']) },
        keyring,
        requestId: 'bench',
        query: { ...query, limit },
      }),
    )
  ).map((item) => item.id);
const searched: number[] = [];
const searchedCpu: number[] = [];
let foundInTop10 = 0;
for (const id of options['no-search'] ? [] : targets) {
  const [name] = await db.query<{ full_name: string }>(
    'select full_name from person_name where person_id = $1 order by position, id limit 1',
    [id],
  );
  const full = name?.full_name ?? '';
  // A short name is typed whole before its tenth letter: it is searched, and counted, once.
  for (const typed of new Set([full.slice(0, 3), full.slice(0, 6), full.slice(0, 10), full])) {
    // Letters the search refuses (400: no word of a name yet, as "Md" or "Bin") are typed on.
    if (typed.trim().length < 2 || nameWords(normalizeName(typed)).length === 0) continue;
    const cpuBefore = await databaseCpu();
    const [ids, searchMs] = await timed(() => search({ name: typed }, 10));
    searchedCpu.push((await databaseCpu()) - cpuBefore);
    searched.push(searchMs);
    if (typed === full && ids.includes(id)) foundInTop10 += 1;
  }
}
// Recall@10 on the corrupted set, hidden among the largest agency's persons.
const recall =
  !options['no-search'] && Number(options['recall-persons']) > 0
    ? await searchRecallAt10(
        db,
        largest.agency_id,
        {
          persons: Number(options['recall-persons']),
          seed: Number(options['recall-seed']),
          coined: Number(options['recall-coined']),
          databaseCpu,
        },
        search,
      )
    : undefined;
await db.close();

const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
};
const times = (xs: number[]) =>
  `${quantile(xs, 0.5).toFixed(0)} ms | ${quantile(xs, 0.95).toFixed(0)} ms | ${Math.max(...xs).toFixed(0)} ms`;
const row = (what: string, xs: number[]) => `| ${what} | ${times(xs)} |`;
const cpu = (us: number[]) =>
  `${(quantile(us, 0.5) / 1000).toFixed(1)} ms | ${(quantile(us, 0.95) / 1000).toFixed(1)} ms`;
console.log(
  `\n${size.persons} persons (${size.names} names) in ${size.agencies} agencies; the largest agency ${largest.persons} persons; ${targets.length} of its persons matched, ${pairs} pairs found, ${(candidates / targets.length).toFixed(0)} candidate persons read per match\n`,
);
console.log('| one person, the largest agency | p50 | p95 | max |');
console.log('| --- | --- | --- | --- |');
const matched = !searchOnly;
if (matched && !skipWhole) console.log(row('whole population loaded and prepared (before 0105)', whole));
if (matched) console.log(row('through the stored blocks and counts (0105)', stored));
if (matched && !skipWhole) console.log(row('across agencies: whole population (before 0105)', wholeAcross));
if (matched) console.log(row('across agencies: stored blocks and counts (0105)', storedAcross));
if (matched) console.log(row('the whole job `matchPerson` (agency, then across agencies), stored', job));
if (searched.length > 0)
  console.log(row('search as you type (3, 6, 10 letters, whole first name; limit 10)', searched));
if (jobCpu.length > 0)
  console.log(
    `\nthe whole job: ${jobPairs.added} pairs added, ${jobPairs.removed} removed, ${jobPairs.hints} hints (every person's first match adds its pairs; matched again, none)\nthe whole job's CPU: this process p50 | p95 = ${cpu(jobCpu)}; the database p50 | p95 = ${cpu(jobDatabaseCpu)}; both, p50 | p95 = ${cpu(jobCpu.map((us, i) => us + (jobDatabaseCpu[i] ?? 0)))}`,
  );
if (jobCpu.length > 0)
  console.log(
    options['no-autoanalyze']
      ? '\nbetween jobs: no table analysed (--no-autoanalyze: as this machine with autovacuum off)'
      : `\nbetween jobs, untimed, the analyses autovacuum would start on a server (more rows changed than 50 + 10 %): ${analysed.length}${analysed.length > 0 ? ` (${[...new Set(analysed)].join(', ')})` : ''}`,
  );
if (searched.length > 0)
  console.log(`\nsearch as you type, the database's CPU per search: p50 | p95 = ${cpu(searchedCpu)}`);
if (searched.length > 0)
  console.log(
    `\nsearch: the person among the first 10 for their whole name: ${foundInTop10} of ${targets.length} (the generated names recur by the thousand: not a measure of recall)`,
  );
if (recall) {
  const share = (timings: SearchTiming[]) =>
    (timings.filter((timing) => timing.found).length / timings.length).toFixed(3);
  const ms = (timings: SearchTiming[]) => timings.map((timing) => timing.milliseconds);
  console.log(
    `\nthe corrupted Southeast Asian set (${options['recall-persons']} persons, ${recall.records} records, seed ${options['recall-seed']}) among the largest agency's persons: each record searched, recall@10 = another record of the same person among the first 10\n`,
  );
  console.log(
    '| search for a corrupted record | queries | recall@10 | p50 | p95 | max | database CPU p50 | p95 |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [what, timings] of [
    ['by name', recall.byName],
    ['by name and year of birth (when known)', recall.byNameAndYear],
  ] as const)
    console.log(
      `| ${what} | ${timings.length} | ${share(timings)} | ${times(ms(timings))} | ${cpu(timings.map((timing) => timing.databaseUs ?? 0))} |`,
    );
  // Recall by how common the true person's name is among the agency's persons: a search by name
  // alone cannot tell one of a hundred identical names from another.
  console.log(
    `\nrecall@10 by how many of the agency's persons bear the true person's name as first written (share of name parts coined: ${options['recall-coined']})\n`,
  );
  console.log('| bearers of the name | by name: queries | recall@10 | with the year: queries | recall@10 |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const [label, low, high] of [
    ['none', 0, 0],
    ['1–9', 1, 9],
    ['10–99', 10, 99],
    ['100 or more', 100, Number.POSITIVE_INFINITY],
  ] as const) {
    const within = (timings: SearchTiming[]) =>
      timings.filter((timing) => timing.bearers >= low && timing.bearers <= high);
    const [name, year] = [within(recall.byName), within(recall.byNameAndYear)];
    if (name.length === 0 && year.length === 0) continue;
    const cell = (timings: SearchTiming[]) =>
      timings.length === 0 ? '— | —' : `${timings.length} | ${share(timings)}`;
    console.log(`| ${label} | ${cell(name)} | ${cell(year)} |`);
  }
  // What a search by name alone can reach (decision 0061): when b persons besides the true one bear
  // its true name exactly, the true person's record ties with theirs on every field the query
  // carries, and at best 10 of those b + 1 can be shown — min(1, 10 / (b + 1)) of a hit expected.
  // The overall figure above is kept as it was; these two say how much of its gap is the name's.
  const decidable = recall.byName.filter((timing) => timing.bearers < 10);
  const ceiling =
    recall.byName.reduce((sum, timing) => sum + Math.min(1, 10 / (timing.bearers + 1)), 0) /
    recall.byName.length;
  console.log(
    `\nby name, the queries a name can decide (fewer than 10 other bearers of the true name): ${decidable.length} queries, recall@10 ${share(decidable)}; the ceiling of any search by name alone on the whole set: ${ceiling.toFixed(3)}`,
  );
  if (options.misses) {
    console.log(
      `\nthe ${recall.misses.length} missed queries (rank: of the first other record when 51 are asked for, 510 candidates read)\n`,
    );
    console.log('| searched | year | true name (bearers) | other records | rank |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const miss of recall.misses)
      console.log(
        `| ${miss.query.name} | ${miss.query.birthYear ?? '—'} | ${miss.truth} (${miss.bearers}) | ${miss.others.join('; ')} | ${miss.rank ?? '> 50'} |`,
      );
  }
}
if (matched) {
  console.log(
    `\nfirst match (learns the agency's and every agency's model): ${(firstMs / 1000).toFixed(1)} s`,
  );
  console.log(
    `the same job in a process that learnt nothing (parameters read from the database): ${restartedMs.toFixed(0)} ms`,
  );
}
console.log(`load average at end: ${load()}`);
