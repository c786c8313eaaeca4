import type { Tx } from '../../db/db.ts';
import {
  type AnonymisationResult,
  type AnonymiseOptions,
  anonymise,
  type Hierarchy,
  type HistogramEntry,
} from './k-anonymity.ts';

/**
 * CTDC-style anonymised microdata (issue 7): one row per victim of the caller's country, with six
 * quasi-identifiers only (no name, no identifier, no date finer than a year), made k-anonymous with
 * k = 11 as CTDC's public file is (shared/reference/statistics.md §4). See
 * docs/decisions/0023-open-data.md for the hierarchies and the algorithm.
 */
export const microdataK = 11;

/** The published columns, in CTDC's naming where CTDC has the column. */
export const microdataColumns = [
  'yearOfIdentification',
  'gender',
  'ageBroad',
  'citizenship',
  'countryOfExploitation',
  'typeOfExploitation',
] as const;

const star = () => '*';
const same = (value: string) => value;

/** CTDC's age bands → four wider bands → minor/adult → '*'; 'unknown' stays 'unknown' until '*'. */
const ageWide: Record<string, string> = {
  '0-8': '0-17',
  '9-17': '0-17',
  '18-20': '18-29',
  '21-23': '18-29',
  '24-26': '18-29',
  '27-29': '18-29',
  '30-38': '30-47',
  '39-47': '30-47',
  '48+': '48+',
};
const majority = (band: string) =>
  band === 'unknown' ? 'unknown' : band === '0-8' || band === '9-17' ? 'minor' : 'adult';

/** UN M49 sub-regions of the countries the platform sees most; anything else is 'other'. */
const subregion: Record<string, string> = {
  BN: 'south_eastern_asia',
  KH: 'south_eastern_asia',
  ID: 'south_eastern_asia',
  LA: 'south_eastern_asia',
  MY: 'south_eastern_asia',
  MM: 'south_eastern_asia',
  PH: 'south_eastern_asia',
  SG: 'south_eastern_asia',
  TH: 'south_eastern_asia',
  TL: 'south_eastern_asia',
  VN: 'south_eastern_asia',
  CN: 'eastern_asia',
  HK: 'eastern_asia',
  JP: 'eastern_asia',
  KR: 'eastern_asia',
  MN: 'eastern_asia',
  TW: 'eastern_asia',
  BD: 'southern_asia',
  IN: 'southern_asia',
  LK: 'southern_asia',
  NP: 'southern_asia',
  PK: 'southern_asia',
  AE: 'western_asia',
  SA: 'western_asia',
  QA: 'western_asia',
  KW: 'western_asia',
  OM: 'western_asia',
  BH: 'western_asia',
};
const region = (country: string) => (country === 'unknown' ? 'unknown' : (subregion[country] ?? 'other'));

/** Our exploitation types → CTDC's broad purposes (isForcedLabour, isSexualExploit, isOtherExploit). */
const purpose = (type: string) =>
  type === 'unknown'
    ? 'unknown'
    : type === 'sexual_exploitation'
      ? 'sexual_exploitation'
      : type === 'forced_labour' || type === 'domestic_servitude'
        ? 'forced_labour'
        : type === 'multiple'
          ? 'multiple'
          : 'other_exploitation';

const twoYears = (year: string) => {
  const y = Number(year);
  if (!Number.isInteger(y)) return 'unknown';
  const start = y - (y % 2);
  return `${start}-${start + 1}`;
};

export const microdataHierarchies: readonly Hierarchy[] = [
  { name: 'yearOfIdentification', levels: [same, twoYears, star] },
  { name: 'gender', levels: [same, star] },
  {
    name: 'ageBroad',
    levels: [same, (band) => ageWide[band] ?? 'unknown', majority, star],
  },
  { name: 'citizenship', levels: [same, region, star] },
  { name: 'countryOfExploitation', levels: [same, region, star] },
  { name: 'typeOfExploitation', levels: [same, purpose, star] },
];

interface MicrodataRow {
  year: number;
  sex: string | null;
  age_band: string;
  nationality: string | null;
  exploitation_country: string | null;
  exploitation: string;
  n: number;
}

/**
 * The caller's country's victims, counted per combination of the quasi-identifiers at their finest
 * level. The database function limits it to statistics:read and to the caller's country.
 */
export async function readMicrodataHistogram(tx: Tx, from: string, to: string): Promise<HistogramEntry[]> {
  const rows = await tx.query<MicrodataRow>('select * from lindung_victim_microdata($1, $2)', [from, to]);
  return rows.map((row) => ({
    values: [
      String(row.year),
      row.sex ?? 'unknown',
      row.age_band,
      row.nationality ?? 'unknown',
      row.exploitation_country ?? 'unknown',
      row.exploitation,
    ],
    count: row.n,
  }));
}

export function anonymiseMicrodata(
  histogram: readonly HistogramEntry[],
  options: Partial<AnonymiseOptions> = {},
): AnonymisationResult {
  return anonymise(histogram, microdataHierarchies, { k: microdataK, maxSuppression: 0.05, ...options });
}

/**
 * A CSV cell that no spreadsheet will run as a formula: a value starting with = + - @, a tab or a
 * carriage return gets a leading apostrophe; a value with a comma, quote or line break is quoted.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The published file, one line per victim, in chunks of about `chunkBytes` characters. The classes are in
 * sorted order, so the order of the lines tells nothing about the order of the records.
 */
export function* microdataCsv(result: AnonymisationResult, chunkBytes = 1 << 20): Generator<string> {
  yield `${microdataColumns.join(',')}\r\n`;
  let chunk = '';
  for (const group of result.classes) {
    chunk += `${group.values.map(csvCell).join(',')}\r\n`.repeat(group.count);
    if (chunk.length >= chunkBytes) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
