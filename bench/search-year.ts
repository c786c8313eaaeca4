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
 * And by a whole date of birth alone (decision 0130), the look-up of the persons born near it:
 * - before: 0261's read under row-level security, on its index of every agency's year of birth
 *   (built again in the run's transaction, and the agency's index dropped in the read's savepoint);
 * - after: 0265's `lindung_persons_born_near`, the agency's own persons by an index that leads with
 *   the agency (decision 0137);
 * both for 100 candidates, and whether they found the same persons.
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

/** 0261's look-up of the persons born near a date ($1), for $2 candidates, as 0130 wrote it. */
const yearKnown =
  'coalesce(extract(year from p.birth_date)::integer, p.birth_year, extract(year from p.estimated_on)::integer - p.estimated_age)';
const bornNearBefore = `select p.id as person_id from person p
  where p.anonymised_at is null
    and (p.birth_date = $1::date
         or (p.birth_date is null and ${yearKnown} between extract(year from $1::date)::integer - 2
                                                      and extract(year from $1::date)::integer + 2))
  order by coalesce(p.birth_date = $1::date, false) desc, abs(${yearKnown} - extract(year from $1::date)::integer), p.id
  limit $2`;
const bornNearAfter = 'select person_id from lindung_persons_born_near($1::date, null, $2)';
let bornNearDiffering = 0;
let bornNearPlansShown = false;

const records = generateVariantSet(Number(options.queries), 20261201).slice(0, Number(options.queries));
const results = new Map<string, ReadMeasure[]>();
const push = (what: string, m: ReadMeasure) => results.set(what, [...(results.get(what) ?? []), m]);
await db.transaction(async (tx) => {
  await tx.query(oldFunction);
  const started = performance.now();
  await tx.query(
    `create index if not exists person_birth_year_known on person ((${yearKnown.replaceAll('p.', '')}))`,
  );
  console.log(
    `0261's person_birth_year_known built for the run in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  for (const record of records) {
    const keys = searchKeysFor(record.name);
    const base = [record.name, keys.matchKeys, keys.phoneticKeys];
    const before = searchRead('pg_temp.lindung_person_name_candidates_0166($1, $2, $3, $4)');
    const after = searchRead('lindung_person_name_candidates($1, $2, $3, $4, $5)');
    const inside = async (sql: string, params: unknown[], first = '') => {
      // The temporary function lives in this session: measured in a savepoint of its transaction.
      await tx.query('savepoint measure');
      if (first) await tx.query(first);
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
    if (record.birth && /^\d{4}-\d{2}-\d{2}$/.test(record.birth)) {
      const dropAgencyIndex = 'drop index person_agency_birth';
      push(
        'by date of birth alone, before (0261, 100)',
        await inside(bornNearBefore, [record.birth, 100], dropAgencyIndex),
      );
      push('by date of birth alone, after (0265, 100)', await inside(bornNearAfter, [record.birth, 100]));
      const found = async (sql: string, first = '') => {
        await tx.query('savepoint found');
        if (first) await tx.query(first);
        await tx.query(prelude);
        const rows = await tx.query<{ person_id: string }>(sql, [record.birth, 100]);
        await tx.query('rollback to savepoint found');
        return rows.map((row) => row.person_id).join();
      };
      if ((await found(bornNearBefore, dropAgencyIndex)) !== (await found(bornNearAfter)))
        bornNearDiffering++;
      if (!bornNearPlansShown) {
        bornNearPlansShown = true;
        // The plans once: the function's own statement is its text with the values written in.
        const [fn] = await tx.query<{ prosrc: string }>(
          `select prosrc from pg_proc where proname = 'lindung_persons_born_near'`,
        );
        const written = String(fn?.prosrc)
          .replace(/\bborn\b/g, `'${record.birth}'::date`)
          .replace(/\bwanted_nationality\b/g, 'null::text')
          .replace(/\bcandidates\b/g, '100');
        for (const [what, sql, first] of [
          ['before (0261, under row-level security)', bornNearBefore, dropAgencyIndex],
          ['after (0265, as the function runs it)', written, ''],
        ] as const) {
          await tx.query('savepoint plan');
          if (first) await tx.query(first);
          await tx.query(prelude);
          // The function runs as its owner with the agency's settings: the statement too.
          if (sql === written) await tx.query('reset role');
          const plan = await tx.query<{ 'QUERY PLAN': string }>(
            `explain (analyze, costs off, timing off) ${sql}`,
            sql === written ? [] : [record.birth, 100],
          );
          await tx.query('rollback to savepoint plan');
          console.log(
            `plan by date of birth alone, ${what}:\n${plan.map((row) => `    ${row['QUERY PLAN']}`).join('\n')}`,
          );
        }
      }
    }
  }
});
await db.close();

printReads(results);
console.log(
  `by date of birth alone: ${bornNearDiffering} of the dates found other persons after than before`,
);
console.log(`load average at end: ${loadAverage()}`);
