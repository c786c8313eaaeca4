/**
 * The agencies that record persons in the fifth held-out set, their name habits and how each writes
 * a date of birth. Immigration copies the passport (capitals, exact dates, 1 January where the
 * passport only knew the year, surname first); the police type fast (day and month swapped, the
 * father's name left out, a nickname); a shelter and an NGO intake take what the person says (an
 * estimated age, no date, a name spelled by ear); an embassy writes the name in its own script.
 */

import type { BirthDay } from './holdout4-persons.ts';
import type { Draw } from './holdout4-random.ts';
import type { NameHabit } from './holdout5-names.ts';

export type BirthVariation =
  | 'birthMissing'
  | 'birthYearOnly'
  | 'estimatedAge'
  | 'janFirst'
  | 'dayMonthSwapped';
type BirthStyle = BirthVariation | 'exact';

export type Agency = 'immigration' | 'police' | 'shelter' | 'embassy' | 'ngo';

export interface Habit extends NameHabit {
  readonly birth: Readonly<Partial<Record<BirthStyle, number>>>;
  readonly sexMissing: number;
  readonly nationalityMissing: number;
}

export const agencyShares: Readonly<Record<Agency, number>> = {
  police: 26,
  immigration: 24,
  shelter: 20,
  ngo: 18,
  embassy: 12,
};

// Immigration and embassies copy documents: nobody spells by ear or writes a nickname.
const quiet = { byEar: 0, alias: 0 };

export const habits: Readonly<Record<Agency, Habit>> = {
  immigration: {
    ...quiet,
    fatherDropped: 0.1,
    ownScript: 0,
    tokenOrder: 0.35,
    oldSpelling: 0.15,
    capitals: 0.95,
    honorific: 0.05,
    repeatSingleName: 0.3,
    birth: { exact: 70, janFirst: 15, dayMonthSwapped: 4, birthYearOnly: 6, estimatedAge: 5 },
    sexMissing: 0,
    nationalityMissing: 0,
  },
  police: {
    fatherDropped: 0.35,
    ownScript: 0.03,
    byEar: 0.08,
    alias: 0.12,
    tokenOrder: 0.2,
    oldSpelling: 0.05,
    capitals: 0.7,
    honorific: 0.5,
    repeatSingleName: 0,
    birth: {
      exact: 45,
      dayMonthSwapped: 15,
      estimatedAge: 15,
      birthYearOnly: 10,
      birthMissing: 10,
      janFirst: 5,
    },
    sexMissing: 0.03,
    nationalityMissing: 0.05,
  },
  shelter: {
    fatherDropped: 0.4,
    ownScript: 0.1,
    byEar: 0.1,
    alias: 0.2,
    tokenOrder: 0.15,
    oldSpelling: 0.05,
    capitals: 0.2,
    honorific: 0.6,
    repeatSingleName: 0,
    birth: {
      exact: 40,
      estimatedAge: 25,
      birthYearOnly: 15,
      birthMissing: 10,
      dayMonthSwapped: 5,
      janFirst: 5,
    },
    sexMissing: 0.02,
    nationalityMissing: 0.05,
  },
  embassy: {
    ...quiet,
    fatherDropped: 0.05,
    ownScript: 0.5,
    tokenOrder: 0.1,
    oldSpelling: 0.2,
    capitals: 0.6,
    honorific: 0.4,
    repeatSingleName: 0,
    birth: { exact: 80, janFirst: 10, dayMonthSwapped: 5, birthYearOnly: 5 },
    sexMissing: 0,
    nationalityMissing: 0,
  },
  ngo: {
    fatherDropped: 0.5,
    ownScript: 0.05,
    byEar: 0.55,
    alias: 0.25,
    tokenOrder: 0.2,
    oldSpelling: 0.05,
    capitals: 0.1,
    honorific: 0.5,
    repeatSingleName: 0,
    birth: { estimatedAge: 35, birthMissing: 25, exact: 20, birthYearOnly: 15, dayMonthSwapped: 5 },
    sexMissing: 0.1,
    nationalityMissing: 0.3,
  },
};

const two = (n: number) => String(n).padStart(2, '0');
const iso = (year: number, month: number, day: number) => `${year}-${two(month)}-${two(day)}`;

/**
 * The birth year from the age a person gives: the age on the day of recording (2024–2026), a year
 * or two off for a third of them; written as the year, or as 1 January of it.
 */
function fromAge(draw: Draw, born: BirthDay): string {
  const recordedIn = draw.between(2024, 2026);
  const hadBirthday = draw.between(1, 12) > born.month;
  let age = recordedIn - born.year - (hadBirthday ? 0 : 1);
  if (draw.chance(0.33)) age += draw.pick([-2, -1, -1, 1, 1, 2]);
  const year = recordedIn - age;
  return draw.chance(0.7) ? String(year) : iso(year, 1, 1);
}

/** A date of birth as the agency writes it (`YYYY-MM-DD`, `YYYY` or none) and the variation it carries. */
export function recordedBirth(
  draw: Draw,
  habit: Habit,
  born: BirthDay,
): { birth: string | null; variation: BirthVariation | null } {
  const style = draw.weighted(habit.birth);
  const exact = iso(born.year, born.month, born.day);
  switch (style) {
    case 'exact':
      return { birth: exact, variation: null };
    case 'birthMissing':
      return { birth: null, variation: style };
    case 'birthYearOnly':
      return { birth: String(born.year), variation: style };
    case 'estimatedAge':
      return { birth: fromAge(draw, born), variation: style };
    case 'janFirst':
      return born.month === 1 && born.day === 1
        ? { birth: exact, variation: null }
        : { birth: iso(born.year, 1, 1), variation: style };
    case 'dayMonthSwapped':
      // Only a day of 12 or less can be read as a month; an equal day and month swap to themselves.
      return born.day <= 12 && born.day !== born.month
        ? { birth: iso(born.year, born.day, born.month), variation: style }
        : { birth: exact, variation: null };
  }
}
