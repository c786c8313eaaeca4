import { nameKeysFor, nameKeysVersion, type StoredBirth } from '../modules/persons/index.ts';
import type { BatchTx } from './sql.ts';

/** A person's stored birth as one text, to join a name's keys back to the names they were made for. */
const birthKey = (p: string) =>
  `format('%s|%s|%s|%s|%s', ${p}.birth_precision, ${p}.birth_date, ${p}.birth_year, ${p}.estimated_age, ${p}.estimated_on)`;

/**
 * Writes the names of the temporary table `syn_new_name` (person_id, agency_id, kind, position,
 * full_name, given_name, family_name; their persons already written) into person_name with their
 * search and linkage keys, as the API writes them: the keys come from the application's own
 * `nameKeysFor`, once per distinct name and date of birth of the batch (a batch of 20,000 persons
 * holds a few thousand), so a generated database needs no name keys refill (decision 0047).
 */
export async function writeKeyedNames(tx: BatchTx): Promise<void> {
  const distinct = await tx.query<StoredBirth & { full_name: string; birth_key: string }>(
    `select distinct n.full_name, p.birth_precision, to_char(p.birth_date, 'YYYY-MM-DD') as birth_date, p.birth_year,
            p.estimated_age, to_char(p.estimated_on, 'YYYY-MM-DD') as estimated_on, ${birthKey('p')} as birth_key
       from syn_new_name n join person p on p.id = n.person_id`,
  );
  const keyed = distinct.map((row) => {
    const keys = nameKeysFor(row.full_name, row);
    return {
      full_name: row.full_name,
      birth_key: row.birth_key,
      match_keys: keys.matchKeys,
      phonetic_keys: keys.phoneticKeys,
      linkage_keys: keys.linkageKeys,
      linkage_value: keys.linkageValue,
      latin_name: keys.latinName,
    };
  });
  await tx.query(
    `create temp table syn_name_keys on commit drop as
     select * from jsonb_to_recordset($1::jsonb)
       as k(full_name text, birth_key text, match_keys text[], phonetic_keys text[], linkage_keys text[],
            linkage_value text, latin_name text)`,
    [JSON.stringify(keyed)],
  );
  await tx.query('analyze syn_name_keys');
  await tx.query(
    `insert into person_name (person_id, agency_id, kind, position, full_name, given_name, family_name,
                              match_keys, phonetic_keys, linkage_keys, linkage_value, latin_name, keys_version)
     select n.person_id, n.agency_id, n.kind, n.position, n.full_name, n.given_name, n.family_name,
            k.match_keys, k.phonetic_keys, k.linkage_keys, k.linkage_value, k.latin_name, $1
       from syn_new_name n
       join person p on p.id = n.person_id
       join syn_name_keys k on k.full_name = n.full_name and k.birth_key = ${birthKey('p')}`,
    [nameKeysVersion],
  );
  await tx.query('drop table syn_new_name, syn_name_keys');
}
