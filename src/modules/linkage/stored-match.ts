import {
  type LinkablePerson,
  type LinkRecord,
  type PreparedRecord,
  personBlockAdmits,
  personBlockCap,
  personNameValue,
  personRecords,
  prepareWith,
} from '../../linkage/index.ts';
import { considerDocumentPairs } from './document-evidence.ts';
import { shareAmongNamesakes } from './namesake-pairs.ts';
import { countedModel, ownModelMinimum } from './person-model.ts';
import { bestPairs, likelyThreshold, reviewFloor, type ScoredPair } from './person-scoring.ts';
import { PreparedRecords } from './prepared-records.ts';

/**
 * Blocks larger than this, or than their rule's own cap (`personBlockCap`), are left out, as in
 * the scan (`candidatePairs`, `LinkageIndex`).
 */
const maxBlock = 1000;

/** Counters kept beside the keys (migration 0105): persons, name records, name records with a value. */
export const countedPersons = '#persons';
export const countedNames = '#names';
export const countedNamed = '#named';
/** A name value's counter: `=` and the value. */
export const valueKey = (value: string) => `=${value}`;

/**
 * What a match reads of a population through its stored keys (person_name.linkage_keys and the
 * counts kept of them, migration 0105), never the whole population.
 */
export interface StoredPopulation {
  /** How many records (or persons, for `#persons`) of the population hold each key; absent when none. */
  count(keys: readonly string[]): Promise<ReadonlyMap<string, number>>;
  /**
   * The persons with a name in any of these blocks; with each name's stored blocks among these
   * (`name_keys`, in the order of `names`) where the store has them: the blocks a match uses.
   */
  personsIn(blocks: readonly string[]): Promise<StoredPerson[]>;
  /** Every record, persons without a name included: read only for a population too small for its own model. */
  records(): Promise<number>;
  /** The persons holding a document whose number has one of these blind indexes (decision 0121). */
  documentHolders(indexes: readonly string[]): Promise<StoredPerson[]>;
}

/**
 * A person read through the stored blocks: each name's blocks as stored (person_name.linkage_keys),
 * or only those of them the read asked for (`personsIn`); null for a name keyed under older rules.
 */
export interface StoredPerson extends LinkablePerson {
  readonly name_keys?: readonly (readonly string[] | null)[] | null;
}

/**
 * A record prepared for comparison, with the blocks it is in that the match reads (`personBlockKeys`,
 * each once): a list, not a set — a candidate's stored blocks among the match's are one to three.
 */
interface Keyed {
  readonly record: PreparedRecord;
  readonly keys: readonly string[];
}

/**
 * What a record of `personRecords` is made of: the person's id, the name, birth, sex and
 * nationality, apart by a character no stored text holds (PostgreSQL text never holds NUL).
 */
const madeOf = (record: LinkRecord): string =>
  `${record.id}\0${record.name ?? ''}\0${record.birth ?? ''}\0${record.sex ?? ''}\0${record.nationality ?? ''}`;

/**
 * The persons' records, prepared with their blocks. With `blocks`, a name whose stored blocks
 * (`name_keys`) hold none of them is left out unprepared: it shares no block with a target, so no
 * pair is made with it; the blocks of the others are the stored ones, not computed again (they are
 * `personBlockKeys` of the name and birth, decision 0037).
 */
function keyed(
  persons: readonly StoredPerson[],
  prepared: PreparedRecords,
  blocks?: ReadonlySet<string>,
): Keyed[] {
  const found: Keyed[] = [];
  let index = 0;
  for (const person of persons) {
    const stored = person.name_keys?.length === person.names.length ? person.name_keys : undefined;
    personRecords(person).forEach((record, n) => {
      const at = index++;
      const keys = stored?.[n] ?? undefined;
      if (keys && blocks && !keys.some((key) => blocks.has(key))) return;
      const ready = prepared.record(madeOf(record), () => prepareWith(record, at, prepared.names));
      found.push({ record: ready, keys: keys ?? prepared.blocksOf(ready) });
    });
  }
  return found;
}

/**
 * The pairs `scorePersonsAgainst` finds for `targets` (persons of the population), read through
 * the population's stored blocks and counts: the targets' blocks no larger than the scan keeps
 * (per rule),
 * the persons with a name in them, the name frequencies of those only (decision 0037). Undefined
 * when the model must first be learnt on the whole population (no parameters kept for it). Only
 * the pairs at or above `floor` (`bestPairs`), a target without a full date being one person at
 * most (`shareAmongNamesakes`, decisions 0160 and 0193).
 */
export async function scoreStoredAgainst(
  population: StoredPopulation,
  targets: readonly LinkablePerson[],
  name?: string,
  prepared = new PreparedRecords(),
  floor = reviewFloor,
): Promise<ScoredPair[] | undefined> {
  const targetRecords = keyed(targets, prepared);
  const targetKeys = [...new Set(targetRecords.flatMap((t) => t.keys))];
  const sizes = await population.count(targetKeys);
  const blocks = new Set(targetKeys.filter((key) => (sizes.get(key) ?? 0) <= personBlockCap(key, maxBlock)));
  const others = await population.personsIn([...blocks]);
  const ids = new Set(targets.map((t) => t.id));
  const persons = [...targets, ...others.filter((p) => !ids.has(p.id))];
  const candidates = keyed(persons, prepared, blocks);
  // Holders of a target's document are candidates whatever their blocks, every name of theirs.
  const holders = await documentHolders(population, targets);
  const known = new Set(persons.map((p) => p.id));
  persons.push(...holders.filter((p) => !known.has(p.id)));
  const holderRecords = keyed(
    holders.filter((p) => !ids.has(p.id)),
    prepared,
  );
  const values = [
    ...new Set([...candidates, ...holderRecords].map((c) => personNameValue(c.record)).filter((v) => v)),
  ];
  const counted = await population.count([
    countedPersons,
    countedNames,
    countedNamed,
    ...values.map(valueKey),
  ]);
  const at = (key: string) => counted.get(key) ?? 0;
  const populationSize = at(countedPersons);
  const model = countedModel(
    {
      persons: populationSize,
      // Only a population too small for its own model reads its records' number (persons without a
      // name count); a learnt model's floor (one record) never binds, a name's share being at least that.
      records: populationSize < ownModelMinimum ? await population.records() : at(countedNames),
      named: at(countedNamed),
      values: new Map(values.map((v) => [v, at(valueKey(v))])),
    },
    name,
  );
  if (!model) return undefined;
  const found = bestPairs(persons, model, floor);
  for (const target of targetRecords) {
    const shared = target.keys
      .filter((key) => blocks.has(key))
      .map((key) => ({ key, admits: personBlockAdmits(key) }));
    for (const candidate of candidates) {
      if (
        shared.some(
          ({ key, admits }) => candidate.keys.includes(key) && admits(target.record, candidate.record),
        )
      )
        found.consider(target.record, candidate.record);
    }
  }
  const documentRecords = [...targetRecords, ...holderRecords].map((k) => k.record);
  considerDocumentPairs(persons, documentRecords, found, (a, b) => ids.has(a) || ids.has(b));
  const records = [...targetRecords, ...candidates, ...holderRecords].map((k) => k.record);
  return shareAmongNamesakes(found.pairs(), (id) => ids.has(id), records, model, found.scored, {
    likely: likelyThreshold,
    review: reviewFloor,
    floor,
  });
}

/** The persons holding a number of a target's documents; none read when no target holds one. */
async function documentHolders(
  population: StoredPopulation,
  targets: readonly LinkablePerson[],
): Promise<StoredPerson[]> {
  const indexes = [...new Set(targets.flatMap((t) => (t.documents ?? []).map((d) => d.index)))];
  return indexes.length === 0 ? [] : population.documentHolders(indexes);
}
