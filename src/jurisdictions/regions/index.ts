/**
 * The regions reports are routed by: each country's first-level subdivisions by ISO 3166-2 code.
 * Countries without a list here route by country only (to their default triage agency).
 */
import { z } from 'zod';
import type { FieldProblem } from '../../shared/errors.ts';
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

/** The region of `country` that `code` was merged into, when `code` names a former region. */
export function regionMergedInto(country: string, code: string): Region | undefined {
  return regionsOf(country).find((region) => region.formerly?.some((former) => former.code === code));
}

/**
 * Why `code` cannot be recorded as a region of `country` now, said on `field`; undefined when it can.
 * A former region's code (Viet Nam's provinces merged in 2025) names the region it became.
 */
export function regionProblem(country: string, code: string, field: string): FieldProblem | undefined {
  if (isRegionOf(country, code)) return undefined;
  const successor = regionMergedInto(country, code);
  if (successor) {
    const former = successor.formerly?.find((region) => region.code === code);
    return {
      code: 'region_merged',
      field,
      message: `${former?.name} (${code}) is now part of ${successor.name} (${successor.code})`,
    };
  }
  return { code: 'region_not_of_country', field, message: `is not a region of ${country}` };
}

/**
 * An ISO 3166-2 code of a first-level subdivision as the platform takes it (e.g. MY-12), for every
 * field that names a state or province; migrations 0100's checks hold the database to the same form.
 */
export const regionCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'is not an ISO 3166-2 code, e.g. MY-12');
