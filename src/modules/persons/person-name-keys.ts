import type { Db } from '../../db/db.ts';
import { matchTokens, normalizeName, searchKeys, tokenWeight } from '../../names/index.ts';

/** Version of the name rules that made the stored keys; raise it when src/names/rules change. */
export const nameKeysVersion = 1;

/** The keys stored with a written name (person_name.match_keys / phonetic_keys). */
export function nameKeysFor(fullName: string): { matchKeys: string[]; phoneticKeys: string[] } {
  const { keys, phonetic } = searchKeys(normalizeName(fullName));
  return { matchKeys: keys, phoneticKeys: phonetic };
}

/**
 * The keys a search looks names up by. Keys of very common tokens (Muhammad, Nguyen, Van) are
 * left out when the query has rarer ones, so that "Muhammad bin Abdullah" does not fetch every
 * Muhammad; they stay when they are all there is.
 */
export function searchKeysFor(name: string): { matchKeys: string[]; phoneticKeys: string[] } {
  const tokens = matchTokens(normalizeName(name));
  const rare = tokens.filter((token) => tokenWeight(token) >= 0.5);
  const chosen = rare.length > 0 ? rare : tokens;
  return {
    matchKeys: [...new Set(chosen.flatMap((t) => t.keys))],
    phoneticKeys: [...new Set(chosen.flatMap((t) => t.phonetic))],
  };
}

/**
 * Refills the search keys of names stored before the current name rules (an existing database on
 * upgrade, or after the rules changed), in batches. Runs as the database owner at start-up, after
 * the migrations; it only reads names and writes keys, so it is safe to run more than once.
 */
export async function backfillPersonNameKeys(db: Db, batchSize = 500): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await db.query<{ id: string; full_name: string }>(
      'select id, full_name from person_name where keys_version < $1 order by id limit $2',
      [nameKeysVersion, batchSize],
    );
    if (rows.length === 0) return done;
    const filled = rows.map((row) => ({ id: row.id, ...nameKeysFor(row.full_name) }));
    await db.query(
      `update person_name n
          set match_keys = f.match_keys, phonetic_keys = f.phonetic_keys, keys_version = $2
         from jsonb_to_recordset($1::jsonb) as f(id uuid, match_keys text[], phonetic_keys text[])
        where n.id = f.id`,
      [
        JSON.stringify(
          filled.map((f) => ({ id: f.id, match_keys: f.matchKeys, phonetic_keys: f.phoneticKeys })),
        ),
        nameKeysVersion,
      ],
    );
    done += rows.length;
  }
}
