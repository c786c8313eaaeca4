import type { Db, Queryable } from '../../db/db.ts';
import { type LinkablePerson, nameLinkageKeys } from '../../linkage/index.ts';
import { matchTokens, type NameToken, normalizeName, searchKeys, tokenWeight } from '../../names/index.ts';

/**
 * Version of the rules that made the stored keys; raise it when src/names/rules or the linkage
 * model's blocking rules change. 2: the linkage blocks and name value (migration 0105). 3: very
 * common name tokens block with the year of birth (decision 0052). 4: Zawgyi Burmese keyed as the
 * Unicode it stands for. 5: names in Burmese, Thai, Khmer (and other) script also keyed and blocked
 * by their usual Latin spelling (src/names/romanise).
 */
export const nameKeysVersion = 5;

/** A person's date of birth as stored, which the linkage blocks of their names read. */
export type StoredBirth = Pick<
  LinkablePerson,
  'birth_precision' | 'birth_date' | 'birth_year' | 'estimated_age' | 'estimated_on'
>;

/**
 * The keys stored with a written name: search keys (person_name.match_keys / phonetic_keys), the
 * linkage model's blocks and name value (linkage_keys / linkage_value), and the Latin reading of a
 * name in another script, whose words are posted for search (latin_name, migration 0185).
 */
export function nameKeysFor(
  fullName: string,
  birth: StoredBirth,
): {
  matchKeys: string[];
  phoneticKeys: string[];
  linkageKeys: string[];
  linkageValue: string;
  latinName: string | null;
} {
  const normalised = normalizeName(fullName);
  const { keys, phonetic } = searchKeys(normalised);
  const latinName = normalised.latin ? normalised.latin.display : null;
  return { matchKeys: keys, phoneticKeys: phonetic, ...nameLinkageKeys(fullName, birth), latinName };
}

/** The same birth as a new person's input (`NewPerson.birth`). */
export const storedBirth = (birth: {
  precision: string;
  date?: string | undefined;
  year?: number | undefined;
  age?: number | undefined;
  on?: string | undefined;
}): StoredBirth => ({
  birth_precision: birth.precision,
  birth_date: birth.date ?? null,
  birth_year: birth.year ?? null,
  estimated_age: birth.age ?? null,
  estimated_on: birth.on ?? null,
});

/**
 * The keys a search looks names up by. Keys of very common tokens (Muhammad, Nguyen, Van) are
 * left out when the query has a rarer token before its last one ("Siti Nurhaliza Tar…" is looked
 * up by nurhaliza and tar…), so that the look-up does not fetch every Siti. The last token may be
 * unfinished, so it never stands alone: "Muhammad bin Abdu…" is looked up by all its tokens, and
 * the candidates sharing most keys come first (findPersonMatches).
 */
export function searchKeysFor(name: string): { matchKeys: string[]; phoneticKeys: string[] } {
  const normalised = normalizeName(name);
  // A name in another script is looked up by its Latin reading too (ကျော်ဇင်ထက် by kyaw, zin, htet).
  const chosen = [normalised, normalised.latin].flatMap((form) =>
    form ? lookUpTokens(matchTokens(form)) : [],
  );
  return {
    matchKeys: [...new Set(chosen.flatMap((t) => t.keys))],
    phoneticKeys: [...new Set(chosen.flatMap((t) => t.phonetic))],
  };
}

/** The tokens of one form of a name that a search looks it up by (`searchKeysFor`). */
function lookUpTokens(tokens: readonly NameToken[]): readonly NameToken[] {
  // The last token may still be being typed ("Muhammad bin Abdu…"): it cannot stand alone for the rest.
  const rare = tokens.slice(0, -1).filter((token) => tokenWeight(token) >= 0.5);
  return rare.length > 0
    ? tokens.filter((token, i) => i === tokens.length - 1 || tokenWeight(token) >= 0.5)
    : tokens;
}

/** Whether any name of those `queryable` sees was keyed under older rules (the keys_version index). */
export async function nameKeysStale(queryable: Queryable): Promise<boolean> {
  const [row] = await queryable.query<{ stale: boolean }>(
    'select exists (select 1 from person_name where keys_version < $1) as stale',
    [nameKeysVersion],
  );
  return row?.stale ?? false;
}

/**
 * Refills the keys of names stored before the current name rules (an existing database on upgrade,
 * or after the rules changed), a batch per transaction, so that what is done stays done: run again
 * after a stop, it carries on with the names still stale; run twice, it finds nothing to do. Runs
 * as the database owner, by a job (`refillNameKeysJob`), and before a match that reads the stored
 * keys (`ensureNameKeys`). Only names are read and keys written (the counts follow by 0105's
 * triggers). `wait: false` (the job) skips the names another refill has locked; `wait: true` (a
 * match) waits for them, so that it returns only once none is stale. `maxBatches` stops early.
 */
export async function backfillPersonNameKeys(
  db: Db,
  options: { batchSize?: number; wait?: boolean; maxBatches?: number } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 500;
  let done = 0;
  for (let batch = 0; batch < (options.maxBatches ?? Number.POSITIVE_INFINITY); batch++) {
    const refilled = await db.transaction(async (tx) => {
      const rows = await tx.query<StoredBirth & { id: string; full_name: string }>(
        `select n.id, n.full_name, p.birth_precision, to_char(p.birth_date, 'YYYY-MM-DD') as birth_date,
                p.birth_year, p.estimated_age, to_char(p.estimated_on, 'YYYY-MM-DD') as estimated_on
           from person_name n join person p on p.id = n.person_id
          where n.keys_version < $1 order by n.id limit $2
            for update of n ${options.wait ? '' : 'skip locked'}`,
        [nameKeysVersion, batchSize],
      );
      if (rows.length === 0) return 0;
      const filled = rows.map((row) => ({ id: row.id, ...nameKeysFor(row.full_name, row) }));
      await tx.query(
        `update person_name n
            set match_keys = f.match_keys, phonetic_keys = f.phonetic_keys, linkage_keys = f.linkage_keys,
                linkage_value = f.linkage_value, latin_name = f.latin_name, keys_version = $2
           from jsonb_to_recordset($1::jsonb)
             as f(id uuid, match_keys text[], phonetic_keys text[], linkage_keys text[], linkage_value text,
                  latin_name text)
          where n.id = f.id and n.keys_version < $2`,
        [
          JSON.stringify(
            filled.map((f) => ({
              id: f.id,
              match_keys: f.matchKeys,
              phonetic_keys: f.phoneticKeys,
              linkage_keys: f.linkageKeys,
              linkage_value: f.linkageValue,
              latin_name: f.latinName,
            })),
          ),
          nameKeysVersion,
        ],
      );
      return rows.length;
    });
    if (refilled === 0) break;
    done += refilled;
  }
  return done;
}

/**
 * Makes every stored name's keys current before a match reads them (decision 0044): nothing when
 * none is stale (one look-up in the keys_version index), else the names are keyed on demand,
 * alongside the refill job, and the match waits for the names that job is keying.
 */
export async function ensureNameKeys(db: Db): Promise<void> {
  if (await nameKeysStale(db)) await backfillPersonNameKeys(db, { wait: true });
}
