import type { Db, Queryable } from '../../db/db.ts';
import { type LinkablePerson, nameLinkageKeys } from '../../linkage/index.ts';
import {
  joinedTokens,
  matchTokens,
  type NameToken,
  normalizeName,
  searchKeys,
  tokenKeys,
  tokenWeight,
  typedVariants,
} from '../../names/index.ts';

/**
 * Version of the rules that made the stored keys; raise it when src/names/rules or the linkage
 * model's blocking rules change. 2: the linkage blocks and name value (migration 0105). 3: very
 * common name tokens block with the year of birth (decision 0052). 4: Zawgyi Burmese keyed as the
 * Unicode it stands for. 5: names in Burmese, Thai, Khmer (and other) script also keyed and blocked
 * by their usual Latin spelling (src/names/romanise). 6: Burmese honorifics in Myanmar script peeled
 * off, a vowel alone read as names write it (Ei, Aye, Oo), Thai Pali finals read again (Natthaphong)
 * and a few exceptions as data (Shinawatra), a silent last Khmer subscript — decision 0077. 7: a
 * title word that is the whole given name kept (Wan bin Ahmad), Thai rn/n, ae/e, a final o/v and
 * y/i in the skeletons, a Pali final i unread (Natthawut), Khmer vowels by series and Pali inherent
 * vowels (Vuthy, Rathana), adjacent words joined (Thi Da / Thida) keyed and blocked — decision 0081; Malaysian "sh" also keyed as the
 * Indonesian "sy" (Aishah/Aisyah) — decision 0084. 8: Thai romanisations in the skeletons (a w
 * before a vowel kept: Thanawat/Thanavat, Sarawoot/Saravut; a d before a consonant read t:
 * Chadchai; final pol/mol/kul read n: Rattaphol; oe/er: Prasoet), Burmese hs/s, ine/aing, way/we,
 * a Burmese -ar also keyed as -a (Thidar/Thida) and known Burmese names written in syllables read
 * as one word (Thi Da, Thi Ta → thida) — decision 0090; a doubled Burmese title word a name in
 * Latin too (Maung Maung Kyaw, Ko Ko Aung), Mg read as Maung. 9: the FNU/LNU/NFN placeholders
 * of an empty passport box peeled like a title (FNU Sutrisno is Sutrisno) — decision 0097. 10: Khmer
 * ey read as ei in the skeletons (Srey/Srei, Sreymom/Sreimom), Lok Srei peeled like Lok Srey —
 * decision 0107. 11: Malay leading words written joined read apart (Mohdfirdaus, Noorulhajar,
 * Norsuraya: rules/joined-leading.ts) and further rules of decision 0115. 12: a Filipino "Ma." read
 * as Maria outside a Burmese name (rules/filipino.ts), a dot with no space after it ending a word
 * (M.Amirul), a Burmese title peeled before a respelled syllable (Daw Linn Pye) — decision 0117.
 * 13: a scanner's digits for letters in a name word read as the letters (5ri → sri, H0ELENG →
 * hoeleng: rules/misread-digits.ts) — decision 0126. 14: Burmese ေ read ay (နေ Nay), Thai ว a final
 * before a leading vowel (แก้วเดช Kaewdet), a Khmer consonant doubled under itself read once (កញ្ញា
 * Kanha), Thai titles in Thai script peeled (นางสาว), Khmer gn/nh and a Thai final ech/et in the
 * skeletons, a nickname in brackets kept apart (Malee Srisook (Noi)) — decision 0134. 15: a name
 * whose UTF-8 was read as Windows-1252 or Latin-1 (Nguyá»…n) keyed as the name it was — decision 0141.
 * 16: Thai อินทร์ read in and a first อร ora, Burmese tuy/tur, Khmer om/um and a final ao/au in the
 * skeletons, a bare "ap" read as a/p — decision 0147; and the linkage keys of a rarer name word one
 * letter off, with the year and without a date (Rashdan/RASHDSN) — decision 0148. 17: Hj/Haji
 * between two names read as the marker left out, a father's titles left out of his name, St. read
 * Siti, dh/bh read d/b and a y gliding from i read i in the skeletons — decision 0153. 18: a Thai
 * Pali or Sanskrit final read again as the next syllable's onset (รัตนา rattana, กัลยา kanlaya) —
 * decision 0170. 19: the linkage keys of a rarer name word's sound codes, a year off and without a
 * date (Darsana/Darsono) — decision 0173. 20: a record without a date keyed by its common pairs of
 * name words, met by dated records (Nguyen Nam / Nguyen Minh Nam); a year alone keyed a year off by
 * its rarer words' sound codes of two letters — decision 0176. 21: Md and
 * Mhd, and the first of two Malay given names built as "X al-" (Khairul/Khairol, Amirul, Saiful…),
 * read apart when written joined (Mdsyahmi, Khairolrizal), and those names' spellings made one —
 * decision 0178. 22: St (Siti shortened) no longer read as a leading word joined (Stella, Stephanie
 * were "Siti Ella", "Siti Ephanie") — decision 0178. 23: Khun kept as a name (a Khmer family name),
 * Ct read Siti, Khmer ុំ read om, and skeletons reading Khmer -ourm as -oum (Ourm), a final au as
 * aw (Kyau), Khmer ov and eou as au (Pov, Peou) and pinyin x as s (Xin) — decision 0180. 24: Muhammad
 * typed with a slip and joined to the next name read apart (Muhmmadrasydan) — decision 0187. 25:
 * Vietnamese names beginning with d written z or dz by ear (Zung, Dzuong) read as Dung, Duong, and
 * a Chinese glide written w or u after the first consonant (Hwee / Hui) one skeleton —
 * decision 0189.
 */
export const nameKeysVersion = 25;

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
  // Adjacent words joined too, so that "Thi Da" finds "Thida" (src/names/joined.ts).
  const chosen = [normalised, normalised.latin].flatMap((form) =>
    form
      ? [...lookUpTokens(matchTokens(form)), ...joinedTokens(matchTokens(form)).map(({ token }) => token)]
      : [],
  );
  // The last word may be the beginning of another spelling of a known name ("Moh", "Muha" of
  // Mohd, Muhamad): the name is looked up by its canonical keys too, not by their sound codes.
  const last = matchTokens(normalised).at(-1);
  const typed = last ? typedVariants(last.canonical).flatMap((canonical) => tokenKeys(canonical)) : [];
  return {
    matchKeys: [...new Set([...chosen.flatMap((t) => t.keys), ...typed])],
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

/** A stale name as the refill reads it, with its person's birth. */
type StaleName = StoredBirth & { id: string; version: number; full_name: string };

/** Where the refill's walk of the stale names, in (keys_version, id) order, has got to. */
interface RefillCursor {
  version: number;
  id: string;
}
const walkStart: RefillCursor = { version: -1, id: '00000000-0000-0000-0000-000000000000' };

/**
 * Refills the keys of names stored before the current name rules (an existing database on upgrade,
 * or after the rules changed), a batch per transaction, so that what is done stays done: run again
 * after a stop, it carries on with the names still stale; run twice, it finds nothing to do. Runs
 * as the database owner, by a job (`refillNameKeysJob`), and before a match that reads the stored
 * keys (`ensureNameKeys`). Only names are read and keys written (the counts follow by 0105's
 * triggers). `wait: false` (the job) skips the names another refill has locked; `wait: true` (a
 * match) waits for them, so that it returns only once none is stale. `maxBatches` stops early.
 *
 * Decision 0065: each batch takes the stale names after the previous batch's last one, by a range
 * read of the (keys_version, id) index (0177), so a batch costs the same at the end of a million
 * names as at the start; the keys of a batch are made once per distinct name and birth and written
 * by one statement that commits with it. On PostgreSQL two batches are under way at once (`lanes`),
 * one keyed in Node while the other is written, each holding its own names (`skip locked`). The
 * walk ends with one more from the start, for names another refill held and gave back unkeyed.
 */
export async function backfillPersonNameKeys(
  db: Db,
  options: { batchSize?: number; wait?: boolean; maxBatches?: number; lanes?: number } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 2000;
  const maxBatches = options.maxBatches ?? Number.POSITIVE_INFINITY;
  let cursor: RefillCursor = walkStart;
  let batches = 0;
  let done = 0;
  const lane = async () => {
    while (batches < maxBatches) {
      batches++;
      const from = cursor;
      const refilled = await db.transaction(async (tx) => {
        const rows = await tx.query<StaleName>(
          `select n.id, n.keys_version as version, n.full_name, p.birth_precision,
                  to_char(p.birth_date, 'YYYY-MM-DD') as birth_date, p.birth_year, p.estimated_age,
                  to_char(p.estimated_on, 'YYYY-MM-DD') as estimated_on
             from person_name n join person p on p.id = n.person_id
            where n.keys_version < $1 and (n.keys_version, n.id) > ($2::smallint, $3::uuid)
            order by n.keys_version, n.id limit $4
              for update of n ${options.wait ? '' : 'skip locked'}`,
          [nameKeysVersion, from.version, from.id, batchSize],
        );
        const last = rows.at(-1);
        if (!last) return 0;
        // The other lane starts after this batch while this one is keyed and written.
        if (last.version > cursor.version || (last.version === cursor.version && last.id > cursor.id)) {
          cursor = { version: last.version, id: last.id };
        }
        await writeNameKeys(tx.commitWithNext(), keyedRows(rows));
        return rows.length;
      });
      done += refilled;
      if (refilled > 0) continue;
      // The walk's end: once more from the start, for names skipped while another refill held them.
      if (from === walkStart) return;
      cursor = walkStart;
    }
  };
  const lanes = options.lanes ?? (db.kind === 'postgres' ? 2 : 1);
  // Both lanes end before the refill returns or throws: none goes on writing after it.
  const ended = await Promise.allSettled(Array.from({ length: Math.max(1, lanes) }, lane));
  for (const lane of ended) if (lane.status === 'rejected') throw lane.reason;
  return done;
}

/** A batch's names with their keys, made once per distinct name and birth. */
function keyedRows(rows: readonly StaleName[]): NameKeysWritten[] {
  const made = new Map<string, ReturnType<typeof nameKeysFor>>();
  return rows.map((row) => {
    const same = JSON.stringify([
      row.full_name,
      row.birth_precision,
      row.birth_date,
      row.birth_year,
      row.estimated_age,
      row.estimated_on,
    ]);
    let keys = made.get(same);
    if (!keys) {
      keys = nameKeysFor(row.full_name, row);
      made.set(same, keys);
    }
    return { id: row.id, keys };
  });
}

/** A stored name's id and its keys under the current rules. */
export interface NameKeysWritten {
  id: string;
  keys: ReturnType<typeof nameKeysFor>;
}

/** Writes a batch's keys, current version, by one statement (names no longer stale are left). */
export async function writeNameKeys(queryable: Queryable, names: readonly NameKeysWritten[]): Promise<void> {
  const rows = names.map(({ id, keys }) => ({
    id,
    match_keys: keys.matchKeys,
    phonetic_keys: keys.phoneticKeys,
    linkage_keys: keys.linkageKeys,
    linkage_value: keys.linkageValue,
    latin_name: keys.latinName,
  }));
  await queryable.query(
    `update person_name n
        set match_keys = f.match_keys, phonetic_keys = f.phonetic_keys, linkage_keys = f.linkage_keys,
            linkage_value = f.linkage_value, latin_name = f.latin_name, keys_version = $2
       from jsonb_to_recordset($1::jsonb)
         as f(id uuid, match_keys text[], phonetic_keys text[], linkage_keys text[], linkage_value text,
              latin_name text)
      where n.id = f.id and n.keys_version < $2`,
    [JSON.stringify(rows), nameKeysVersion],
  );
}

/**
 * Makes every stored name's keys current before a match reads them (decision 0044): nothing when
 * none is stale (one look-up in the keys_version index), else the names are keyed on demand,
 * alongside the refill job, and the match waits for the names that job is keying.
 */
export async function ensureNameKeys(db: Db): Promise<void> {
  if (await nameKeysStale(db)) await refillNameKeys(db, { wait: true });
}

/**
 * Keys every stale name, then vacuums the names and their words when any was rewritten: a refill
 * rewrites every row and its indexes (and the words of each name whose words changed), and until
 * the dead entries are gone each search walks them (6–7× slower at 1M names, bench/RESULTS.md).
 * Whoever refilled them — the job, or a match keying on demand — leaves none behind.
 */
export async function refillNameKeys(db: Db, options: { wait?: boolean } = {}): Promise<number> {
  const keyed = await backfillPersonNameKeys(db, options);
  if (keyed > 0) await db.exec('vacuum analyze person_name, person_name_word, person_name_word_form');
  return keyed;
}
