/**
 * A date of birth as an agency writes it: `YYYY-MM-DD`, `YYYY`, or nothing. Exact; the year only;
 * 1 January by default when only the year is known; estimated from the age the person gives on the
 * day of recording (which is itself a year off for part of them); day and month swapped (only
 * possible when both are ≤ 12); one digit mistyped; or not recorded.
 */
import type { BirthStyle, Habit } from './holdout4-agencies.ts';
import { type BirthDay, daysIn, recordingYear } from './holdout4-persons.ts';
import type { Draw } from './holdout4-random.ts';

const two = (n: number) => String(n).padStart(2, '0');
const iso = (year: number, month: number, day: number) => `${year}-${two(month)}-${two(day)}`;

function estimatedFromAge(draw: Draw, habit: Habit, born: BirthDay): string {
  const recordedIn = draw.between(recordingYear - 2, recordingYear);
  const month = draw.between(1, 12);
  const hadBirthday = month > born.month || (month === born.month && draw.chance(0.5));
  let age = recordedIn - born.year - (hadBirthday ? 0 : 1);
  if (draw.chance(habit.ageOff)) age += draw.pick([-2, -1, -1, 1, 1, 2]);
  const year = recordedIn - age;
  return draw.chance(0.7) ? String(year) : iso(year, 1, 1);
}

function mistyped(draw: Draw, born: BirthDay): string {
  if (draw.chance(0.5)) {
    const day = born.day + (born.day === daysIn(born.month) ? -1 : born.day === 1 ? 1 : draw.pick([-1, 1]));
    return iso(born.year, born.month, day);
  }
  return iso(born.year + draw.pick([-1, 1]), born.month, born.day);
}

export function recordedBirth(draw: Draw, habit: Habit, born: BirthDay): string | null {
  const style: BirthStyle = draw.weighted(habit.birth);
  switch (style) {
    case 'exact':
      return iso(born.year, born.month, born.day);
    case 'year':
      return String(born.year);
    case 'janFirst':
      return iso(born.year, 1, 1);
    case 'age':
      return estimatedFromAge(draw, habit, born);
    case 'swapped':
      return born.day <= 12 ? iso(born.year, born.day, born.month) : iso(born.year, born.month, born.day);
    case 'digit':
      return mistyped(draw, born);
    case 'missing':
      return null;
  }
}
