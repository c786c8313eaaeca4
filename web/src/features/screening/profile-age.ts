import type { Birth } from '../../api/types.ts';

/**
 * What the person's recorded birth says of a profile on the screening date — the server's rule
 * (src/modules/screening/screening-age.ts, decision 0059), so that the form asks before it sends:
 * `adult-refused` (certainly under 18, an adult profile), `reason-needed` (certainly 18 or over, a
 * child profile) or `free` (the age is uncertain, or the profile fits).
 */
export type ProfileAgeRule = 'adult-refused' | 'reason-needed' | 'free';

const adultAge = 18;
const year = (on: string) => Number(on.slice(0, 4));
const monthDay = (on: string) => on.slice(5, 10);

/** The youngest and oldest the person can be on `on`; none for an estimated or unknown age. */
export function ageBounds(birth: Birth, on: string): { min: number; max: number } | undefined {
  if (birth.precision === 'exact') {
    const age = year(on) - year(birth.date) - (monthDay(on) < monthDay(birth.date) ? 1 : 0);
    return { min: age, max: age };
  }
  if (birth.precision === 'year') {
    const max = year(on) - birth.year;
    return { min: max - (monthDay(on) < '12-31' ? 1 : 0), max };
  }
  return undefined;
}

export function profileAgeRule(
  birth: Birth | undefined,
  population: 'adult' | 'child' | undefined,
  on: string,
): ProfileAgeRule {
  const bounds = birth && ageBounds(birth, on);
  if (!bounds || !population) return 'free';
  if (population === 'adult' && bounds.max < adultAge) return 'adult-refused';
  if (population === 'child' && bounds.min >= adultAge) return 'reason-needed';
  return 'free';
}
