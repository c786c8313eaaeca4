/**
 * How each agency of the sixth held-out set (decision 0206) writes a person down. Immigration
 * copies the passport (capitals, no marks, family name first, 01-01 for a date the holder never
 * knew); the police write by ear what the person says, estimate ages and often drop the father's
 * name; a shelter writes the name the person is called by, given name first, and the year of
 * birth; the embassy writes the name as at home, diacritics kept; the labour department copies a
 * work permit with its typing slips; an NGO writes what it is told, often without a date.
 */
import type { TruePerson } from './holdout6-persons.ts';
import type { Random } from './holdout6-spelling.ts';

export type AgencyName = 'immigration' | 'police' | 'shelter' | 'embassy' | 'labour' | 'ngo';

/** What a birth becomes in one record, with the shares of each outcome (the rest: exact). */
interface BirthHabits {
  readonly missing: number;
  readonly yearOnly: number;
  readonly monthYear: number;
  /** Year from an age the officer guessed: off by up to two years. */
  readonly estimated: number;
  /** Day and month swapped (a month-first form filled in day first). */
  readonly swapped: number;
  /** One digit mistyped. */
  readonly typo: number;
}

export interface Agency {
  readonly name: AgencyName;
  /** Share of records in capitals. */
  readonly upper: number;
  /** Vietnamese diacritics kept. */
  readonly marks: number;
  /** Chance that one word of the name is respelt by ear. */
  readonly byEar: number;
  /** Chance of a second word respelt (a clerk who spells by ear rarely gets only one wrong). */
  readonly byEarAgain: number;
  readonly typo: number;
  /** Vietnamese or Khmer given name written first. */
  readonly givenFirst: number;
  /** Vietnamese middle name or a Malay's Muhammad/Siti/Nur left out. */
  readonly dropLead: number;
  /** A Malaysian's bin/binti and father's name left out. */
  readonly dropFather: number;
  /** Muhammad written short (Mohd, Md, Muhd, M.) or in another spelling. */
  readonly otherMuhammad: number;
  /** A Burmese honorific (Ma, Mg, Daw, U, Saw…) written as part of the name. */
  readonly honorific: number;
  /** Copies the person's documents (passport spelling, the passport's invented date). */
  readonly fromDocuments: boolean;
  readonly birth: BirthHabits;
  readonly date: (year: number, month: number, day: number) => string;
  readonly yearAlone: (year: number) => string;
  readonly sex: (person: TruePerson) => string;
  readonly country: (person: TruePerson) => string;
  /** Share of records without sex or country. */
  readonly blankSex: number;
  readonly blankCountry: number;
}

const two = (n: number) => String(n).padStart(2, '0');
const english = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const malay = ['Jan', 'Feb', 'Mac', 'Apr', 'Mei', 'Jun', 'Jul', 'Ogo', 'Sep', 'Okt', 'Nov', 'Dis'];

const iso3 = { MY: 'MYS', ID: 'IDN', VN: 'VNM', MM: 'MMR', KH: 'KHM' };
const iso2 = { MY: 'MY', ID: 'ID', VN: 'VN', MM: 'MM', KH: 'KH' };
const malayCountry = { MY: 'Malaysia', ID: 'Indonesia', VN: 'Vietnam', MM: 'Myanmar', KH: 'Kemboja' };
const nationalityWord = {
  MY: 'Malaysian',
  ID: 'Indonesian',
  VN: 'Vietnamese',
  MM: 'Burmese',
  KH: 'Cambodian',
};
const officialName = { MY: 'Malaysia', ID: 'Indonesia', VN: 'Viet Nam', MM: 'Myanmar', KH: 'Cambodia' };
const ngoCountry = { MY: 'Malaysia', ID: 'Indonesia', VN: 'Vietnam', MM: 'Burma', KH: 'Cambodia' };

const homeSex = (person: TruePerson): string => {
  const female = person.sex === 'female';
  switch (person.country) {
    case 'VN':
      return female ? 'Nữ' : 'Nam';
    case 'ID':
      return female ? 'Perempuan' : 'Laki-laki';
    case 'MY':
      return female ? 'Perempuan' : 'Lelaki';
    default:
      return female ? 'Female' : 'Male';
  }
};

/** The six agencies; weights are how often each one meets a person. */
export const agencies: readonly (readonly [Agency, number])[] = [
  [
    {
      name: 'immigration',
      upper: 1,
      marks: 0,
      byEar: 0.05,
      byEarAgain: 0,
      typo: 0.04,
      givenFirst: 0.03,
      dropLead: 0,
      dropFather: 0.05,
      otherMuhammad: 0.1,
      honorific: 0.05,
      fromDocuments: true,
      birth: { missing: 0.02, yearOnly: 0, monthYear: 0, estimated: 0, swapped: 0.02, typo: 0.03 },
      date: (y, m, d) => `${two(d)} ${english[m - 1]} ${y}`,
      yearAlone: (y) => `01 JAN ${y}`,
      sex: (p) => (p.sex === 'female' ? 'F' : 'M'),
      country: (p) => iso3[p.country],
      blankSex: 0,
      blankCountry: 0.01,
    },
    3,
  ],
  [
    {
      name: 'police',
      upper: 0.6,
      marks: 0,
      byEar: 0.45,
      byEarAgain: 0.3,
      typo: 0.15,
      givenFirst: 0.35,
      dropLead: 0.2,
      dropFather: 0.4,
      otherMuhammad: 0.7,
      honorific: 0.5,
      fromDocuments: false,
      birth: { missing: 0.18, yearOnly: 0.1, monthYear: 0.03, estimated: 0.25, swapped: 0.05, typo: 0.06 },
      date: (y, m, d) => `${two(d)}/${two(m)}/${y}`,
      yearAlone: (y) => `00/00/${y}`,
      sex: (p) => (p.sex === 'female' ? 'Perempuan' : 'Lelaki'),
      country: (p) => malayCountry[p.country],
      blankSex: 0.04,
      blankCountry: 0.08,
    },
    3,
  ],
  [
    {
      name: 'shelter',
      upper: 0.2,
      marks: 0.2,
      byEar: 0.35,
      byEarAgain: 0.2,
      typo: 0.08,
      givenFirst: 0.5,
      dropLead: 0.3,
      dropFather: 0.3,
      otherMuhammad: 0.4,
      honorific: 0.6,
      fromDocuments: false,
      birth: { missing: 0.15, yearOnly: 0.2, monthYear: 0.08, estimated: 0.12, swapped: 0.04, typo: 0.04 },
      date: (y, m, d) => `${d} ${malay[m - 1]} ${y}`,
      yearAlone: (y) => String(y),
      sex: (p) => (p.sex === 'female' ? 'P' : 'L'),
      country: (p) => nationalityWord[p.country],
      blankSex: 0.02,
      blankCountry: 0.03,
    },
    2,
  ],
  [
    {
      name: 'embassy',
      upper: 0.3,
      marks: 0.9,
      byEar: 0.05,
      byEarAgain: 0,
      typo: 0.03,
      givenFirst: 0.05,
      dropLead: 0.02,
      dropFather: 0.05,
      otherMuhammad: 0.2,
      honorific: 0.3,
      fromDocuments: true,
      birth: { missing: 0.05, yearOnly: 0.04, monthYear: 0, estimated: 0, swapped: 0, typo: 0.03 },
      date: (y, m, d) => `${two(d)}.${two(m)}.${y}`,
      yearAlone: (y) => String(y),
      sex: homeSex,
      country: (p) => officialName[p.country],
      blankSex: 0.01,
      blankCountry: 0,
    },
    1.5,
  ],
  [
    {
      name: 'labour',
      upper: 0.8,
      marks: 0,
      byEar: 0.15,
      byEarAgain: 0.05,
      typo: 0.12,
      givenFirst: 0.2,
      dropLead: 0.05,
      dropFather: 0.15,
      otherMuhammad: 0.5,
      honorific: 0.1,
      fromDocuments: true,
      birth: { missing: 0.08, yearOnly: 0.03, monthYear: 0, estimated: 0.05, swapped: 0.06, typo: 0.08 },
      date: (y, m, d) => `${two(d)}-${two(m)}-${y}`,
      yearAlone: (y) => `01-01-${y}`,
      sex: (p) => (p.sex === 'female' ? 'F' : 'M'),
      country: (p) => iso2[p.country],
      blankSex: 0.02,
      blankCountry: 0.02,
    },
    1.5,
  ],
  [
    {
      name: 'ngo',
      upper: 0.1,
      marks: 0.3,
      byEar: 0.35,
      byEarAgain: 0.2,
      typo: 0.08,
      givenFirst: 0.45,
      dropLead: 0.3,
      dropFather: 0.35,
      otherMuhammad: 0.4,
      honorific: 0.5,
      fromDocuments: false,
      birth: { missing: 0.3, yearOnly: 0.2, monthYear: 0.05, estimated: 0.1, swapped: 0.03, typo: 0.03 },
      date: (y, m, d) => `${y}-${two(m)}-${two(d)}`,
      yearAlone: (y) => String(y),
      sex: (p) => (p.sex === 'female' ? 'female' : 'male'),
      country: (p) => ngoCountry[p.country],
      blankSex: 0.05,
      blankCountry: 0.1,
    },
    1.5,
  ],
];

/** The date of birth as the agency writes it ('' when it has none). */
export function writtenBirth(random: Random, agency: Agency, person: TruePerson): string {
  const [year, month, day] = person.birth;
  const habits = agency.birth;
  if (!person.knowsBirth) {
    // The passport carries an invented date (1 January of a year near the true one), copied as
    // is by whoever reads the passport; the others write a year guessed from the person's age.
    const documentYear = year + ((Number(person.id.slice(-1)) % 3) - 1);
    if (agency.fromDocuments && random() > habits.missing) return agency.date(documentYear, 1, 1);
    if (random() < habits.missing + 0.1) return '';
    return agency.yearAlone(year + Math.round((random() - 0.5) * 4));
  }
  const roll = random();
  let edge = habits.missing;
  if (roll < edge) return '';
  edge += habits.yearOnly;
  if (roll < edge) return agency.yearAlone(year);
  edge += habits.monthYear;
  if (roll < edge) return `${two(month)}/${year}`;
  edge += habits.estimated;
  if (roll < edge) return agency.yearAlone(year + Math.round((random() - 0.5) * 4));
  edge += habits.swapped;
  if (roll < edge && day <= 12) return agency.date(year, day, month);
  edge += habits.typo;
  if (roll < edge) {
    const slipped =
      random() < 0.5 ? [year, month, (day % 28) + 1] : [year + (random() < 0.5 ? 1 : -1), month, day];
    return agency.date(slipped[0] as number, slipped[1] as number, slipped[2] as number);
  }
  return agency.date(year, month, day);
}
