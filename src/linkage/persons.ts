import { type BlockingRule, blockCap, personBlocking, ruleAdmits } from './blocking-rules.ts';
import { personComparisons } from './comparisons.ts';
import type { DocumentKey } from './documents.ts';
import { type LinkRecord, type PreparedRecord, prepareRecord } from './record.ts';

/** A person as the linkage model reads them: every name, the date of birth as far as known, sex, nationality. */
export interface LinkablePerson {
  readonly id: string;
  readonly names: readonly string[];
  readonly sex: string;
  readonly birth_precision: string;
  readonly birth_date: string | null;
  readonly birth_year: number | null;
  readonly estimated_age: number | null;
  readonly estimated_on: string | null;
  readonly nationality: string | null;
  /** The identity documents, as blind indexes with kind and issuer (documents.ts); none when absent. */
  readonly documents?: readonly DocumentKey[];
}

/** A year is what an estimated age tells; an unknown date is no evidence. */
export function birthOf(person: Omit<LinkablePerson, 'id' | 'names' | 'sex' | 'nationality'>): string | null {
  switch (person.birth_precision) {
    case 'exact':
      return person.birth_date;
    case 'year':
      return person.birth_year === null ? null : String(person.birth_year);
    case 'estimated':
      return person.estimated_on && person.estimated_age !== null
        ? String(Number(person.estimated_on.slice(0, 4)) - person.estimated_age)
        : null;
    default:
      return null;
  }
}

/** Each name of a person is a record of the model; a person without names is one record without a name. */
export function personRecords(person: LinkablePerson): LinkRecord[] {
  const shared = {
    id: person.id,
    birth: birthOf(person),
    sex: person.sex,
    nationality: person.nationality?.trim() ?? null,
  };
  return person.names.length > 0 ? person.names.map((name) => ({ ...shared, name })) : [shared];
}

/**
 * The blocks a record is in, one string per rule and key (`<rule>/<key>`, the rule by its place in
 * `personBlocking`): what person_name.linkage_keys stores, so that a match finds its candidates in
 * the database (decision 0037).
 */
export function personBlockKeys(record: PreparedRecord): string[] {
  const keys = new Set<string>();
  personBlocking.forEach((rule, r) => {
    for (const key of rule.keys(record)) keys.add(`${r}/${key}`);
  });
  return [...keys];
}

/**
 * The largest block a stored key (`<rule>/<key>`, `personBlockKeys`) is used in: its rule's own cap
 * or `maxBlock`, the smaller — what the batch's `candidatePairs` keeps, so that a match through the
 * stored blocks finds the pairs the scan finds.
 */
export function personBlockCap(storedKey: string, maxBlock: number): number {
  const rule = ruleOf(storedKey);
  return rule ? blockCap(rule, maxBlock) : maxBlock;
}

/**
 * Whether two records sharing a stored key (`personBlockKeys`) are a pair the batch makes from its
 * block: its rule's `only` (a record without a date meets others on rare tokens, two with dates do
 * not). The key is read once; the answer is asked of every candidate that shares it.
 */
export function personBlockAdmits(storedKey: string): (a: PreparedRecord, b: PreparedRecord) => boolean {
  const rule = ruleOf(storedKey);
  return rule ? (a, b) => ruleAdmits(rule, a, b) : () => true;
}

/** The rule a stored key (`<rule>/<key>`) was made by, by its place in `personBlocking`. */
const ruleOf = (storedKey: string): BlockingRule | undefined =>
  personBlocking[Number(storedKey.slice(0, storedKey.indexOf('/')))];

const nameComparison = personComparisons.find((c) => c.termFrequency);

/** The value of a record whose share in the population adjusts the name's weight (its sorted canonical tokens). */
export const personNameValue = (record: PreparedRecord): string =>
  nameComparison?.termFrequency?.(record) ?? '';

/** What is stored with one written name of a person born as given: its blocks and its name value. */
export function nameLinkageKeys(
  fullName: string,
  birth: Omit<LinkablePerson, 'id' | 'names' | 'sex' | 'nationality'>,
): { linkageKeys: string[]; linkageValue: string } {
  const record = prepareRecord({ id: '', name: fullName, birth: birthOf(birth) }, 0);
  return { linkageKeys: personBlockKeys(record), linkageValue: personNameValue(record) };
}
