/**
 * Person search's read before and after the key branch's index of the agency's own keys (issue 8,
 * decision 0080), query by query in one run: for the corrupted Southeast Asian set's names
 * (bench/support/se-asian-variants.ts, not written to the database), EXPLAIN (ANALYZE, BUFFERS) of
 * `findPersonMatches`' statement (the look-up, then each candidate's person and names) as the
 * largest agency's staff, by name and by name and year, with
 * - before: 0193's look-up (every agency's GIN bitmaps of keys and codes, then the agency's kept);
 * - after: 0200's look-up (the agency's own keys and codes);
 * both made again from their migrations' text in pg_temp, interleaved (which comes first
 * alternates), and whether they chose the same candidates. The database is migrated (0200 dropped
 * the old indexes): the run builds 0055's two indexes again in its transaction and drops them at
 * its end. Buffers do not depend on the machine's load.
 *
 *   node bench/search-keys.ts --database-url postgres://postgres@127.0.0.1:5432/<1M database> [--queries 150]
 */
import { readFileSync } from 'node:fs';
import { searchKeysFor } from '../src/modules/persons/person-name-keys.ts';
import { loadAverage } from './support/report.ts';
import { generateVariantSet } from './support/se-asian-variants.ts';
import {
  measureOf,
  openAsLargestAgency,
  printReads,
  type ReadMeasure,
  searchRead,
} from './support/search-read.ts';

const { options, db, prelude } = await openAsLargestAgency();
/** A migration's look-up, made again under another name in pg_temp for this run. */
const lookUpOf = (migration: string, name: string) => {
  const text = readFileSync(new URL(`../src/db/migrations/${migration}`, import.meta.url), 'utf8');
  const start = text.search(/create (or replace )?function lindung_person_name_candidates\(/);
  const end = text.indexOf('$function$;', start) + '$function$;'.length;
  return text
    .slice(start, end)
    .replace(
      /create (or replace )?function lindung_person_name_candidates\(/,
      `create function pg_temp.${name}(`,
    );
};

/** A read measured, and the look-up's candidates (ids, sorted and joined). */
type Measure = ReadMeasure & { ids: string };

const records = generateVariantSet(Number(options.queries), 20261201).slice(0, Number(options.queries));
const results = new Map<string, Measure[]>();
const push = (what: string, m: Measure) => results.set(what, [...(results.get(what) ?? []), m]);
let differing = 0;
await db.transaction(async (tx) => {
  // 0193's look-up reads 0055's indexes of every agency's keys and codes: built again for the run.
  for (const [name, column] of [
    ['person_name_match_keys', 'match_keys'],
    ['person_name_phonetic_keys', 'phonetic_keys'],
  ]) {
    const started = performance.now();
    await tx.query(`create index if not exists ${name} on person_name using gin (${column})`);
    console.log(`${name} built for the run in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  await tx.query(lookUpOf('0193_person_name_candidates_by_year.sql', 'candidates_0193'));
  await tx.query(lookUpOf('0200_person_name_keys_by_agency.sql', 'candidates_0200'));
  for (const [index, record] of records.entries()) {
    const keys = searchKeysFor(record.name);
    const base = [record.name, keys.matchKeys, keys.phoneticKeys, 100];
    const inside = async (lookUp: string, params: unknown[]) => {
      // The temporary functions live in this session: measured in a savepoint of its transaction.
      await tx.query('savepoint measure');
      await tx.query(prelude);
      const [row] = await tx.query<Parameters<typeof measureOf>[0] & object>(
        `explain (analyze, buffers, format json) ${searchRead(`pg_temp.${lookUp}($1, $2, $3, $4, $5)`)}`,
        params,
      );
      const ids = (
        await tx.query<{ person_id: string }>(
          `select person_id from pg_temp.${lookUp}($1, $2, $3, $4, $5) order by person_id`,
          params,
        )
      )
        .map((r) => r.person_id)
        .join(',');
      await tx.query('rollback to savepoint measure');
      return { ...measureOf(row), ids };
    };
    const years = record.birth ? [null, Number(record.birth.slice(0, 4))] : [null];
    for (const year of years) {
      const what = year === null ? 'by name' : 'with the year';
      // Which runs first alternates, so that neither always finds the other's pages in memory.
      const order =
        index % 2 === 0 ? ['candidates_0193', 'candidates_0200'] : ['candidates_0200', 'candidates_0193'];
      const measured = new Map<string, Measure>();
      for (const lookUp of order) measured.set(lookUp, await inside(lookUp, [...base, year]));
      const before = measured.get('candidates_0193') as Measure;
      const after = measured.get('candidates_0200') as Measure;
      push(`${what}, before (0193: every agency's keys)`, before);
      push(`${what}, after (0200: the agency's own keys)`, after);
      if (before.ids !== after.ids) differing += 1;
    }
  }
  await tx.query('drop index person_name_match_keys, person_name_phonetic_keys');
});
await db.close();

printReads(results);
console.log(`look-ups whose candidates differed between before and after: ${differing}`);
console.log(`load average at end: ${loadAverage()}`);
