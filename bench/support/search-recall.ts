import type { Db, Tx } from '../../src/db/db.ts';
import { insertPersonNames } from '../../src/modules/persons/person.repo.ts';
import { type StoredBirth, storedBirth } from '../../src/modules/persons/person-name-keys.ts';
import { type BenchRecord, generateVariantSet } from './se-asian-variants.ts';

/** What a search was asked and how long it took. */
export interface SearchTiming {
  milliseconds: number;
  /** Whether another record of the same true person was among the first 10. */
  found: boolean;
  /**
   * How many of the agency's persons (the set left out) bear the true person's name as first
   * written (the record the others are corrupted from), case and accents folded: how common it is.
   */
  bearers: number;
  /** The database's CPU for the search, µs (client backends' scheduler time), when measured. */
  databaseUs?: number;
}

/** A query that missed: what was searched, the true person's other records, and where the first of them ranked. */
export interface SearchMiss {
  query: { name: string; birthYear?: number };
  /** The true person's name as first written, and how many of the agency's persons bear it. */
  truth: string;
  bearers: number;
  others: string[];
  /**
   * Rank (1-based, the record itself left out) of the first other record when the same query asks
   * for 51 (so reading 510 candidates, not 110); undefined if not among the first 50.
   */
  rank: number | undefined;
}

/** Runs one search as the agency's staff: the ids of the persons found, best first. */
export type Search = (query: { name: string; birthYear?: number }, limit: number) => Promise<string[]>;

const birthOf = (birth: string | null): StoredBirth =>
  storedBirth(
    birth === null
      ? { precision: 'unknown' }
      : birth.length === 4
        ? { precision: 'year', year: Number(birth) }
        : { precision: 'exact', date: birth },
  );

/**
 * Recall@10 of person search on the corrupted Southeast Asian set (bench/support/se-asian-variants.ts)
 * hidden in a seeded population: each true person's 2–4 records are written into `agencyId` with
 * their keys as the application writes them, then every record's name is searched (alone, and with
 * its year of birth when known): a hit is another record of the same person among the first 10,
 * the record itself left out. The records are deleted afterwards (in a `finally`).
 */
export async function searchRecallAt10(
  db: Db,
  agencyId: string,
  options: {
    persons: number;
    seed: number;
    /** Share (0–1) of the names' parts coined rather than drawn from the generator's pools. */
    coined?: number;
    /**
     * The database's CPU so far, µs: read before and after each search (outside its timing), so that
     * each query's database work is known on a loaded machine, where wall time is not a result.
     */
    databaseCpu?: () => Promise<number>;
  },
  search: Search,
): Promise<{ records: number; byName: SearchTiming[]; byNameAndYear: SearchTiming[]; misses: SearchMiss[] }> {
  const records = generateVariantSet(options.persons, options.seed, options.coined ?? 0);
  // How common each true person's name is among the agency's persons, before the set is written.
  const originals = new Map(
    records.filter((record) => record.id.endsWith('-r0')).map((record) => [record.cluster, record.name]),
  );
  const bearersOf = new Map(
    (
      await db.query<{ name: string; bearers: number }>(
        `select lindung_fold(full_name) as name, count(distinct person_id)::int as bearers from person_name
          where agency_id = $1 and lindung_fold(full_name) = any(array(select lindung_fold(unnest($2::text[]))))
          group by 1`,
        [agencyId, [...originals.values()]],
      )
    ).map((row) => [row.name, row.bearers]),
  );
  const [folded] = await db.query<{ names: string[] }>(
    'select array(select lindung_fold(unnest($1::text[]))) as names',
    [[...originals.values()]],
  );
  const foldedOf = new Map([...originals.keys()].map((cluster, i) => [cluster, folded?.names[i] ?? '']));
  const idOf = new Map<string, BenchRecord>();
  await db.transaction(async (tx: Tx) => {
    for (const record of records) {
      const birth = birthOf(record.birth);
      const [row] = await tx.query<{ id: string }>(
        `insert into person (agency_id, birth_precision, birth_date, birth_year, nationality)
         values ($1, $2, $3, $4, $5) returning id`,
        [agencyId, birth.birth_precision, birth.birth_date, birth.birth_year, record.nationality],
      );
      const id = row?.id as string;
      idOf.set(id, record);
      await insertPersonNames(tx, id, agencyId, [{ kind: 'birth', fullName: record.name }], birth);
    }
  });
  await db.query('analyze person, person_name');
  const idsOfCluster = new Map<string, string[]>();
  for (const [id, record] of idOf)
    idsOfCluster.set(record.cluster, [...(idsOfCluster.get(record.cluster) ?? []), id]);
  const byName: SearchTiming[] = [];
  const byNameAndYear: SearchTiming[] = [];
  const missed: { id: string; query: SearchMiss['query'] }[] = [];
  const misses: SearchMiss[] = [];
  try {
    for (const [id, record] of idOf) {
      const others = new Set((idsOfCluster.get(record.cluster) ?? []).filter((other) => other !== id));
      const year = record.birth ? Number(record.birth.slice(0, 4)) : undefined;
      for (const [query, timings] of [
        [{ name: record.name }, byName],
        ...(year ? [[{ name: record.name, birthYear: year }, byNameAndYear] as const] : []),
      ] as const) {
        const cpuBefore = await options.databaseCpu?.();
        const started = performance.now();
        const found = await search(query, 11);
        const milliseconds = performance.now() - started;
        const cpuAfter = await options.databaseCpu?.();
        const top10 = found.filter((other) => other !== id).slice(0, 10);
        const hit = top10.some((other) => others.has(other));
        timings.push({
          milliseconds,
          found: hit,
          bearers: bearersOf.get(foldedOf.get(record.cluster) ?? '') ?? 0,
          ...(cpuBefore !== undefined && cpuAfter !== undefined ? { databaseUs: cpuAfter - cpuBefore } : {}),
        });
        if (!hit) missed.push({ id, query });
      }
    }
    // Where the misses' true records ranked, searched again for a longer list (not timed).
    for (const { id, query } of missed) {
      const cluster = idOf.get(id)?.cluster ?? '';
      const others = (idsOfCluster.get(cluster) ?? []).filter((other) => other !== id);
      const found = (await search(query, 51)).filter((other) => other !== id);
      const at = found.findIndex((other) => others.includes(other));
      misses.push({
        query,
        truth: originals.get(cluster) ?? '',
        bearers: bearersOf.get(foldedOf.get(cluster) ?? '') ?? 0,
        others: others.map((other) => idOf.get(other)?.name ?? ''),
        rank: at === -1 ? undefined : at + 1,
      });
    }
  } finally {
    await db.query('delete from person where id = any($1::uuid[])', [[...idOf.keys()]]);
  }
  return { records: records.length, byName, byNameAndYear, misses };
}
