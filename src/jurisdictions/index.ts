import { z } from 'zod';
import { genericPack } from './generic/pack.ts';
import { idPack } from './id/pack.ts';
import { myPack } from './my/pack.ts';
import {
  type JurisdictionPack,
  type PackCode,
  type PackInput,
  packSchema,
  type TimeLimit,
  type TimeLimitKey,
} from './pack.ts';
import { vnPack } from './vn/pack.ts';

export { caseFormOptions } from './case-options.ts';
/**
 * Jurisdiction packs: each country's laws and practice as validated data. The deployment chooses
 * one with `LINDUNG_JURISDICTION`; an agency of another country whose pack exists (an Indonesian
 * embassy in Malaysia) uses its own country's pack.
 */
export type {
  Duration,
  JurisdictionPack,
  Label,
  Offence,
  OffenceCategory,
  PackCode,
  PackLanguage,
  RetentionMinimum,
  RetentionRecordType,
  TimeLimit,
  TimeLimitKey,
} from './pack.ts';
export {
  labelSchema,
  offenceCategorySchema,
  packLanguages,
  packSchema,
  retentionRecordTypes,
  timeLimitKeys,
} from './pack.ts';
export { addDuration } from './periods.ts';
export {
  isRegionOf,
  type Region,
  regionCodeSchema,
  regionMergedInto,
  regionProblem,
  regionsOf,
} from './regions/index.ts';

export const packCodes = ['my', 'id', 'vn', 'generic'] as const satisfies readonly PackCode[];
export const packCodeSchema = z.enum(packCodes);

const sources: Readonly<Record<PackCode, PackInput>> = {
  my: myPack,
  id: idPack,
  vn: vnPack,
  generic: genericPack,
};

export class PackInvalidError extends Error {
  constructor(code: string, issues: string[]) {
    super(`Jurisdiction pack "${code}" is invalid:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
    this.name = 'PackInvalidError';
  }
}

/** Validates a pack's data, listing every problem. */
export function parsePack(code: string, input: unknown): JurisdictionPack {
  const parsed = packSchema.safeParse(input);
  if (!parsed.success) {
    throw new PackInvalidError(
      code,
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  if (parsed.data.code !== code) throw new PackInvalidError(code, [`code: says "${parsed.data.code}"`]);
  return Object.freeze(parsed.data);
}

// Validated once, at first import: an invalid pack stops the platform at start, not at first use.
const packs: ReadonlyMap<PackCode, JurisdictionPack> = new Map(
  packCodes.map((code) => [code, parsePack(code, sources[code])]),
);

export function allPacks(): JurisdictionPack[] {
  return [...packs.values()];
}

export function getPack(code: PackCode): JurisdictionPack {
  const pack = packs.get(code);
  if (!pack) throw new Error(`no jurisdiction pack "${code}"`);
  return pack;
}

/** The pack of a country (ISO 3166-1 alpha-2), if one exists. */
export function findPackForCountry(country: string): JurisdictionPack | undefined {
  const wanted = country.trim().toUpperCase();
  return allPacks().find((pack) => pack.country === wanted);
}

/** The pack of a country, or the deployment's pack when the country has none. */
export function packForCountry(country: string | null | undefined, deployment: PackCode): JurisdictionPack {
  return (country ? findPackForCountry(country) : undefined) ?? getPack(deployment);
}

/**
 * The pack an agency works under: its own country's when one exists (an Indonesian embassy uses
 * Indonesia's), otherwise the deployment's.
 */
export function packForAgency(agency: { readonly country: string }, deployment: PackCode): JurisdictionPack {
  return packForCountry(agency.country, deployment);
}

/** A time limit the platform computes with, if the pack has it. */
export function timeLimit(pack: JurisdictionPack, key: TimeLimitKey): TimeLimit | undefined {
  return pack.timeLimits[key];
}
