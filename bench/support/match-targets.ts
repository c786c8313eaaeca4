import type { Db } from '../../src/db/db.ts';
import { matchPerson } from '../../src/modules/linkage/index.ts';

/**
 * The persons a match bench matches: `persons` of the agency's persons with a name, in a fixed
 * order (by the digest of their id), the first `skip` left out — so that runs one after another
 * each match persons never matched before.
 */
export async function matchTargets(
  db: Db,
  agencyId: string,
  persons: number,
  skip: number,
): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `select p.id from person p where p.agency_id = $1 and exists (select 1 from person_name n where n.person_id = p.id)
      order by md5(p.id::text) offset $3 limit $2`,
    [agencyId, persons, skip],
  );
  return rows.map((r) => r.id);
}

/**
 * Puts the pair tables in the state a running platform's are in before a match bench times its
 * persons. `prime` other persons of the agency (the first of the same order) are matched first:
 * on tables that are empty, or were when last analysed, PostgreSQL plans a job's read of its
 * persons' pairs as a scan of the agency's whole queue — 8.5 ms of a 1M job's database CPU against
 * 1.2 ms (bench/RESULTS.md, 2026-12-05 03:38). With `forget`, the targets' pairs and hints (and
 * the hint pairs and decisions on them) are deleted first, so that each run times their first
 * match from the same state. The tables are then vacuumed and analysed.
 */
export async function primePairTables(
  db: Db,
  agencyId: string,
  targets: readonly string[],
  prime: number,
  forget: boolean,
): Promise<void> {
  if (forget) {
    await db.transaction(async (tx) => {
      await tx.query(
        `delete from person_match_hint_pair x using person_match_hint h
          where h.person_id = any ($1::uuid[]) and h.id in (x.holder_hint_id, x.newer_hint_id)`,
        [targets],
      );
      await tx.query('delete from person_match_hint where person_id = any ($1::uuid[])', [targets]);
      const pairs = `select id from person_match_candidate where person_a = any ($1::uuid[]) or person_b = any ($1::uuid[])`;
      await tx.query(`delete from person_merge where candidate_id in (${pairs})`, [targets]);
      await tx.query(`delete from person_match_decision where candidate_id in (${pairs})`, [targets]);
      await tx.query(`delete from person_match_candidate where id in (${pairs})`, [targets]);
      await tx.query('delete from linkage_probe_hit where person_id = any ($1::uuid[])', [targets]);
    });
  }
  if (prime > 0) {
    const chosen = new Set(targets);
    const others = (await matchTargets(db, agencyId, prime + targets.length, 0))
      .filter((id) => !chosen.has(id))
      .slice(0, prime);
    for (const id of others) await matchPerson(db, id);
  }
  if (forget || prime > 0)
    await db.query('vacuum analyze person_match_candidate, person_match_hint, person_match_hint_pair');
}
