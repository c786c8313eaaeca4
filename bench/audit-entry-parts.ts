/**
 * What one audit entry costs the database, by part (`npm run bench:audit-entry-parts`, decision
 * 0128). Every audited read writes one entry in its own statement and commits it lazily (decisions
 * 0028, 0056), and the audit job chains it a few seconds later (decision 0095): both are part of
 * what a case detail costs beyond the bare SQL (bench:cases).
 *
 * - **Write**: one entry in its own transaction (`synchronous_commit = off`, as the audited read's
 *   lazy commit), as the table owner, into fresh copies of `audit_event` that carry more or less of
 *   what it carries: all its indexes and its stamp trigger (as now); without the two indexes that
 *   only keep the chain's state (`seq` unique, the unchained entries' partial index), which an
 *   insert-only chain would leave off; without any index or trigger; and the chain number's unique
 *   index over every entry (before migration 0268) against one over the chained entries only (0268),
 *   each with audit_event's other five indexes and its stamp trigger. A transaction with no write
 *   (`select 1`) is the floor. No RLS and no read beside it: the parts, not the whole read.
 * - **Chain**: `--entries` entries written to `audit_event`, then chained in the audit job's batches
 *   of 5,000, against the parts an insert-only chain would keep: finding the pending entries,
 *   hashing and collecting them as the chainer's loop does without writing; one narrow chain row
 *   each (entry id, number, previous hash, hash; two indexes) in a table of its own.
 *
 * Variants run interleaved on one connection, and each is charged the backend's CPU from
 * /proc/<pid>/schedstat (the scheduler's clock: a loaded machine bends it less than wall time), so
 * PostgreSQL must run on this machine. The database is made for the run and removed afterwards.
 *
 * Options: --transactions <n> (400 a variant a round), --entries <n> (20000 a round), --rounds <n>
 * (10), --postgres-url <maintenance database URL>, --database-prefix <name> (lindung_bench_entry).
 */
import { parseArgs } from 'node:util';
import { type Db, prepared } from '../src/db/db.ts';
import { loadMigrations, migrate } from '../src/db/migrate.ts';
import { openPostgres } from '../src/db/pg.ts';
import { cleanUpOnInterrupt } from './support/clean-up.ts';
import { databaseBackendsCpuUs } from './support/cpu-cost.ts';
import { postgresDatabase } from './support/databases.ts';
import { loadAverage, machineDescription, markdownTable, median } from './support/report.ts';

const { values } = parseArgs({
  options: {
    transactions: { type: 'string', default: '400' },
    entries: { type: 'string', default: '20000' },
    rounds: { type: 'string', default: '10' },
    'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    'database-prefix': { type: 'string', default: 'lindung_bench_entry' },
  },
});
const [transactions, entries, rounds] = [values.transactions, values.entries, values.rounds].map(Number) as [
  number,
  number,
  number,
];
const chainBatch = 5000;
if (![transactions, entries, rounds].every((n) => Number.isInteger(n) && n >= 1) || entries % chainBatch) {
  console.error(
    `--transactions and --rounds must be whole numbers of at least 1, --entries a multiple of ${chainBatch}`,
  );
  process.exit(1);
}

/** Copies of `audit_event` made for the write variants, and the insert-only chain's own table. */
const copies = `
  create function stamp_at() returns trigger language plpgsql as $$ begin new.at := clock_timestamp(); return new; end $$;
  create table entry_as_now (like audit_event including all);
  create trigger stamp before insert on entry_as_now for each row execute function audit_event_stamp();
  create table entry_without_chain_state (like audit_event including all);
  alter table entry_without_chain_state drop column seq, drop column prev_hash, drop column hash;
  create trigger stamp before insert on entry_without_chain_state for each row execute function stamp_at();
  create table entry_seq_unique (like audit_event including all excluding indexes);
  create table entry_seq_unique_chained (like audit_event including all excluding indexes);
  create trigger stamp before insert on entry_seq_unique for each row execute function audit_event_stamp();
  create trigger stamp before insert on entry_seq_unique_chained for each row execute function audit_event_stamp();
  ${['entry_seq_unique', 'entry_seq_unique_chained']
    .map(
      (table) => `alter table ${table} add primary key (id);
  create index on ${table} (actor_user_id, at);
  create index on ${table} (agency_id, at);
  create index on ${table} (subject_type, subject_id);
  create index on ${table} (id) where seq is null;`,
    )
    .join('\n  ')}
  create unique index on entry_seq_unique (seq);
  create unique index on entry_seq_unique_chained (seq) where seq is not null;
  create table entry_bare (like audit_event including defaults);
  alter table entry_bare alter column id add generated always as identity, alter column at set default clock_timestamp();
  create table chain_link (entry_id bigint primary key, seq bigint not null unique, prev_hash text not null, hash text not null);`;

const entryColumns =
  '(actor_user_id, agency_id, action, subject_type, subject_id, outcome, request_id, detail)';
const entryValues = `values ($1::uuid, $2::uuid, 'case.read', 'case', $3, 'success', 'bench-request', '{}')`;
const writes: Record<string, string> = {
  'no write (select 1)': 'select 1',
  'audit_event as now: its 6 indexes, the stamp trigger': `insert into entry_as_now ${entryColumns} ${entryValues}`,
  'the chain number unique among all entries (before 0268)': `insert into entry_seq_unique ${entryColumns} ${entryValues}`,
  'the chain number unique among chained entries (0268)': `insert into entry_seq_unique_chained ${entryColumns} ${entryValues}`,
  'without the chain state: 4 indexes, a trigger stamping the time': `insert into entry_without_chain_state ${entryColumns} ${entryValues}`,
  'no index, no trigger': `insert into entry_bare ${entryColumns} ${entryValues}`,
};

/** The pending entries found, hashed and collected as `audit_event_chain_pending` does, without writing. */
const chainLoopWithoutWrite = (from: number) => `do $$
  declare entry audit_event; last_hash text := repeat('0', 64); n bigint := 0;
          ids bigint[] := '{}'; seqs bigint[] := '{}'; prev_hashes text[] := '{}'; hashes text[] := '{}';
  begin
    for entry in select * from audit_event where seq is null and id >= ${from} order by id limit ${chainBatch} loop
      n := n + 1;
      entry.seq := n;
      entry.prev_hash := last_hash;
      entry.hash := audit_event_hash(entry);
      ids := ids || entry.id; seqs := seqs || entry.seq;
      prev_hashes := prev_hashes || entry.prev_hash; hashes := hashes || entry.hash;
      last_hash := entry.hash;
    end loop;
  end $$`;

const { withCleanup, fail } = cleanUpOnInterrupt();

/** µs of backend CPU per unit of `work` (`units` of it), on the pool's one connection. */
async function cpuPer(name: string, units: number, work: () => Promise<unknown>): Promise<number> {
  const before = await databaseBackendsCpuUs(name);
  await work();
  return ((await databaseBackendsCpuUs(name)) - before) / units;
}

async function measure(db: Db, name: string) {
  await db.query(copies);
  await db.query('set synchronous_commit = off');
  const figures = new Map<string, number[]>();
  const add = (label: string, value: number) => figures.set(label, [...(figures.get(label) ?? []), value]);
  const someone = '00000000-0000-4000-8000-000000000001';
  for (let round = 1; round <= rounds; round++) {
    for (const [label, text] of Object.entries(writes)) {
      // Prepared, as the audited read's statement is (decision 0060).
      const statement = prepared(text);
      add(
        label,
        await cpuPer(name, transactions, async () => {
          for (let i = 0; i < transactions; i++)
            await db.query(statement, text === 'select 1' ? [] : [someone, someone, `case-${i}`]);
        }),
      );
    }
    await db.query(
      `insert into audit_event (actor_user_id, agency_id, action, subject_type, subject_id, request_id, detail)
       select gen_random_uuid(), gen_random_uuid(), 'case.read', 'case', gen_random_uuid()::text, 'bench-' || i, '{}'
         from generate_series(1, $1::integer) i`,
      [entries],
    );
    await db.query('vacuum analyze audit_event');
    const [first] = await db.query<{ id: number }>(
      'select min(id)::int as id from audit_event where seq is null',
    );
    const from = first?.id ?? 0;
    const batches = Array.from({ length: entries / chainBatch }, (_, k) => from + k * chainBatch);
    add(
      'chain: pending found, hashed, collected (no write)',
      await cpuPer(name, entries, async () => {
        for (const start of batches) await db.query(chainLoopWithoutWrite(start));
      }),
    );
    add(
      'chain: one narrow chain row each, in its own table',
      await cpuPer(name, entries, async () => {
        for (const start of batches)
          await db.query(
            `insert into chain_link
             select id, id, repeat('0', 64), md5(id::text) || md5(id::text)
               from audit_event where seq is null and id >= $1 order by id limit ${chainBatch}`,
            [start],
          );
      }),
    );
    add(
      'chain: as now (audit_event_chain_pending, one UPDATE a batch)',
      await cpuPer(name, entries, async () => {
        for (const _ of batches) await db.query('select audit_event_chain_pending($1)', [chainBatch]);
      }),
    );
    console.log(`  round ${round}/${rounds} done (${loadAverage()})`);
  }
  console.log(
    `\n${markdownTable(
      ['µs of backend CPU, per transaction (write) or per entry (chain)', 'least', 'median', 'rounds'],
      [...figures].map(([label, xs]) => [
        label,
        Math.min(...xs).toFixed(1),
        median(xs).toFixed(1),
        xs.map((x) => x.toFixed(0)).join(' / '),
      ]),
    )}`,
  );
}

console.log(
  `Lindung audit entry parts: ${transactions} transactions a write variant and ${entries} entries chained, ` +
    `a round; ${rounds} rounds, interleaved`,
);
console.log(machineDescription());
try {
  const database = await postgresDatabase(values['postgres-url'], values['database-prefix']);
  if (typeof database === 'string') throw new Error(database);
  const url = database.env.DATABASE_URL as string;
  const name = new URL(url).pathname.slice(1);
  await withCleanup(database.drop, async () => {
    const db = await openPostgres(url, { poolSize: 1 });
    await withCleanup(
      () => db.close(),
      async () => {
        await migrate(db, await loadMigrations());
        await measure(db, name);
      },
    );
  });
} catch (error) {
  await fail(error);
}
console.log(`At the end: ${loadAverage()}`);
