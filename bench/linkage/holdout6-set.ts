/**
 * The sixth held-out set (decision 0206): Malaysian, Indonesian, Vietnamese, Burmese and Khmer
 * persons, each recorded by one to four agencies, written blind — as the checker would
 * write one — and read by the bench through its CSV path (`--only csv --csv <file>`).
 *
 *   npx node bench/linkage/holdout6-set.ts --out /tmp/h6.csv [--persons 2000] [--seed 1]
 *
 * The CSV's columns: record_id, cluster, full_name, dob, gender, country, agency.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { seededRandom } from '../../src/shared/seeded-random.ts';
import { type Agency, agencies, writtenBirth } from './holdout6-agencies.ts';
import { writtenName } from './holdout6-names.ts';
import { truePersons } from './holdout6-persons.ts';
import type { Random } from './holdout6-spelling.ts';

/** One record of the set, as the CSV holds it. */
export interface Holdout6Record {
  readonly recordId: string;
  readonly cluster: string;
  readonly fullName: string;
  readonly dob: string;
  readonly gender: string;
  readonly country: string;
  readonly agency: string;
}

/** The variation the set is written with unless told otherwise (calibrated: decision 0206). */
export const defaultVariation = 0.4;

/** How many agencies met a person: many persons are met once, few four times. */
function recordCount(random: Random): number {
  const roll = random();
  return roll < 0.28 ? 1 : roll < 0.63 ? 2 : roll < 0.87 ? 3 : 4;
}

function someAgency(random: Random): Agency {
  let total = 0;
  for (const [, weight] of agencies) total += weight;
  let at = random() * total;
  for (const [agency, weight] of agencies) {
    at -= weight;
    if (at <= 0) return agency;
  }
  return agencies[0]?.[0] as Agency;
}

/**
 * An agency's habits with every departure from the person's documents (respellings, slips, order,
 * dropped parts, unsure dates) `variation` times as likely: the set's one knob of difficulty, set
 * once so that the generic model's best F1 is about the 0.75 (decision 0206).
 */
export function varied(agency: Agency, variation: number): Agency {
  const times = (share: number) => Math.min(1, share * variation);
  const { birth } = agency;
  return {
    ...agency,
    byEar: times(agency.byEar),
    typo: times(agency.typo),
    givenFirst: times(agency.givenFirst),
    dropLead: times(agency.dropLead),
    dropFather: times(agency.dropFather),
    otherMuhammad: times(agency.otherMuhammad),
    birth: {
      missing: times(birth.missing),
      yearOnly: times(birth.yearOnly),
      monthYear: times(birth.monthYear),
      estimated: times(birth.estimated),
      swapped: times(birth.swapped),
      typo: times(birth.typo),
    },
  };
}

/** The agencies that recorded one person: mostly different ones, now and then one agency twice. */
function agenciesMet(random: Random, count: number, variation: number): Agency[] {
  const met: Agency[] = [];
  while (met.length < count) {
    const agency = varied(someAgency(random), variation);
    if (!met.some((m) => m.name === agency.name) || random() < 0.08) met.push(agency);
  }
  return met;
}

/** The set's records for `persons` true persons, shuffled; the same seed gives the same records. */
export function holdout6Set(persons: number, seed: number, variation = defaultVariation): Holdout6Record[] {
  const random = seededRandom(seed);
  const counters = new Map<string, number>();
  const records: Holdout6Record[] = [];
  for (const person of truePersons(random, persons)) {
    for (const agency of agenciesMet(random, recordCount(random), variation)) {
      const number = (counters.get(agency.name) ?? 0) + 1;
      counters.set(agency.name, number);
      records.push({
        recordId: `${agency.name.slice(0, 3).toUpperCase()}-${String(number).padStart(6, '0')}`,
        cluster: person.id,
        fullName: writtenName(random, agency, person),
        dob: writtenBirth(random, agency, person),
        gender: random() < agency.blankSex ? '' : agency.sex(person),
        country: random() < agency.blankCountry ? '' : agency.country(person),
        agency: agency.name,
      });
    }
  }
  for (let i = records.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [records[i], records[j]] = [records[j] as Holdout6Record, records[i] as Holdout6Record];
  }
  return records;
}

/** A value as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The set as a CSV file's text, with a header, CRLF line ends as a spreadsheet saves them. */
export function holdout6Csv(records: readonly Holdout6Record[]): string {
  const header = 'record_id,cluster,full_name,dob,gender,country,agency';
  const lines = records.map((r) =>
    [r.recordId, r.cluster, r.fullName, r.dob, r.gender, r.country, r.agency].map(field).join(','),
  );
  return `${[header, ...lines].join('\r\n')}\r\n`;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      persons: { type: 'string', default: '2000' },
      seed: { type: 'string', default: '1' },
      variation: { type: 'string', default: String(defaultVariation) },
    },
  });
  if (!values.out) throw new Error('--out <file.csv> is required');
  const records = holdout6Set(Number(values.persons), Number(values.seed), Number(values.variation));
  writeFileSync(values.out, holdout6Csv(records));
  const persons = new Set(records.map((r) => r.cluster)).size;
  console.log(`${values.out}: ${records.length} records of ${persons} persons (seed ${values.seed})`);
}
