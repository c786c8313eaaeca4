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
 * left out when the query has a rarer token before its last one ("Siti Nurhaliza Tar…" is looked
 * up by nurhaliza and tar…), so that the look-up does not fetch every Siti. The last token may be
 * unfinished, so it never stands alone: "Muhammad bin Abdu…" is looked up by all its tokens, and
 * the candidates sharing most keys come first (findPersonMatches).
 */
export function searchKeysFor(name: string): { matchKeys: string[]; phoneticKeys: string[] } {
  const tokens = matchTokens(normalizeName(name));
  // The last token may still be being typed ("Muhammad bin Abdu…"): it cannot stand alone for the rest.
  const rare = tokens.slice(0, -1).filter((token) => tokenWeight(token) >= 0.5);
  const chosen =
    rare.length > 0
      ? tokens.filter((token, i) => i === tokens.length - 1 || tokenWeight(token) >= 0.5)
      : tokens;
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
