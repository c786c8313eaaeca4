/**
 * The agencies of the fourth held-out set and their recording habits. Shares of records: police
 * 25 %, immigration 25 %, labour department 12 %, shelter or welfare 15 %, embassy 10 %, NGO 13 %
 * (one person may meet the same kind of agency twice, e.g. two police stations).
 *
 * Habits, as chances per record unless said otherwise (the tables below):
 * - police interview through an interpreter: spellings by ear, capitals, patronyms shortened or
 *   dropped, ages instead of dates of birth, nationality sometimes guessed from the language;
 * - immigration reads passports: capitals, marks stripped, surname first, exact dates, OCR misreads,
 *   Indonesian one-word names repeated to fill the surname box;
 * - the labour department types employers' lists: slips, surname order mixed, sex often left empty,
 *   01-01 defaults and day/month swapped;
 * - shelters and welfare officers write what the person says: nicknames, honorifics, Vietnamese
 *   marks kept (NFC or NFD by the device), Burmese script (Unicode or Zawgyi), estimated ages;
 * - embassies write the home country's form: native order, marks or script, exact dates, and old
 *   exports that mangle Vietnamese (UTF-8 read as Windows-1252);
 * - NGOs know people informally: given names or nicknames only, dates missing or by age.
 */
import type { Draw } from './holdout4-random.ts';

export type Agency = 'police' | 'immigration' | 'labour' | 'shelter' | 'embassy' | 'ngo';

export const agencyShares: Readonly<Record<Agency, number>> = {
  police: 25,
  immigration: 25,
  labour: 12,
  shelter: 15,
  embassy: 10,
  ngo: 13,
};

/** How the father's name is written: `binti`/`a/p` in full, abbreviated, without a marker, or not at all. */
export type PatronymStyle = 'full' | 'short' | 'bare' | 'dropped';
/** Own order (family first for Vietnamese, Chinese, Khmer; last for the others), or forced. */
export type NameOrder = 'own' | 'surnameFirst' | 'surnameLast';
export type MarkStyle = 'kept' | 'nfd' | 'tonesLost' | 'stripped' | 'mojibake' | 'eth';
export type BirthStyle = 'exact' | 'year' | 'janFirst' | 'age' | 'swapped' | 'digit' | 'missing';

export interface Habit {
  readonly capitals: number;
  /** Per name word: another spelling of it (by ear, another romanisation, an older spelling). */
  readonly respell: number;
  readonly slip: number;
  readonly ocr: number;
  readonly patronym: Readonly<Record<PatronymStyle, number>>;
  /** Honorifics and titles written (U, Daw, Ma, Ko; Haji, Hajah). */
  readonly honorific: number;
  readonly order: Readonly<Record<NameOrder, number>>;
  /** The Vietnamese or Filipino middle name left out. */
  readonly middleDropped: number;
  readonly nickname: number;
  /** Only the given name written (the person known by first name). */
  readonly givenOnly: number;
  /** Burmese or Thai written in the person's own script; of Burmese script, `zawgyi` in Zawgyi. */
  readonly script: number;
  readonly zawgyi: number;
  readonly marks: Readonly<Partial<Record<MarkStyle, number>>>;
  /** Syllables written as one word (Burmese, Chinese given names). */
  readonly joined: number;
  readonly birth: Readonly<Record<BirthStyle, number>>;
  /** Of dates estimated from an age, the share where the age itself was one or two years off. */
  readonly ageOff: number;
  readonly nationalityMissing: number;
  readonly nationalityWrong: number;
  readonly sexMissing: number;
  /** A one-word Indonesian name written twice to fill the surname box. */
  readonly repeatMononym: number;
}

export const habits: Readonly<Record<Agency, Habit>> = {
  police: {
    capitals: 0.6,
    respell: 0.25,
    slip: 0.12,
    ocr: 0,
    patronym: { full: 45, short: 30, bare: 5, dropped: 20 },
    honorific: 0.3,
    order: { own: 50, surnameFirst: 20, surnameLast: 30 },
    middleDropped: 0.25,
    nickname: 0.05,
    givenOnly: 0.03,
    script: 0,
    zawgyi: 0,
    marks: { kept: 5, tonesLost: 10, stripped: 80, eth: 5 },
    joined: 0.05,
    birth: { exact: 40, year: 15, janFirst: 10, age: 25, swapped: 4, digit: 3, missing: 3 },
    ageOff: 0.4,
    nationalityMissing: 0.08,
    nationalityWrong: 0.06,
    sexMissing: 0.03,
    repeatMononym: 0,
  },
  immigration: {
    capitals: 0.95,
    respell: 0.05,
    slip: 0.03,
    ocr: 0.08,
    patronym: { full: 50, short: 10, bare: 30, dropped: 10 },
    honorific: 0,
    order: { own: 20, surnameFirst: 70, surnameLast: 10 },
    middleDropped: 0.05,
    nickname: 0,
    givenOnly: 0,
    script: 0,
    zawgyi: 0,
    marks: { stripped: 100 },
    joined: 0.03,
    birth: { exact: 88, year: 2, janFirst: 5, age: 0, swapped: 2, digit: 2, missing: 1 },
    ageOff: 0,
    nationalityMissing: 0.01,
    nationalityWrong: 0.01,
    sexMissing: 0.01,
    repeatMononym: 0.3,
  },
  labour: {
    capitals: 0.7,
    respell: 0.15,
    slip: 0.15,
    ocr: 0.02,
    patronym: { full: 30, short: 30, bare: 10, dropped: 30 },
    honorific: 0.02,
    order: { own: 40, surnameFirst: 30, surnameLast: 30 },
    middleDropped: 0.3,
    nickname: 0.02,
    givenOnly: 0.02,
    script: 0,
    zawgyi: 0,
    marks: { kept: 5, tonesLost: 5, stripped: 90 },
    joined: 0.08,
    birth: { exact: 60, year: 5, janFirst: 15, age: 5, swapped: 8, digit: 4, missing: 3 },
    ageOff: 0.3,
    nationalityMissing: 0.03,
    nationalityWrong: 0.03,
    sexMissing: 0.25,
    repeatMononym: 0.05,
  },
  shelter: {
    capitals: 0.1,
    respell: 0.2,
    slip: 0.08,
    ocr: 0,
    patronym: { full: 35, short: 15, bare: 5, dropped: 45 },
    honorific: 0.35,
    order: { own: 50, surnameFirst: 15, surnameLast: 35 },
    middleDropped: 0.2,
    nickname: 0.2,
    givenOnly: 0.08,
    script: 0.08,
    zawgyi: 0.4,
    marks: { kept: 45, nfd: 20, tonesLost: 10, stripped: 25 },
    joined: 0.05,
    birth: { exact: 35, year: 20, janFirst: 5, age: 30, swapped: 3, digit: 2, missing: 5 },
    ageOff: 0.5,
    nationalityMissing: 0.1,
    nationalityWrong: 0.04,
    sexMissing: 0.01,
    repeatMononym: 0,
  },
  embassy: {
    capitals: 0.5,
    respell: 0.04,
    slip: 0.04,
    ocr: 0.02,
    patronym: { full: 60, short: 10, bare: 20, dropped: 10 },
    honorific: 0.05,
    order: { own: 90, surnameFirst: 10, surnameLast: 0 },
    middleDropped: 0.02,
    nickname: 0,
    givenOnly: 0,
    script: 0.3,
    zawgyi: 0.5,
    marks: { kept: 50, nfd: 25, stripped: 10, mojibake: 10, eth: 5 },
    joined: 0.02,
    birth: { exact: 85, year: 5, janFirst: 5, age: 0, swapped: 3, digit: 2, missing: 0 },
    ageOff: 0,
    nationalityMissing: 0,
    nationalityWrong: 0,
    sexMissing: 0,
    repeatMononym: 0,
  },
  ngo: {
    capitals: 0.15,
    respell: 0.3,
    slip: 0.1,
    ocr: 0,
    patronym: { full: 20, short: 20, bare: 5, dropped: 55 },
    honorific: 0.3,
    order: { own: 50, surnameFirst: 10, surnameLast: 40 },
    middleDropped: 0.35,
    nickname: 0.3,
    givenOnly: 0.12,
    script: 0.05,
    zawgyi: 0.6,
    marks: { kept: 40, nfd: 10, tonesLost: 15, stripped: 30, mojibake: 5 },
    joined: 0.06,
    birth: { exact: 25, year: 25, janFirst: 5, age: 30, swapped: 3, digit: 2, missing: 10 },
    ageOff: 0.5,
    nationalityMissing: 0.15,
    nationalityWrong: 0.05,
    sexMissing: 0.05,
    repeatMononym: 0,
  },
};

/** The nationality a clerk guesses wrongly from the language or the route (neighbours, mostly). */
const mistakenFor: Readonly<Record<string, readonly string[]>> = {
  ID: ['MY', 'PH', 'TL'],
  MY: ['ID', 'SG', 'BN'],
  MM: ['TH', 'BD', 'LA'],
  VN: ['KH', 'CN', 'LA'],
  KH: ['VN', 'TH'],
  TH: ['LA', 'MM', 'KH'],
  LA: ['TH', 'VN'],
  PH: ['ID', 'MY'],
};

/**
 * The nationality an agency records: the true one, none, or a neighbour's. Rohingya are stateless:
 * agencies write Myanmar, Bangladesh or nothing.
 */
export function recordedNationality(draw: Draw, habit: Habit, truth: string | null): string | null {
  if (truth === null) {
    const written = draw.weighted({ none: 45, MM: 35, BD: 20 });
    return written === 'none' ? null : written;
  }
  if (draw.chance(habit.nationalityMissing)) return null;
  if (draw.chance(habit.nationalityWrong)) return draw.pick(mistakenFor[truth] ?? ['MY']);
  return truth;
}
