import type { JurisdictionPack, RetentionMinimum, RetentionRecordType } from '../../jurisdictions/index.ts';
import type { FieldProblem } from '../../shared/errors.ts';

/**
 * The shortest legal minimum these packs state for a record type, the longest of them when a
 * period (the '*' default) may apply under several countries' laws; undefined when none states one.
 */
export function legalMinimum(
  packs: readonly JurisdictionPack[],
  recordType: RetentionRecordType,
): RetentionMinimum | undefined {
  let longest: RetentionMinimum | undefined;
  for (const pack of packs) {
    const minimum = pack.retentionMinimums[recordType];
    if (minimum && (!longest || minimum.years > longest.years)) longest = minimum;
  }
  return longest;
}

/**
 * What is wrong with a period of `years`, as field problems on `years` (decision 0038): never
 * shorter than the legal minimum, and — for an agency administrator setting their own agency's
 * period — never shorter than the period the agency would fall back to (its country's, else the
 * default), so that one agency cannot shorten what its country keeps.
 */
export function periodProblems(props: {
  years: number;
  minimum: RetentionMinimum | undefined;
  fallback: number | undefined;
}): FieldProblem[] {
  const { years, minimum, fallback } = props;
  if (minimum && years < minimum.years) {
    const where = [minimum.law, minimum.section].filter(Boolean).join(' ');
    return [
      {
        field: 'years',
        code: 'too_small',
        origin: 'number',
        limit: minimum.years,
        message: `must be at least ${minimum.years} years, the legal minimum (${where})`,
      },
    ];
  }
  if (fallback !== undefined && years < fallback) {
    return [
      {
        field: 'years',
        code: 'too_small',
        origin: 'number',
        limit: fallback,
        message: `must be at least ${fallback} years, the period of the country or the platform; ask the platform administrator to shorten that`,
      },
    ];
  }
  return [];
}
