/**
 * The true persons of the sixth held-out set (decision 0206): who they are before any agency
 * writes them down. Names are drawn from the stocks at their real shares, so namesakes (another
 * Nguyễn Thị Lan, another Muhammad Hafiz, another Aung Aung, often born the same year) occur as
 * they do in a register; some persons are siblings of another (one family name or father, a
 * few years apart), who share everything but the given name.
 */
import { pick, type Random } from './holdout6-spelling.ts';
import * as stocks from './holdout6-stocks.ts';

export type Country = 'MY' | 'ID' | 'VN' | 'MM' | 'KH';
export type Sex = 'male' | 'female';

/** A person as their own documents name them; `parts` is what agencies may rearrange. */
export interface TruePerson {
  readonly id: string;
  readonly country: Country;
  readonly sex: Sex;
  /** Year, month, day; `knowsBirth` false: the person knows only about the year. */
  readonly birth: readonly [number, number, number];
  readonly knowsBirth: boolean;
  /** VN/KH: family name; MY: the father's name after bin/binti/a/l/a/p; else empty. */
  readonly family: string;
  /** VN: middle name(s); MY: Muhammad/Siti/Nur before the given name; MM: honorific; else empty. */
  readonly lead: string;
  readonly given: string;
  /** Malaysian: 'bin', 'binti', 'a/l', 'a/p'; else empty. */
  readonly link: string;
  /** Indonesian documents written in the spelling before 1972. */
  readonly oldSpelling: boolean;
}

function weighted(random: Random, stock: stocks.Stock): string {
  let total = 0;
  for (const [, weight] of stock) total += weight;
  let at = random() * total;
  for (const [value, weight] of stock) {
    at -= weight;
    if (at <= 0) return value;
  }
  return stock[stock.length - 1]?.[0] ?? '';
}

const countries: stocks.Stock = [
  ['MY', 24],
  ['ID', 26],
  ['VN', 22],
  ['MM', 17],
  ['KH', 11],
];

/** Victims and suspects of trafficking are mostly young adults: years weighted toward 1990–2005. */
function birthYear(random: Random): number {
  const centre = 1998 + (random() + random() + random() - 1.5) * 12;
  return Math.max(1965, Math.min(2010, Math.round(centre)));
}

function birthDate(random: Random, year: number): readonly [number, number, number] {
  const month = 1 + Math.floor(random() * 12);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return [year, month, 1 + Math.floor(random() * days)];
}

/** Burmese names: 1–4 syllables, some doubled (Aung Aung, Su Su); an honorific by sex and age. */
function burmeseName(random: Random, sex: Sex): string {
  const stock = sex === 'male' ? stocks.burmeseMale : stocks.burmeseFemale;
  const roll = random();
  const count = roll < 0.05 ? 1 : roll < 0.5 ? 2 : roll < 0.95 ? 3 : 4;
  if (count === 2 && random() < 0.2) {
    const syllable = weighted(random, stock);
    return `${syllable} ${syllable}`;
  }
  const syllables: string[] = [];
  while (syllables.length < count) syllables.push(weighted(random, stock));
  return syllables.join(' ');
}

function burmeseHonorific(random: Random, sex: Sex, year: number): string {
  const ethnic = random();
  if (ethnic < 0.1) return sex === 'male' ? 'Saw' : 'Naw';
  if (ethnic < 0.18) return sex === 'male' ? 'Sai' : 'Nang';
  const older = year < 1985;
  if (sex === 'male') return older ? 'U' : pick(random, ['Maung', 'Ko', 'Mg']);
  return older ? 'Daw' : 'Ma';
}

function malaysian(
  random: Random,
  sex: Sex,
  sibling?: TruePerson,
): Pick<TruePerson, 'family' | 'lead' | 'given' | 'link'> {
  const tamil = sibling ? sibling.link.startsWith('a/') : random() < 0.1;
  if (tamil) {
    return {
      family: sibling?.family ?? weighted(random, stocks.tamilMale),
      lead: '',
      given: weighted(random, sex === 'male' ? stocks.tamilMale : stocks.tamilFemale),
      link: sex === 'male' ? 'a/l' : 'a/p',
    };
  }
  const fatherLead = random() < 0.4 ? 'Muhammad ' : random() < 0.1 ? 'Abdullah ' : '';
  const family = sibling?.family ?? `${fatherLead}${weighted(random, stocks.malayMale)}`;
  if (sex === 'male')
    return {
      family,
      lead: random() < 0.45 ? 'Muhammad' : '',
      given: weighted(random, stocks.malayMale),
      link: 'bin',
    };
  const roll = random();
  const lead = roll < 0.3 ? 'Siti' : roll < 0.45 ? 'Nur' : '';
  return { family, lead, given: weighted(random, stocks.malayFemale), link: 'binti' };
}

/** One true person; `sibling` when given is another person of the same family. */
export function truePerson(random: Random, id: string, sibling?: TruePerson): TruePerson {
  const country = (sibling?.country ?? weighted(random, countries)) as Country;
  const sex: Sex = random() < 0.62 ? 'female' : 'male';
  const year = sibling
    ? sibling.birth[0] + (random() < 0.5 ? -1 : 1) * (1 + Math.floor(random() * 5))
    : birthYear(random);
  const unsure = { MY: 0.03, ID: 0.2, VN: 0.08, MM: 0.25, KH: 0.22 }[country];
  const base = { id, country, sex, birth: birthDate(random, year), knowsBirth: random() >= unsure };
  const none = { family: '', lead: '', link: '', oldSpelling: false };
  switch (country) {
    case 'VN': {
      const middle = weighted(random, sex === 'male' ? stocks.vietMiddleMale : stocks.vietMiddleFemale);
      const given = weighted(random, sex === 'male' ? stocks.vietGivenMale : stocks.vietGivenFemale);
      const twoMiddles = random() < 0.12 && middle === 'Thị';
      return {
        ...base,
        ...none,
        family: sibling?.family ?? weighted(random, stocks.vietFamily),
        lead: twoMiddles ? `Thị ${weighted(random, stocks.vietMiddleFemale).replace('Thị', 'Ngọc')}` : middle,
        given,
      };
    }
    case 'KH': {
      const given = weighted(random, sex === 'male' ? stocks.khmerMale : stocks.khmerFemale);
      return { ...base, ...none, family: sibling?.family ?? weighted(random, stocks.khmerFamily), given };
    }
    case 'MM':
      return { ...base, ...none, lead: burmeseHonorific(random, sex, year), given: burmeseName(random, sex) };
    case 'ID': {
      const male = sex === 'male';
      const given =
        random() < 0.35
          ? weighted(random, male ? stocks.indoMononymMale : stocks.indoMononymFemale)
          : `${weighted(random, male ? stocks.indoFirstMale : stocks.indoFirstFemale)} ${weighted(random, male ? stocks.indoSecondMale : stocks.indoSecondFemale)}`;
      return { ...base, ...none, given, oldSpelling: year < 1990 ? random() < 0.3 : random() < 0.08 };
    }
    case 'MY':
      return { ...base, ...none, ...malaysian(random, sex, sibling) };
  }
}

/**
 * `count` true persons; a share are siblings of the person before them (same country and
 * family name or father, born 1–5 years apart), as recruiters take several from one family.
 */
export function truePersons(random: Random, count: number, siblingShare = 0.08): TruePerson[] {
  const persons: TruePerson[] = [];
  for (let i = 0; i < count; i++) {
    const previous = persons[persons.length - 1];
    const sibling =
      previous && previous.country !== 'MM' && previous.country !== 'ID' && random() < siblingShare;
    persons.push(truePerson(random, `P${String(i + 1).padStart(5, '0')}`, sibling ? previous : undefined));
  }
  return persons;
}
