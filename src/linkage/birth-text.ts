import type { Birth } from './record.ts';

/*
 * A date of birth as agencies write it. Registers of the region write the day first (15/03/1990,
 * 15.03.1990, "15 Mac 1990", "ngày 15 tháng 3 năm 1990"), exports and FEBRL the year first
 * (1990-03-15, 19900315); an unknown day or month is often written 00 ("00/00/1990"). Read as
 * digits alone, a day-first date became the year 1503 and was dropped: the record then had no date.
 */

/** The earliest and latest years read as a birth; any other number is not a year of birth. */
const earliestYear = 1880;
const latestYear = 2100;

/**
 * Month names and their usual abbreviations in English, Malay and Indonesian (passports and
 * identity cards print "15 MAR 1990", "15 MAC 1990", "15 MARET 1990"); a word is read by its first
 * three letters where they tell the month, by itself otherwise. Vietnamese writes months as
 * numbers ("tháng 3"), read as the number.
 */
const monthWords: ReadonlyMap<string, number> = new Map([
  ['jan', 1],
  ['feb', 2],
  ['peb', 2],
  ['mar', 3],
  ['mac', 3],
  ['apr', 4],
  ['may', 5],
  ['mei', 5],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['ago', 8],
  ['ogo', 8],
  ['ags', 8],
  ['agt', 8],
  ['agu', 8],
  ['sep', 9],
  ['oct', 10],
  ['okt', 10],
  ['nov', 11],
  ['dec', 12],
  ['dis', 12],
  ['des', 12],
]);

const monthOfWord = (word: string): number | undefined => monthWords.get(word.slice(0, 3));

/**
 * A two-digit year, as on a form that wrote "15/03/90": the latest year ending in those digits that
 * is not in the future (90 → 1990, 05 → 2005 when read in 2026). A person born over a century ago
 * is not written so.
 */
function fullYear(twoDigits: number, now = new Date()): number {
  const thisYear = now.getUTCFullYear();
  const century = thisYear - (thisYear % 100);
  return century + twoDigits <= thisYear ? century + twoDigits : century - 100 + twoDigits;
}

const isYear = (digits: string): boolean =>
  digits.length === 4 && Number(digits) >= earliestYear && Number(digits) <= latestYear;

/** Year, month and day from the numbers a date was written with (0 where unknown), or undefined. */
function yearMonthDay(
  numbers: readonly string[],
  namedMonth: number | undefined,
): [number, number, number] | undefined {
  const [first = '', second = '', third = ''] = numbers;
  if (namedMonth !== undefined) {
    // "15 Mar 1990", "Mar 1990", "1990 Mar 15": the year is the number of four digits, or the last.
    const yearAt = numbers.findIndex(isYear);
    const year =
      yearAt >= 0 ? Number(numbers[yearAt]) : numbers.length > 1 ? fullYear(Number(numbers.at(-1))) : 0;
    const day = numbers.find((_, at) => at !== (yearAt >= 0 ? yearAt : numbers.length - 1));
    return year === 0 ? undefined : [year, namedMonth, Number(day ?? 0)];
  }
  if (numbers.length === 1) {
    // One run of digits: 1990, 199003, 19900315 (FEBRL), or day first: 031990, 15031990, 00001990.
    if (first.length === 4) return [Number(first), 0, 0];
    if (first.length === 6)
      return isYear(first.slice(0, 4))
        ? [Number(first.slice(0, 4)), Number(first.slice(4)), 0]
        : [Number(first.slice(2)), Number(first.slice(0, 2)), 0];
    if (first.length === 8)
      return isYear(first.slice(0, 4))
        ? [Number(first.slice(0, 4)), Number(first.slice(4, 6)), Number(first.slice(6))]
        : [Number(first.slice(4)), Number(first.slice(2, 4)), Number(first.slice(0, 2))];
    return undefined;
  }
  if (numbers.length === 2)
    // 1990-03 or 03/1990.
    return first.length === 4 ? [Number(first), Number(second), 0] : [Number(second), Number(first), 0];
  if (first.length === 4) return [Number(first), Number(second), Number(third)];
  const year = third.length === 2 ? fullYear(Number(third)) : Number(third);
  const [day, month] = [Number(first), Number(second)];
  // Day first, as the region writes; a month over 12 beside a day that could be a month is the
  // month-first order of an American form (03/15/1990).
  return month > 12 && day <= 12 ? [year, day, month] : [year, month, day];
}

/**
 * Reads a date of birth written year first or day first, with any separators, a month's name or
 * none; impossible parts (00/00, month 13, day 45) keep only what is certain: the year, and the
 * month when it is one.
 */
export function parseBirth(value: string | null | undefined): Birth | undefined {
  if (!value) return undefined;
  const words =
    value
      .slice(0, 40)
      .toLowerCase()
      .match(/\d+|\p{L}+/gu) ?? [];
  const written = words.filter((word) => /^\d+$/.test(word));
  // A date with a time after it (1990-03-15T00:00:00, 15/03/1990 00:00): the date's three numbers.
  const withTime = written.length > 3 && (isYear(written[0] ?? '') || isYear(written[2] ?? ''));
  const numbers = withTime ? written.slice(0, 3) : written;
  const namedMonth = words.map(monthOfWord).find((month) => month !== undefined);
  if (numbers.length === 0 || numbers.length > 3) return undefined;
  const read = yearMonthDay(numbers, namedMonth);
  if (!read) return undefined;
  const [year] = read;
  let [, month, day] = read;
  if (!Number.isInteger(year) || year < earliestYear || year > latestYear) return undefined;
  if (!(month >= 1 && month <= 12)) {
    month = 0;
    day = 0;
  }
  if (!(day >= 1 && day <= 31)) day = 0;
  const partial = day === 0 || (month === 1 && day === 1);
  return {
    year,
    month,
    day,
    partial,
    digits: `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`,
  };
}
