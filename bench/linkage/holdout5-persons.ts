/**
 * The fifth held-out set's true persons, and the look-alikes that test precision: a namesake (the
 * same given and family name born the same year, another father, another day) and a sibling (the
 * same family name or father, another given name, born one to four years apart). Common names are
 * drawn often (the pools are in falling order), so chance namesakes come on top of these.
 */
import type { BirthDay } from './holdout4-persons.ts';
import type { Draw } from './holdout4-random.ts';
import { chinese, filipino, indian, indonesian, malay, type NameWord } from './holdout5-pools.ts';
import { burmese, khmer, lao, thai, vietnamese } from './holdout5-pools-mainland.ts';

export type Group =
  | 'malay'
  | 'chinese'
  | 'indian'
  | 'indonesian'
  | 'vietnamese'
  | 'burmese'
  | 'khmer'
  | 'thai'
  | 'lao'
  | 'filipino';
export type Sex = 'female' | 'male';
export type LookAlike = 'namesake' | 'sibling';

export interface TruePerson {
  readonly id: string;
  readonly group: Group;
  readonly sex: Sex;
  readonly given: readonly NameWord[];
  /** Family name (Chinese, Vietnamese, Khmer, Thai, Lao, Filipino); empty where there is none. */
  readonly family: readonly NameWord[];
  /** Vietnamese middle name; a Filipino's mother's family name. */
  readonly middle: readonly NameWord[];
  /** The father's name a Malay, Indian or (part of the) Indonesian name carries after bin/a/l. */
  readonly father: readonly NameWord[];
  readonly nickname: NameWord;
  readonly born: BirthDay;
  readonly nationality: string;
  /** The earlier person this one was drawn to look like, and how. */
  readonly lookAlike: { readonly of: string; readonly kind: LookAlike } | null;
}

const groupShares: Readonly<Record<Group, number>> = {
  indonesian: 18,
  vietnamese: 14,
  burmese: 14,
  malay: 10,
  khmer: 9,
  thai: 8,
  filipino: 8,
  chinese: 7,
  indian: 7,
  lao: 5,
};
const nationalities: Readonly<Record<Group, string>> = {
  malay: 'MY',
  chinese: 'MY',
  indian: 'MY',
  indonesian: 'ID',
  vietnamese: 'VN',
  burmese: 'MM',
  khmer: 'KH',
  thai: 'TH',
  lao: 'LA',
  filipino: 'PH',
};

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function birthDay(draw: Draw, year: number): BirthDay {
  const month = draw.between(1, 12);
  return { year, month, day: draw.between(1, daysIn(year, month)) };
}

type Parts = Pick<TruePerson, 'given' | 'family' | 'middle' | 'father' | 'nickname'>;

/** A new person's name parts, by group. */
function nameParts(draw: Draw, group: Group, sex: Sex): Parts {
  const none: NameWord[] = [];
  // Common names first (skew 0.8); Thai and Lao family names are near unique to a family (skew 0).
  const some = (list: readonly NameWord[], low: number, high: number, skew = 0.8) => {
    const picked: NameWord[] = [];
    const count = draw.between(low, high);
    while (picked.length < count) {
      const word = draw.zipf(list, skew);
      if (!picked.includes(word)) picked.push(word);
    }
    return picked;
  };
  switch (group) {
    case 'malay':
      return {
        given: some(malay[sex], 1, 2),
        family: none,
        middle: none,
        father: some(malay.father, 1, 1),
        nickname: draw.pick(malay.nicknames[sex]),
      };
    case 'indian':
      return {
        given: some(indian[sex], 1, 1),
        family: none,
        middle: none,
        father: some(indian.father, 1, 1),
        nickname: draw.pick(indian.nicknames[sex]),
      };
    case 'chinese':
      return {
        given: some(chinese.syllables, 2, 2),
        family: some(chinese.family, 1, 1),
        middle: none,
        father: none,
        nickname: draw.pick(chinese.nicknames[sex]),
      };
    case 'indonesian':
      return {
        given: some(indonesian[sex], 1, 2),
        family: none,
        middle: none,
        father: draw.chance(0.35) ? some(indonesian.father, 1, 1) : none,
        nickname: draw.pick(indonesian.nicknames[sex]),
      };
    case 'vietnamese':
      return {
        given: some(vietnamese[sex], 1, 1),
        family: some(vietnamese.family, 1, 1),
        middle: some(vietnamese.middle[sex], 1, 1),
        father: none,
        nickname: draw.pick(vietnamese.nicknames[sex]),
      };
    case 'burmese': {
      const given = some(burmese.syllables, 2, 3);
      // Doubled syllables are common (Myint Myint, Aye Aye).
      if (given.length === 2 && draw.chance(0.2)) given[1] = given[0] as NameWord;
      return {
        given,
        family: none,
        middle: none,
        father: none,
        nickname: given[given.length - 1] as NameWord,
      };
    }
    case 'khmer':
      return {
        given: some(khmer[sex], 1, 1),
        family: some(khmer.family, 1, 1),
        middle: none,
        father: none,
        nickname: draw.pick(khmer.nicknames[sex]),
      };
    case 'thai':
      return {
        given: some(thai[sex], 1, 1),
        family: some(thai.family, 1, 1, 0),
        middle: none,
        father: none,
        nickname: draw.pick(thai.nicknames[sex]),
      };
    case 'lao':
      return {
        given: some(lao[sex], 1, 1),
        family: some(lao.family, 1, 1, 0),
        middle: none,
        father: none,
        nickname: draw.pick(lao.nicknames[sex]),
      };
    case 'filipino':
      return {
        given: some(filipino[sex], 1, 2),
        family: some(filipino.family, 1, 1),
        middle: some(filipino.family, 1, 1),
        father: none,
        nickname: draw.pick(filipino.nicknames[sex]),
      };
  }
}

/** The same names but another father (or another mother's name, or another middle name). */
function namesake(draw: Draw, elder: TruePerson): Parts {
  const other = nameParts(draw, elder.group, elder.sex);
  return {
    given: elder.given,
    family: elder.family,
    middle: elder.group === 'vietnamese' ? elder.middle : other.middle,
    father: other.father,
    nickname: other.nickname,
  };
}

/** Another given name in the same family. */
function sibling(draw: Draw, elder: TruePerson, sex: Sex): Parts {
  const other = nameParts(draw, elder.group, sex);
  return {
    ...other,
    family: elder.family,
    father: elder.father,
    middle: elder.group === 'filipino' ? elder.middle : other.middle,
  };
}

/** `count` persons, about one in five drawn to look like an earlier one. */
export function truePersons(draw: Draw, count: number): TruePerson[] {
  const persons: TruePerson[] = [];
  for (let i = 0; i < count; i++) {
    const kind = persons.length > 10 ? draw.weighted({ new: 80, namesake: 12, sibling: 8 }) : 'new';
    const id = `p${i}`;
    if (kind === 'new') {
      const group = draw.weighted(groupShares);
      const sex: Sex = draw.chance(0.6) ? 'female' : 'male';
      const born = birthDay(draw, draw.between(1968, 2008));
      persons.push({
        id,
        group,
        sex,
        born,
        nationality: nationalities[group],
        lookAlike: null,
        ...nameParts(draw, group, sex),
      });
      continue;
    }
    const elder = draw.pick(persons);
    if (kind === 'namesake') {
      const born = birthDay(draw, elder.born.year);
      persons.push({ ...elder, id, born, lookAlike: { of: elder.id, kind }, ...namesake(draw, elder) });
    } else {
      const sex: Sex = draw.chance(0.5) ? 'female' : 'male';
      const born = birthDay(draw, elder.born.year + draw.pick([-4, -3, -2, -1, 1, 2, 3, 4]));
      persons.push({
        ...elder,
        id,
        sex,
        born,
        lookAlike: { of: elder.id, kind },
        ...sibling(draw, elder, sex),
      });
    }
  }
  return persons;
}
