import { personBlockKeys, personNameValue, personRecords, prepareRecord } from '../../linkage/index.ts';
import type { LinkablePerson } from './person-scoring.ts';
import {
  countedNamed,
  countedNames,
  countedPersons,
  type StoredPopulation,
  valueKey,
} from './stored-match.ts';

/** The population as the database keeps it (migration 0105): each name's blocks and value, counted. */
export function storedPopulation(persons: readonly LinkablePerson[], withKeys = false): StoredPopulation {
  const records = persons.flatMap((p) =>
    personRecords(p).map((record) => {
      const prepared = prepareRecord(record, 0);
      const value = personNameValue(prepared);
      const named = p.names.length > 0;
      return {
        person: p,
        blocks: personBlockKeys(prepared),
        counted: [
          ...personBlockKeys(prepared),
          ...(named ? [countedNames] : []),
          ...(value ? [countedNamed, valueKey(value)] : []),
        ],
      };
    }),
  );
  return {
    async count(keys) {
      const counts = new Map<string, number>();
      const wanted = new Set(keys);
      if (wanted.has(countedPersons)) counts.set(countedPersons, persons.length);
      for (const record of records)
        for (const key of record.counted) if (wanted.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
      return counts;
    },
    async personsIn(blocks) {
      const wanted = new Set(blocks);
      const found = [
        ...new Set(records.filter((r) => r.blocks.some((b) => wanted.has(b))).map((r) => r.person)),
      ];
      // As the database reads them: each name's stored blocks beside it (a name sharing none is not prepared).
      return withKeys
        ? found.map((p) => ({
            ...p,
            name_keys: p.names.length > 0 ? records.filter((r) => r.person === p).map((r) => r.blocks) : null,
          }))
        : found;
    },
    async records() {
      return records.length;
    },
    async documentHolders(indexes) {
      const wanted = new Set(indexes);
      return persons.filter((p) => p.documents?.some((d) => wanted.has(d.index)));
    },
  };
}
