import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LinkRecord } from '../../src/linkage/index.ts';
import { parseCsv } from '../../src/shared/csv.ts';
import { generateVariantSet } from '../support/se-asian-variants.ts';

/** A record and the true person it belongs to. */
export interface TruthRecord extends LinkRecord {
  readonly truth: string;
}

/** Where the FEBRL sets are on the reference machines: `shared/data/febrl` beside the project's root. */
export const defaultFebrlDirectory = resolve(import.meta.dirname, '../../../shared/data/febrl');

/**
 * A bench's check before it starts: the FEBRL files it reads are there. Said plainly, with the
 * option to point elsewhere, instead of a file error's stack after the table's header.
 */
export function requireFebrlFiles(directory: string, files: readonly string[]): void {
  const missing = files.filter((file) => !existsSync(resolve(directory, file)));
  if (missing.length === 0) return;
  process.stderr.write(
    `The FEBRL data is not in ${directory} (missing ${missing.join(', ')}).\n` +
      'Point to the folder holding dataset1.csv … dataset4b.csv with --data <folder>.\n',
  );
  process.exit(2);
}

/** A FEBRL file's records, without its header line. */
export function febrlLines(directory: string, file: string): string[] {
  return readFileSync(resolve(directory, file), 'utf8').trim().split('\n').slice(1);
}

/** Reads a FEBRL file, leaving `soc_sec_id` out (agencies seldom share an identifier). */
export function readFebrl(directory: string, file: string, source = ''): TruthRecord[] {
  const lines = febrlLines(directory, file);
  return lines.map((line) => {
    const [id, given, family, streetNumber, street, , locality, postcode, region, birth] = line
      .split(',')
      .map((cell) => cell.trim());
    return {
      id: id as string,
      truth: (id as string).replace(/-(org|dup-\d+)$/, ''),
      given: given ?? null,
      family: family ?? null,
      streetNumber: streetNumber ?? null,
      street: street ?? null,
      locality: locality ?? null,
      postcode: postcode ?? null,
      region: region ?? null,
      birth: birth ?? null,
      source,
    };
  });
}

/**
 * Southeast Asian persons recorded by several agencies (bench/support/se-asian-variants.ts: typos,
 * diacritics lost, word order, patronymic dropped, romanisation variants, partial or 01-01 dates,
 * `misstated` of the year-only dates a year off), each copy tagged with an agency.
 */
export function seAsianSet(persons: number, seed: number, rare = 0, misstated = 0): TruthRecord[] {
  const agencies = ['police', 'immigration', 'shelter', 'embassy'];
  return generateVariantSet(persons, seed, rare, misstated).map((record) => {
    const copy = Number(record.id.split('-r')[1] ?? 0);
    return {
      id: record.id,
      truth: record.cluster,
      name: record.name,
      birth: record.birth,
      nationality: record.nationality,
      source: agencies[copy % agencies.length] as string,
    };
  });
}

/**
 * The columns of a set of one's own, each under the names data sets give it (FEBRL's, Splink's
 * examples', registers' exports): the first one the header holds is read. A header is compared
 * in lower case with its words joined by `_` and a note in brackets left out ("Date of Birth
 * (dd/mm/yyyy)" is `date_of_birth`).
 */
const csvColumns = {
  id: ['id', 'rec_id', 'record_id', 'unique_id', 'record', 'row_id', 'uid'],
  truth: [
    'truth',
    'cluster',
    'true_id',
    'person_id',
    'entity_id',
    'match_id',
    'cluster_id',
    'true_cluster',
    'group_id',
    'ground_truth',
  ],
  name: ['name', 'full_name', 'fullname', 'person_name', 'recorded_name'],
  given: [
    'given',
    'given_name',
    'first_name',
    'forename',
    'given_names',
    'first_names',
    'firstname',
    'givenname',
  ],
  middle: ['middle', 'middle_name', 'middle_names', 'middlename'],
  family: ['family', 'surname', 'family_name', 'last_name', 'lastname', 'familyname'],
  birth: [
    'birth',
    'dob',
    'date_of_birth',
    'birth_date',
    'birthdate',
    'dateofbirth',
    'birth_year',
    'year_of_birth',
    'yob',
  ],
  sex: ['sex', 'gender'],
  nationality: ['nationality', 'citizenship', 'country', 'nation', 'country_code', 'country_of_origin'],
  source: ['source', 'agency', 'source_dataset', 'dataset', 'source_agency', 'recorded_by'],
} as const;

const columnName = (header: string) =>
  header
    .toLowerCase()
    .replace(/\(.*?\)|\[.*?\]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');

/**
 * A set of one's own, to check the model on names it was not developed on: a CSV with a header
 * naming at least the true person and a name (whole, or given, middle and family names apart),
 * and optionally an id (else each record is its row's number), date of birth, sex, nationality
 * and source (`csvColumns` lists each one's names), as RFC 4180 writes it (a value with a comma,
 * a quote or a line break quoted). A date of birth may be written year first or day first
 * (`parseBirth`), a nationality as a code or a name. An id met again (sets joined from several
 * agencies' exports, each numbering its own) is told apart by the record's source, else its row.
 */
export function readPersonsCsv(file: string): TruthRecord[] {
  const { rows, openQuoteAtRow } = parseCsv(readFileSync(file, 'utf8'));
  if (openQuoteAtRow !== undefined)
    throw new Error(`${file}: a quote opened on row ${openQuoteAtRow} is never closed`);
  const [header = [], ...lines] = rows.filter((row) => row.some((cell) => cell.trim() !== ''));
  const columns = header.map(columnName);
  const at = (field: keyof typeof csvColumns) =>
    csvColumns[field].map((name) => columns.indexOf(name)).find((index) => index !== -1) ?? -1;
  if (at('truth') === -1)
    throw new Error(`${file}: the header has no column for truth (${csvColumns.truth.join(', ')})`);
  if (at('name') === -1 && at('given') === -1 && at('family') === -1)
    throw new Error(
      `${file}: the header has no column for the name (${[...csvColumns.name, ...csvColumns.given, ...csvColumns.family].join(', ')})`,
    );
  const seen = new Set<string>();
  return lines.map((cells, index) => {
    const cell = (field: keyof typeof csvColumns) => cells[at(field)]?.trim() || null;
    const source = cell('source') ?? '';
    const given = [cell('given'), cell('middle')].filter((part) => part !== null).join(' ') || null;
    let id = cell('id') ?? String(index + 1);
    if (seen.has(id) && source !== '') id = `${source}:${id}`;
    if (seen.has(id)) id = `${id} (record ${index + 1})`;
    seen.add(id);
    return {
      id,
      truth: cell('truth') as string,
      name: cell('name'),
      given,
      family: cell('family'),
      birth: cell('birth'),
      sex: cell('sex'),
      nationality: cell('nationality'),
      source,
    };
  });
}
