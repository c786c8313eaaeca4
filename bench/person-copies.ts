/**
 * A million persons for person search in minutes, not the hour `bench:seed` takes at that scale on
 * this machine: copies of the persons of a database seeded with `lindung seed --scale` (or
 * `bench:seed --keep`), each copy a new person of the same agency with the same sex, birth and
 * nationality and the same names with their stored keys. A name's search and linkage keys are
 * functions of the name and the birth alone (`nameKeysFor`), so the copies' keys are the ones the
 * application would write. The generator draws every name from a few hundred forms per nationality
 * (src/synthetic/names.ts), all of them present by 100,000 persons: the copies keep each name's
 * share, which is what search cost and ranking depend on. Copies are on no case.
 *
 *   node bench/person-copies.ts --database-url postgres://postgres@127.0.0.1:5432/<seeded> --copies 7
 *     [--shift-births] [--no-search]
 *
 * Plain copies share their births and so every block: good for search, not for the match (a
 * person's seven copies are eight times its pairs). `--shift-births` makes copy k born k years
 * earlier (an estimated age k years more), its names' linkage keys rewritten for that birth (a
 * sample checked against the application's keys): a copy then shares only the blocks without a year (two rare name tokens)
 * with its original, as any two generated persons of the same name do — at 1M persons a name is
 * borne eight times as often as at 130k, and the copies keep that share.
 *
 * The name indexes are dropped during the copy and built again afterwards (each build timed), the
 * linkage key counts recounted (migration 0105), then `vacuum analyze`.
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/open.ts';
import { nameKeysFor, type StoredBirth } from '../src/modules/persons/index.ts';
import { loadAverage } from './support/report.ts';

const { values: options } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    copies: { type: 'string', default: '7' },
    'shift-births': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
  },
});
const shift = options['shift-births'];
if (!options['database-url']) throw new Error('--database-url is required');
const copies = Number(options.copies);
if (!Number.isInteger(copies) || copies < 1) throw new Error('--copies: a positive integer');

const db = await openDatabase({ databaseUrl: options['database-url'], dataDir: '' });
const [synthetic] = await db.query<{ yes: boolean }>(
  "select exists (select 1 from case_file where reference like 'SYN-%') as yes",
);
if (!synthetic?.yes) throw new Error('the database holds no synthetic cases: copy only generated persons');

const step = async (label: string, work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  console.log(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s (${loadAverage()})`);
};
const columns = async (table: string) =>
  (
    await db.query<{ column_name: string }>(
      `select column_name from information_schema.columns
        where table_schema = 'public' and table_name = $1 and column_name not in ('id', 'person_id')
        order by ordinal_position`,
      [table],
    )
  ).map((row) => row.column_name);
// The person_name indexes other than the primary key, to build again after the copy.
const indexes = await db.query<{ name: string; definition: string }>(
  `select indexname as name, indexdef as definition from pg_indexes
    where schemaname = 'public' and tablename = 'person_name' and indexname <> 'person_name_pkey'`,
);
const [personColumns, nameColumns] = [await columns('person'), await columns('person_name')];

await step(`${copies} copies of every person and their names`, () =>
  db.transaction(async (tx) => {
    // The copies' counts are recounted below, as the generator's bulk path does (decision 0033).
    await tx.query('set local session_replication_role = replica');
    for (const index of indexes) await tx.query(`drop index ${index.name}`);
    await tx.query(
      `create temporary table person_copy on commit drop as
       select id as original, gen_random_uuid() as id, copy from person, generate_series(1, $1::int) as copy`,
      [copies],
    );
    // --shift-births: copy k born k years earlier (an estimated age k years more), its names' keys
    // stale, so that the bench's refill writes them with the application's own rules.
    const personValue: Record<string, string> = shift
      ? {
          birth_date: `(p.birth_date - make_interval(years => c.copy))::date`,
          birth_year: 'p.birth_year - c.copy',
          estimated_age:
            'case when p.estimated_age is null then null else least(120, p.estimated_age + c.copy) end',
        }
      : {};
    // A name's linkage keys hold its birth as `@year` at their end (the year rules of
    // `personBlocking`: two common tokens, a token, the year off of decision 0104, a word one letter
    // off of 0148), as `#` and the date's digits (a phonetic code and the date) and as the digits
    // after rule 3's number (the date and an initial, exact dates only): rewritten for the earlier
    // birth, whatever rule's number. Checked below against the application's own keys
    // (`nameKeysFor`) on a sample.
    const digits = `to_char((p.birth_date - make_interval(years => c.copy))::date, 'YYYYMMDD')`;
    const nameValue: Record<string, string> = shift
      ? {
          linkage_keys: `array(select case
              when k ~ '^[0-9]+/.*@[0-9]{4}$' then left(k, -4) || (right(k, 4)::int - c.copy)::text
              when k ~ '^[0-9]+/.*#[0-9]{8}$' then left(k, -8) || ${digits}
              when k ~ '^3/[0-9]{8}:' then '3/' || ${digits} || substr(k, 11)
              else k end
            from unnest(n.linkage_keys) with ordinality as u(k, i) order by i)`,
        }
      : {};
    await tx.query(
      `insert into person (id, ${personColumns.join(', ')})
       select c.id, ${personColumns.map((column) => personValue[column] ?? `p.${column}`).join(', ')}
         from person_copy c join person p on p.id = c.original`,
    );
    await tx.query(
      `insert into person_name (person_id, ${nameColumns.join(', ')})
       select c.id, ${nameColumns.map((column) => nameValue[column] ?? `n.${column}`).join(', ')}
         from person_copy c join person_name n on n.person_id = c.original
         ${shift ? 'join person p on p.id = c.original' : ''}`,
    );
  }),
);
for (const index of indexes) await step(`index ${index.name}`, () => db.query(index.definition));
if (shift)
  await step('linkage keys of 2,000 copies against the application', async () => {
    const names = await db.query<StoredBirth & { full_name: string; linkage_keys: string[] }>(
      `select n.full_name, n.linkage_keys, p.birth_precision, to_char(p.birth_date, 'YYYY-MM-DD') as birth_date,
              p.birth_year, p.estimated_age, to_char(p.estimated_on, 'YYYY-MM-DD') as estimated_on
         from person_name n join person p on p.id = n.person_id
        where not exists (select 1 from case_person cp where cp.person_id = p.id)
        order by md5(n.id::text) limit 2000`,
    );
    const wrong = names.filter(
      (name) =>
        JSON.stringify(nameKeysFor(name.full_name, name).linkageKeys) !== JSON.stringify(name.linkage_keys),
    );
    if (wrong.length > 0)
      throw new Error(`${wrong.length} of ${names.length} copies keyed otherwise than the application`);
  });
// The copies were written with the triggers off: their search words (migration 0155) are written
// here (with their Latin readings' words, 0185, and their person's year of birth, 0192), the
// postings' index dropped and built again around it. `--no-search`: not written, for a database
// only the match reads (it reads no search word; ~10 minutes saved under load).
if (!options['no-search'])
  await step('search words of the copies (0155)', async () => {
    const [near] = await db.query<{ definition: string }>(
      "select indexdef as definition from pg_indexes where indexname = 'person_name_word_near'",
    );
    await db.query('drop index person_name_word_near');
    await db.query(
      `insert into person_name_word (agency_id, word, rest, birth_year, name_id, person_id)
     select n.agency_id, p.word, p.rest,
            lindung_known_birth_year(b.birth_date, b.birth_year, b.estimated_age, b.estimated_on), n.id, n.person_id
       from person_name n join person b on b.id = n.person_id
            cross join lateral lindung_person_name_postings(n.full_name, n.latin_name) p
      where not exists (select 1 from person_name_word w where w.name_id = n.id and w.word = p.word)`,
    );
    await db.query(near?.definition as string);
  });
await step('linkage key counts', () => db.query('select lindung_recount_linkage_keys()'));
await step('vacuum analyze', () =>
  db.exec('vacuum analyze person, person_name, person_name_word, linkage_key_count'),
);
const [size] = await db.query<{ persons: number; names: number }>(
  'select (select count(*) from person)::int as persons, (select count(*) from person_name)::int as names',
);
console.log(`${size?.persons} persons, ${size?.names} names`);
await db.close();
