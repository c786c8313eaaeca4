import type { Db } from '../../src/db/db.ts';
import { nameKeysVersion } from '../../src/modules/persons/person-name-keys.ts';

/** Every name of these persons as an older version of the rules left it: no keys, version lower. */
export const makeNamesStale = (db: Db, personIds: readonly string[]) =>
  db.query(
    `update person_name set linkage_keys = '{}', linkage_value = '', match_keys = '{}', phonetic_keys = '{}',
            keys_version = $2
      where person_id = any ($1::uuid[])`,
    [personIds, nameKeysVersion - 1],
  );

/** How many names of these persons are still keyed under older rules. */
export const staleNamesOf = async (db: Db, personIds: readonly string[]) =>
  (
    await db.query<{ n: number }>(
      'select count(*)::int as n from person_name where person_id = any ($1::uuid[]) and keys_version < $2',
      [personIds, nameKeysVersion],
    )
  )[0]?.n;

/** The linkage key counts (0105) as they stand. */
export const linkageKeyCounts = (db: Db) =>
  db.query(
    'select key, agency_id, records from linkage_key_count where records <> 0 order by key, agency_id',
  );
