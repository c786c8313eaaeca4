import type { Db } from '../../src/db/db.ts';
import { nameKeysFor, nameKeysVersion, type StoredBirth } from '../../src/modules/persons/index.ts';
import { writeNameKeys } from '../../src/modules/persons/person-name-keys.ts';

/**
 * The name keys refill as it was before decision 0065, the bench's baseline: batches of 500, each
 * taking the stale names with the lowest ids (a walk of the primary key from the start, past every
 * name refilled before), keyed one by one and written by the same statement as now, then a COMMIT of its own.
 * `onBatch` reports the names refilled so far.
 */
export async function baselineNameKeysRefill(db: Db, onBatch: (done: number) => void): Promise<number> {
  let done = 0;
  for (;;) {
    const refilled = await db.transaction(async (tx) => {
      const rows = await tx.query<StoredBirth & { id: string; full_name: string }>(
        `select n.id, n.full_name, p.birth_precision, to_char(p.birth_date, 'YYYY-MM-DD') as birth_date,
                p.birth_year, p.estimated_age, to_char(p.estimated_on, 'YYYY-MM-DD') as estimated_on
           from person_name n join person p on p.id = n.person_id
          where n.keys_version < $1 order by n.id limit 500
            for update of n skip locked`,
        [nameKeysVersion],
      );
      if (rows.length === 0) return 0;
      await writeNameKeys(
        tx,
        rows.map((row) => ({ id: row.id, keys: nameKeysFor(row.full_name, row) })),
      );
      return rows.length;
    });
    if (refilled === 0) return done;
    done += refilled;
    onBatch(done);
  }
}
