/**
 * The regions reports are routed by: each country's first-level subdivisions by ISO 3166-2 code.
 * Countries without a list here route by country only (to their default triage agency).
 */
import { z } from 'zod';
import { idRegions } from './id.ts';
import { myRegions } from './my.ts';
import type { Region } from './region.ts';
import { vnRegions } from './vn.ts';

export type { Region } from './region.ts';

const regionsByCountry: ReadonlyMap<string, readonly Region[]> = new Map([
  ['MY', myRegions],
  ['ID', idRegions],
  ['VN', vnRegions],
]);

/** The regions of a country (ISO 3166-1 alpha-2), or an empty list when it has none listed. */
export function regionsOf(country: string): readonly Region[] {
  return regionsByCountry.get(country) ?? [];
}

/** Whether `code` is a listed region of `country`. */
export function isRegionOf(country: string, code: string): boolean {
  return regionsOf(country).some((region) => region.code === code);
}

/**
 * An ISO 3166-2 code of a first-level subdivision as the platform takes it (e.g. MY-12), for every
 * field that names a state or province; migrations 0100's checks hold the database to the same form.
 */
export const regionCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'is not an ISO 3166-2 code, e.g. MY-12');
