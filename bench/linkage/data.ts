import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LinkRecord } from '../../src/linkage/index.ts';
import { generateVariantSet } from '../support/se-asian-variants.ts';

/** A record and the true person it belongs to. */
export interface TruthRecord extends LinkRecord {
  readonly truth: string;
}

/** Reads a FEBRL file, leaving `soc_sec_id` out (agencies seldom share an identifier). */
export function readFebrl(directory: string, file: string, source = ''): TruthRecord[] {
  const [, ...lines] = readFileSync(resolve(directory, file), 'utf8').trim().split('\n');
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
 * diacritics lost, word order, patronymic dropped, romanisation variants, partial or 01-01 dates),
 * each copy tagged with an agency.
 */
export function seAsianSet(persons: number, seed: number): TruthRecord[] {
  const agencies = ['police', 'immigration', 'shelter', 'embassy'];
  return generateVariantSet(persons, seed).map((record) => {
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
