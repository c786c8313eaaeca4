/**
 * Where a person search's time goes, on a seeded PostgreSQL database (issue 8): for the corrupted
 * Southeast Asian set's names (bench/support/se-asian-variants.ts, not written to the database) and
 * a few names typed as one types, searched as the largest agency's staff, the p50/p95 of
 * - the candidates' function alone (`lindung_person_name_candidates`, the rows counted),
 * - the caller's read of the candidates (`findPersonMatches`: the persons and their names),
 * - the whole search (`matchPersons`: the read, the ranking in the application, the audit entry),
 * each in a tenant transaction of its own, one after the other for the same query.
 *
 *   node bench/search-parts.ts --database-url postgres://postgres@127.0.0.1:5432/<seeded> [--queries 200]
 */
import { parseArgs } from 'node:util';
import { generateKeyText, parseKeys } from '../src/crypto/keyring.ts';
import { openDatabase } from '../src/db/open.ts';
import { inTenant } from '../src/db/tenant.ts';
import { matchPersons } from '../src/modules/persons/person.commands.ts';
import { searchKeysFor } from '../src/modules/persons/person-name-keys.ts';
import { findPersonMatches } from '../src/modules/persons/person-search.repo.ts';
import { nameWords, normalizeName } from '../src/names/index.ts';
import { platformActor } from '../src/policy/policy.ts';
import { loadAverage } from './support/report.ts';
import { generateVariantSet } from './support/se-asian-variants.ts';

const { values: options } = parseArgs({
  options: { 'database-url': { type: 'string' }, queries: { type: 'string', default: '200' } },
});
if (!options['database-url']) throw new Error('--database-url is required');
const db = await openDatabase({ databaseUrl: options['database-url'], dataDir: '' });
const [largest] = await db.query<{ agency_id: string }>(
  'select agency_id from person group by agency_id order by count(*) desc limit 1',
);
if (!largest) throw new Error('seed the database first');
const scope = { userId: platformActor.userId, agencyId: largest.agency_id, permissions: ['person:read'] };
const actor = {
  ...platformActor,
  agencyId: largest.agency_id,
  permissions: new Set(['person:read'] as const),
};
const keyring = parseKeys(generateKeyText(), 'bench key');
const records = generateVariantSet(Number(options.queries), 20261201, 0).slice(0, Number(options.queries));
const typed = records.flatMap((record) => [record.name.slice(0, 3), record.name.slice(0, 6)]).slice(0, 40);

const timed = async (work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

for (const [label, names] of [
  ['corrupted records, by name', records.map((record) => record.name)],
  ['as you type (3 and 6 letters)', typed],
] as const) {
  const parts = { candidates: [] as number[], read: [] as number[], search: [] as number[] };
  // A name with no word of a name in it ("Md", "A. b") is refused by the search (400), as the API
  // refuses it: left out here, and counted.
  const searched = names.filter((name) => nameWords(normalizeName(name)).length > 0);
  for (const name of searched) {
    const keys = searchKeysFor(name);
    parts.candidates.push(
      await timed(() =>
        inTenant(db, scope, (tx) =>
          tx.query('select count(*) from lindung_person_name_candidates($1, $2, $3, 220)', [
            name,
            keys.matchKeys,
            keys.phoneticKeys,
          ]),
        ),
      ),
    );
    parts.read.push(
      await timed(() =>
        inTenant(db, scope, (tx) => findPersonMatches(tx, { name, ...keys, candidates: 220 })),
      ),
    );
    parts.search.push(
      await timed(() =>
        inTenant(db, scope, (tx) =>
          matchPersons({ tx, actor, keyring, requestId: 'bench', query: { name, limit: 11 } }),
        ),
      ),
    );
  }
  const refused = names.length - searched.length;
  console.log(
    `${label} (${searched.length} queries${refused > 0 ? `, ${refused} without a word of a name left out` : ''}, ${loadAverage()})`,
  );
  for (const [part, values] of Object.entries(parts))
    console.log(
      `  ${part}: p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms`,
    );
}
await db.close();
