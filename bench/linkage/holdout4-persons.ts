/**
 * The true persons of the fourth held-out set: who they are before any agency writes them down.
 *
 * Name groups, as shares of persons (a Malaysian-centred caseload of trafficking victims and the
 * people around them): Indonesian 22 %, Burmese 12 %, Rohingya 4 %, Vietnamese 14 %, Malaysian
 * Malay 10 %, Chinese-Malaysian 6 %, Malaysian Indian 5 %, Filipino 9 %, Khmer 7 %, Thai 6 %, Lao 5 %.
 * Ages at recording: 15–24 35 %, 25–34 35 %, 35–44 18 %, 45–60 12 %.
 *
 * Hard negatives, as shares of persons: 10 % are a sibling of an earlier person (same father or
 * family name, same nationality, born 1–6 years apart; Chinese siblings share a generation name,
 * Vietnamese sisters and brothers their middle name), 2 % a twin (same day of birth), 6 % a
 * namesake (the same given and family words as an earlier person, born the same year).
 */
import {
  batakMarga,
  chineseSurnames,
  chineseSyllables,
  christianFemale,
  christianMale,
  filipinoFamily,
  filipinoFemale,
  filipinoMale,
  indianFemale,
  indianMale,
  indonesianFemale,
  indonesianMale,
  malayFemaleFirst,
  malayFemaleSecond,
  malayMaleFirst,
  malayMaleSecond,
  vietFamily,
  vietGivenFemale,
  vietGivenMale,
  vietMiddleFemale,
  vietMiddleMale,
} from './holdout4-pools.ts';
import {
  burmeseSyllables,
  khmerFamily,
  khmerGivenFemale,
  khmerGivenMale,
  laoFamily,
  laoGiven,
  rohingyaFemaleFirst,
  rohingyaFemaleSecond,
  rohingyaMaleFirst,
  rohingyaMaleSecond,
  type ScriptWord,
  thaiFamily,
  thaiGivenFemale,
  thaiGivenMale,
  thaiLaoNicknames,
} from './holdout4-pools-mekong.ts';
import type { Draw } from './holdout4-random.ts';

export const groupShares = {
  indonesian: 22,
  burmese: 12,
  rohingya: 4,
  vietnamese: 14,
  malay: 10,
  chinese: 6,
  indian: 5,
  filipino: 9,
  khmer: 7,
  thai: 6,
  lao: 5,
} as const;
export type Group = keyof typeof groupShares;
export type Sex = 'female' | 'male';

/** A name word: the person's own spelling, every spelling it is met under, its script form. */
export interface Word {
  readonly own: string;
  readonly forms: readonly string[];
  readonly script?: string;
}

export interface BirthDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface TruePerson {
  readonly id: string;
  readonly group: Group;
  readonly sex: Sex;
  readonly born: BirthDay;
  /** ISO 3166-1 alpha-2; null for the stateless (Rohingya). */
  readonly nationality: string | null;
  readonly given: readonly Word[];
  /** The father's name (Malay, Indian, Indonesian, Rohingya): written after bin/binti, a/l, a/p, s/o. */
  readonly father: readonly Word[];
  readonly fatherIsHaji: boolean;
  /** A family name (Chinese, Vietnamese, Khmer, Thai, Lao, Filipino, Batak clan). */
  readonly family: readonly Word[];
  /** The Vietnamese middle name, or the Filipino mother's maiden family name. */
  readonly middle: readonly Word[];
  readonly nicknames: readonly string[];
  /** A Chinese-Malaysian's Christian name. */
  readonly christian: Word | null;
  /** A Filipino's generational suffix (Jr., III). */
  readonly suffix: Word | null;
  /** A married Filipina's husband's family name, which some agencies write instead of her own. */
  readonly marriedFamily: Word | null;
  readonly haji: boolean;
  /** Burmese people: Bamar, Karen or Shan, for the honorifics. */
  readonly people: 'bamar' | 'karen' | 'shan' | null;
}

/** The year the agencies meet the persons (ages are counted to it). */
export const recordingYear = 2025;

/** A word's usual spelling, whatever spelling the person has: what name rules key on. */
const canonical = (w: Word) => w.forms[0] as string;

const malayTitles = new Set(['Wan', 'Nik', 'Syed', 'Megat', 'Tengku', 'Sharifah', 'Puteri']);

export function word(draw: Draw, entry: string, script?: string): Word {
  const forms = entry.split('|');
  const own = forms.length > 1 && draw.chance(0.2) ? draw.pick(forms.slice(1)) : (forms[0] as string);
  return script === undefined ? { own, forms } : { own, forms, script };
}

const scriptWord = (draw: Draw, [forms, script]: ScriptWord) => word(draw, forms, script);

function birthDay(draw: Draw): BirthDay {
  const band = draw.weighted({ young: 35, adult: 35, middle: 18, older: 12 });
  const [low, high] = { young: [15, 24], adult: [25, 34], middle: [35, 44], older: [45, 60] }[band] as [
    number,
    number,
  ];
  const month = draw.between(1, 12);
  return { year: recordingYear - draw.between(low, high), month, day: draw.between(1, daysIn(month)) };
}

export const daysIn = (month: number) => (month === 2 ? 28 : [4, 6, 9, 11].includes(month) ? 30 : 31);

const nationalities: Record<Group, string | null> = {
  indonesian: 'ID',
  burmese: 'MM',
  rohingya: null,
  vietnamese: 'VN',
  malay: 'MY',
  chinese: 'MY',
  indian: 'MY',
  filipino: 'PH',
  khmer: 'KH',
  thai: 'TH',
  lao: 'LA',
};

type Parts = Pick<
  TruePerson,
  'given' | 'father' | 'family' | 'middle' | 'nicknames' | 'christian' | 'suffix' | 'marriedFamily'
> & {
  people?: TruePerson['people'];
};

const none: Parts = {
  given: [],
  father: [],
  family: [],
  middle: [],
  nicknames: [],
  christian: null,
  suffix: null,
  marriedFamily: null,
};

function malayName(draw: Draw, sex: Sex): Word[] {
  const first = word(draw, draw.zipf(sex === 'male' ? malayMaleFirst : malayFemaleFirst, 0.9));
  const second = sex === 'male' ? malayMaleSecond : malayFemaleSecond;
  const needsSecond =
    malayTitles.has(canonical(first)) || /^(Muhammad|Mohd|Abdul|Ahmad|Siti|Nur|Nor)/.test(canonical(first));
  return needsSecond || draw.chance(0.6) ? [first, word(draw, draw.zipf(second, 0.8))] : [first];
}

/** A Malay father: a man's name, keeping a hereditary title (Wan, Nik, Syed…) his child carries. */
function malayFather(draw: Draw, child: readonly Word[]): Word[] {
  const father = malayName(draw, 'male').filter((w) => !malayTitles.has(canonical(w)));
  const title = child[0] && canonical(child[0]);
  if (title === undefined || !malayTitles.has(title)) return father;
  const fatherTitle = title === 'Sharifah' ? 'Syed' : title === 'Puteri' ? 'Megat' : title;
  return [word(draw, fatherTitle), ...(father.length > 0 ? father : [word(draw, 'Ismail|Esmail')])];
}

function parts(draw: Draw, group: Group, sex: Sex): Parts {
  const f = sex === 'female';
  switch (group) {
    case 'malay': {
      const given = malayName(draw, sex);
      return { ...none, given, father: malayFather(draw, given) };
    }
    case 'indian':
      return {
        ...none,
        given: [word(draw, draw.zipf(f ? indianFemale : indianMale, 0.7))],
        father: [word(draw, draw.zipf(indianMale, 0.7))],
      };
    case 'chinese':
      return {
        ...none,
        family: [word(draw, draw.zipf(chineseSurnames, 0.9))],
        given: [word(draw, draw.pick(chineseSyllables)), word(draw, draw.pick(chineseSyllables))],
        christian: draw.chance(0.25) ? word(draw, draw.pick(f ? christianFemale : christianMale)) : null,
      };
    case 'indonesian': {
      const pool = f ? indonesianFemale : indonesianMale;
      const batak = draw.chance(0.12);
      const length = draw.weighted({ one: 45, two: 45, three: 10 });
      const given = [word(draw, draw.zipf(pool, 0.7))];
      if (length !== 'one' || batak) given.push(word(draw, draw.zipf(pool, 0.5)));
      if (length === 'three') given.push(word(draw, draw.zipf(pool, 0.5)));
      return {
        ...none,
        given,
        father: [word(draw, draw.zipf(indonesianMale, 0.6))],
        family: batak ? [word(draw, draw.pick(batakMarga))] : [],
      };
    }
    case 'vietnamese':
      return {
        ...none,
        family: [word(draw, draw.zipf(vietFamily, 1.1))],
        middle: [word(draw, draw.zipf(f ? vietMiddleFemale : vietMiddleMale, 1))],
        given: [word(draw, draw.zipf(f ? vietGivenFemale : vietGivenMale, 0.6))],
      };
    case 'burmese': {
      const count = draw.weighted({ 1: 3, 2: 45, 3: 45, 4: 7 });
      const given = Array.from({ length: Number(count) }, () =>
        scriptWord(draw, draw.zipf(burmeseSyllables, 0.6)),
      );
      return { ...none, given, people: draw.weighted({ bamar: 80, karen: 12, shan: 8 }) };
    }
    case 'rohingya':
      return {
        ...none,
        given: [
          word(draw, draw.zipf(f ? rohingyaFemaleFirst : rohingyaMaleFirst, 0.9)),
          word(draw, draw.zipf(f ? rohingyaFemaleSecond : rohingyaMaleSecond, 0.8)),
        ],
        father: [
          word(draw, draw.zipf(rohingyaMaleFirst, 0.9)),
          word(draw, draw.zipf(rohingyaMaleSecond, 0.8)),
        ],
      };
    case 'khmer':
      return {
        ...none,
        family: [word(draw, draw.zipf(khmerFamily, 0.9))],
        given: [word(draw, draw.zipf(f ? khmerGivenFemale : khmerGivenMale, 0.6))],
      };
    case 'thai':
      return {
        ...none,
        given: [scriptWord(draw, draw.zipf(f ? thaiGivenFemale : thaiGivenMale, 0.6))],
        family: [scriptWord(draw, draw.pick(thaiFamily))],
        nicknames: [draw.pick(thaiLaoNicknames)],
      };
    case 'lao':
      return {
        ...none,
        given: [word(draw, draw.zipf(laoGiven, 0.6))],
        family: [word(draw, draw.pick(laoFamily))],
        nicknames: draw.chance(0.5) ? [draw.pick(thaiLaoNicknames)] : [],
      };
    case 'filipino': {
      const [forms, nicknames] = draw.zipf(f ? filipinoFemale : filipinoMale, 0.5);
      return {
        ...none,
        given: [word(draw, forms)],
        middle: [word(draw, draw.zipf(filipinoFamily, 0.7))],
        family: [word(draw, draw.zipf(filipinoFamily, 0.7))],
        nicknames: nicknames.split('|'),
        suffix: f
          ? null
          : draw.chance(0.08)
            ? word(draw, 'Jr.|Jr|Junior')
            : draw.chance(0.02)
              ? word(draw, 'III')
              : null,
        marriedFamily: f && draw.chance(0.3) ? word(draw, draw.zipf(filipinoFamily, 0.7)) : null,
      };
    }
  }
}

function person(id: string, draw: Draw, group: Group, sex: Sex, born: BirthDay, name: Parts): TruePerson {
  return {
    id,
    group,
    sex,
    born,
    nationality: nationalities[group],
    ...name,
    people: name.people ?? null,
    fatherIsHaji: name.father.length > 0 && draw.chance(0.12),
    haji:
      (group === 'malay' || group === 'indonesian') && recordingYear - born.year > 35 && draw.chance(0.15),
  };
}

/** A brother or sister of `elder`: the family's shared name parts kept, the rest drawn anew. */
function sibling(id: string, draw: Draw, elder: TruePerson, twin: boolean): TruePerson {
  const sex: Sex = draw.chance(0.5) ? 'female' : 'male';
  const own = parts(draw, elder.group, sex);
  const gap = draw.between(1, 6) * (draw.chance(0.5) ? 1 : -1);
  const born = twin ? elder.born : { ...birthDay(draw), year: elder.born.year + gap };
  const shared: Parts = {
    ...own,
    father: elder.father,
    family: elder.family,
    // Chinese siblings share a generation name; Vietnamese siblings of one sex their middle name.
    given:
      elder.group === 'chinese'
        ? [elder.given[0] as Word, ...own.given.slice(1)]
        : elder.group === 'malay'
          ? withFathersTitle(draw, own.given, elder.father, sex)
          : own.given,
    middle: elder.group === 'vietnamese' && sex === elder.sex ? elder.middle : own.middle,
    people: elder.people,
  };
  return { ...person(id, draw, elder.group, sex, born, shared), fatherIsHaji: elder.fatherIsHaji };
}

/** A Malay child's given name under the father's hereditary title (Wan, Nik, Syed…), or none. */
function withFathersTitle(draw: Draw, given: readonly Word[], father: readonly Word[], sex: Sex): Word[] {
  const bare = given.filter((w) => !malayTitles.has(canonical(w)));
  const title = father[0] && canonical(father[0]);
  if (title === undefined || !malayTitles.has(title)) return bare;
  const daughters: Record<string, string> = { Syed: 'Sharifah|Syarifah', Megat: 'Puteri|Putri' };
  return [word(draw, sex === 'female' ? (daughters[title] ?? title) : title), ...bare];
}

/** Someone else with the same given and family words, born the same year. */
function namesake(id: string, draw: Draw, other: TruePerson): TruePerson {
  const own = parts(draw, other.group, other.sex);
  const born = { ...birthDay(draw), year: other.born.year };
  return person(id, draw, other.group, other.sex, born, {
    ...own,
    given: other.given,
    family: other.family,
    middle: other.middle,
    father: draw.chance(0.25) ? other.father : own.father,
  });
}

/** `count` true persons: most drawn afresh, some siblings, twins and namesakes of earlier ones. */
export function truePersons(draw: Draw, count: number): TruePerson[] {
  const persons: TruePerson[] = [];
  for (let i = 0; i < count; i++) {
    const id = `p${i}`;
    const kind = persons.length === 0 ? 'new' : draw.weighted({ new: 82, sibling: 10, twin: 2, namesake: 6 });
    if (kind === 'new') {
      const group = draw.weighted(groupShares);
      const sex: Sex = draw.chance(0.6) ? 'female' : 'male';
      persons.push(person(id, draw, group, sex, birthDay(draw), parts(draw, group, sex)));
    } else {
      const other = draw.pick(persons);
      persons.push(
        kind === 'namesake' ? namesake(id, draw, other) : sibling(id, draw, other, kind === 'twin'),
      );
    }
  }
  return persons;
}
