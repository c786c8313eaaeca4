/**
 * Person search's SQL before and after the year in the postings' order (decision 0074), query by
 * query in one run: for the corrupted Southeast Asian set's names (bench/support/se-asian-variants.ts,
 * not written to the database), EXPLAIN (ANALYZE, BUFFERS) of the search's read (`findPersonMatches`'
 * statement: the candidates' look-up, then each candidate's person and names) as the largest
 * agency's staff, by name and by name and year:
 * - before: 0166's look-up (made again in pg_temp from its migration's text),
 *   blind to the year, 100 candidates by name and 200 with a year (0061);
 * - after: 0193's look-up given the year, 100 candidates either way (decision 0074); and, for
 *   comparison, 0193 given the year with 200.
 * Buffers do not depend on the machine's load; times are interleaved, so comparable to each other.
 *
 *   node bench/search-year.ts --database-url postgres://postgres@127.0.0.1:5432/<1M database> [--queries 150]
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
/** 0166's look-up as its migration wrote it, made again under another name in pg_temp for this run. */
const oldFunction = readFileSync(
  new URL('../src/db/migrations/0166_person_name_candidates_fewer_postings.sql', import.meta.url),
  'utf8',
).replace(
  'create or replace function lindung_person_name_candidates(',
  'create function pg_temp.lindung_person_name_candidates_0166(',
);

const records = generateVariantSet(Number(options.queries), 20261201).slice(0, Number(options.queries));
const results = new Map<string, ReadMeasure[]>();
const push = (what: string, m: ReadMeasure) => results.set(what, [...(results.get(what) ?? []), m]);
await db.transaction(async (tx) => {
  await tx.query(oldFunction);
  for (const record of records) {
    const keys = searchKeysFor(record.name);
    const base = [record.name, keys.matchKeys, keys.phoneticKeys];
    const before = searchRead('pg_temp.lindung_person_name_candidates_0166($1, $2, $3, $4)');
    const after = searchRead('lindung_person_name_candidates($1, $2, $3, $4, $5)');
    const inside = async (sql: string, params: unknown[]) => {
      // The temporary function lives in this session: measured in a savepoint of its transaction.
      await tx.query('savepoint measure');
      await tx.query(prelude);
      const [row] = await tx.query<Parameters<typeof measureOf>[0] & object>(
        `explain (analyze, buffers, format json) ${sql}`,
        params,
      );
      await tx.query('rollback to savepoint measure');
      return measureOf(row);
    };
    push('by name, before (0166, 100)', await inside(before, [...base, 100]));
    push('by name, after (0193, 100)', await inside(after, [...base, 100, null]));
    if (record.birth) {
      const year = Number(record.birth.slice(0, 4));
      push('with the year, before (0166 blind to it, 200)', await inside(before, [...base, 200]));
      push('with the year, 0193 given it, 200', await inside(after, [...base, 200, year]));
      push('with the year, after (0193 given it, 100)', await inside(after, [...base, 100, year]));
    }
  }
});
await db.close();

printReads(results);
console.log(`load average at end: ${loadAverage()}`);
