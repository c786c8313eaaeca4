import rabbit from 'rabbit-node';
import { seededRandom } from '../../src/shared/seeded-random.ts';
import type { TruthRecord } from './data.ts';
import {
  balineseNames,
  balineseOrder,
  burmeseNames,
  burmeseSyllables,
  filipinoGiven,
  filipinoSurnames,
  indonesianNames,
  indonesianSecond,
  khmerFamily,
  khmerGiven,
  khmerScript,
  malayFathers,
  malayGiven,
  malaySpellings,
  type Spellings,
  thaiFamily,
  thaiGiven,
  thaiScript,
  thaiSurnameHeads,
  thaiSurnameTails,
  vietFamily,
  vietGiven,
  vietMiddle,
} from './holdout-pools.ts';

/**
 * A held-out set of Southeast Asian and Filipino persons, each met by two to four agencies that
 * write a name the way each really does — an embassy from the person's own documents (diacritics,
 * Myanmar, Thai or Khmer script, in Zawgyi on an old keyboard), immigration from a passport read
 * into a Western form (capitals, family name last, "FNU" for a single name, day and month read the
 * other way round), the police from an interview (spelling by ear, honorifics, typos, an age instead
 * of a date), a shelter from what the person says (a short name, a year). Hard negatives beside
 * them: siblings (same family or father's name, another given name, a few years apart or twins)
 * and namesakes (the same name, another person). Every record lists what was done to it (`tags`),
 * so that the misses can be counted by cause (holdout-report.ts).
 *
 * Written apart from bench/support/se-asian-variants.ts, which was written with the rules it
 * tests: other pools (holdout-pools.ts), spellings listed per name instead of rewrite rules, and
 * corruption decided by agency instead of by name group. Seeded: the same seed, the same set.
 */
export interface HeldOutRecord extends TruthRecord {
  readonly tags: readonly string[];
  /** "sibling" or "namesake" when this person was made as a hard negative of another. */
  readonly negativeOf?: string;
}

type Random = () => number;
type Sex = 'male' | 'female';
type Group = 'MY' | 'ID' | 'VN' | 'TH' | 'KH' | 'MM' | 'PH';
type Agency = 'embassy' | 'immigration' | 'police' | 'shelter';

interface Person {
  readonly id: string;
  readonly group: Group;
  readonly sex: Sex;
  readonly birth: readonly [year: number, month: number, day: number];
  /** Given-name words, each with its other spellings. */
  readonly given: readonly Spellings[];
  /** Vietnamese middle names, or a Filipino's mother's surname. */
  readonly middle: readonly Spellings[];
  readonly family: readonly Spellings[];
  /** The Malay father's name, after bin or binti. */
  readonly father: readonly Spellings[];
  readonly negativeOf?: string;
}

const one = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const happens = (random: Random, p: number) => random() < p;
const plain = (word: string): Spellings => [word];
const words = (text: string): Spellings[] => text.split(' ').map(plain);

/** A Vietnamese word without its marks, as a keyboard without them types it. */
const unmarked = (value: string) =>
  value.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

function makeBirth(random: Random): Person['birth'] {
  return [1968 + Math.floor(random() * 40), 1 + Math.floor(random() * 12), 1 + Math.floor(random() * 28)];
}

function malayWords(random: Random, sex: Sex): string[] {
  const { first, second } = malayGiven[sex];
  const last = one(random, second);
  return happens(random, 0.2) ? [last] : [one(random, first), last];
}

/** A Thai surname of two morphemes, spelt as each morpheme is (Charoen + porn: Jaroenphon…). */
function thaiSurname(random: Random): Spellings {
  const head = one(random, thaiSurnameHeads);
  const tail = one(random, thaiSurnameTails);
  const own = `${head[0]}${tail[0]}`;
  return [own, ...head.flatMap((h) => tail.map((t) => `${h}${t}`)).filter((s) => s !== own)];
}

function makePerson(random: Random, id: string): Person {
  const group = one(random, ['MY', 'MY', 'ID', 'VN', 'VN', 'TH', 'KH', 'MM', 'MM', 'PH'] as const);
  const sex: Sex = happens(random, 0.45) ? 'male' : 'female';
  const base = { id, group, sex, birth: makeBirth(random), middle: [], family: [], father: [] };
  switch (group) {
    case 'MY':
      return {
        ...base,
        given: malayWords(random, sex).map((w) => [w, ...(malaySpellings[w] ?? [])] as Spellings),
        father: [one(random, malayFathers) as Spellings],
      };
    case 'ID': {
      if (happens(random, 0.12)) {
        return {
          ...base,
          given: [plain(sex === 'male' ? 'I' : 'Ni'), plain(one(random, balineseOrder))],
          family: words(one(random, balineseNames)),
        };
      }
      const given = [one(random, indonesianNames)];
      return { ...base, given, family: happens(random, 0.5) ? [one(random, indonesianSecond)] : [] };
    }
    case 'VN':
      return {
        ...base,
        family: [plain(one(random, vietFamily))],
        middle: words(one(random, vietMiddle[sex])),
        given: [plain(one(random, vietGiven[sex]))],
      };
    case 'TH':
      return {
        ...base,
        given: [one(random, thaiGiven)],
        family: [happens(random, 0.3) ? one(random, thaiFamily) : thaiSurname(random)],
      };
    case 'KH':
      return { ...base, family: [one(random, khmerFamily)], given: [one(random, khmerGiven)] };
    case 'MM':
      return {
        ...base,
        given: Array.from({ length: one(random, [2, 3, 3, 3, 4]) }, () => {
          const [, ...latin] = burmeseSyllables[one(random, burmeseNames[sex])] as readonly [
            string,
            ...string[],
          ];
          return latin as unknown as Spellings;
        }),
      };
    default:
      return {
        ...base,
        given: words(one(random, filipinoGiven[sex])),
        middle: [one(random, filipinoSurnames)],
        family: [one(random, filipinoSurnames)],
      };
  }
}

/**
 * A sibling: the same family, middle or father's name, another given name, born a few years apart
 * (or a twin). Burmese and single-name Indonesians share no name with a sibling: a namesake instead.
 */
function makeSibling(random: Random, of: Person, id: string): Person {
  let other = makePerson(random, id);
  for (let tries = 0; other.group !== of.group && tries < 200; tries++) other = makePerson(random, id);
  if (other.group !== of.group || of.group === 'MM' || (of.group === 'ID' && of.family.length === 0))
    return makeNamesake(random, of, id);
  const [year, month, day] = of.birth;
  const twin = happens(random, 0.15);
  const apart = (happens(random, 0.5) ? 1 : -1) * (1 + Math.floor(random() * 6));
  const birth: Person['birth'] = twin ? [year, month, day] : [year + apart, other.birth[1], other.birth[2]];
  const sameSexGiven = other.sex === of.sex && other.given[0]?.[0] === of.given[0]?.[0];
  if (sameSexGiven && other.given.length === of.given.length) return makeNamesake(random, of, id);
  return {
    ...other,
    birth,
    family: of.family,
    father: of.father,
    // Vietnamese siblings share the family name; the middle name goes with the sex.
    middle: of.group === 'VN' && other.sex !== of.sex ? other.middle : of.middle,
    negativeOf: `sibling of ${of.id}`,
  };
}

/** Another person with the very same name, born another day. */
function makeNamesake(random: Random, of: Person, id: string): Person {
  return { ...of, id, birth: makeBirth(random), negativeOf: `namesake of ${of.id}` };
}

/** A spelling of `word`: its own most of the time, another one with probability `p`. */
function spell(random: Random, word: Spellings, p: number, tags: string[]): string {
  if (word.length > 1 && happens(random, p)) {
    const other = one(random, word.slice(1));
    if (other !== word[0]) tags.push('spelling');
    return other;
  }
  return word[0];
}

const spellAll = (random: Random, list: readonly Spellings[], p: number, tags: string[]) =>
  list.map((word) => spell(random, word, p, tags));

/** How far each agency strays from the person's own spelling. */
const straying: Readonly<Record<Agency, number>> = {
  embassy: 0,
  immigration: 0.15,
  police: 0.45,
  shelter: 0.35,
};

function writeMalay(random: Random, p: Person, agency: Agency, tags: string[]): string {
  const given = spellAll(random, p.given, straying[agency], tags);
  if (given[0] === 'Muhammad' && given.length > 1 && agency === 'police' && happens(random, 0.2)) {
    given[0] = 'M.';
    tags.push('initial');
  }
  // Nur Haliza → Nurhaliza, Siti Nor Aishah → Siti Noraishah: one word or two, either is usual.
  if (given.length >= 2 && happens(random, 0.25)) {
    const at = given.length - 2;
    given.splice(at, 2, `${given[at]}${(given[at + 1] as string).toLowerCase()}`);
    tags.push('joined');
  }
  const marker =
    agency === 'immigration'
      ? p.sex === 'male'
        ? 'BIN'
        : 'BINTI'
      : one(random, p.sex === 'male' ? ['bin', 'bin', 'b.', 'B.'] : ['binti', 'binti', 'bt', 'bte', 'BT.']);
  const dropFather = agency === 'shelter' ? 0.5 : agency === 'police' ? 0.2 : 0;
  if (happens(random, dropFather)) {
    tags.push('father dropped');
    return given.join(' ');
  }
  const father = spell(random, p.father[0] as Spellings, straying[agency], tags);
  const title =
    agency !== 'immigration' && happens(random, 0.15)
      ? `${one(random, p.sex === 'male' ? ['Encik', 'Hj.', 'Haji'] : ['Puan', 'Cik', 'Hajah'])} `
      : '';
  if (title) tags.push('honorific');
  return `${title}${given.join(' ')} ${marker} ${father}`;
}

function writeIndonesian(random: Random, p: Person, agency: Agency, tags: string[]): string {
  const old = agency === 'embassy' ? 0 : agency === 'immigration' ? 0.2 : 0.4;
  let given = spellAll(random, p.given, old, tags);
  const family = spellAll(random, p.family, old, tags);
  if (given[0] === 'I' || given[0] === 'Ni') {
    if (agency !== 'embassy' && happens(random, 0.5)) {
      given = given.slice(1);
      tags.push('prefix dropped');
    }
  }
  const all = [...given, ...family];
  if (all.length === 1 && agency === 'immigration') {
    // A passport's one name is written in both boxes, or the given name box says FNU.
    tags.push(happens(random, 0.5) ? 'single name repeated' : 'FNU');
    return tags.includes('FNU') ? `FNU ${all[0]}` : `${all[0]} ${all[0]}`;
  }
  return all.join(' ');
}

function writeVietnamese(random: Random, p: Person, agency: Agency, tags: string[]): string {
  const family = (p.family[0] as Spellings)[0];
  let middle = p.middle.map((w) => w[0]);
  const given = (p.given[0] as Spellings)[0];
  if (agency === 'police' || agency === 'shelter') {
    if (middle.length > 0 && happens(random, agency === 'shelter' ? 0.5 : 0.25)) {
      middle = [];
      tags.push('middle dropped');
    }
  }
  let parts: string[];
  if (agency === 'embassy') parts = [family, ...middle, given];
  else if (agency === 'immigration') {
    if (happens(random, 0.4)) {
      tags.push('comma form');
      return unmarked(`${family}, ${[...middle, given].join(' ')}`);
    }
    parts = happens(random, 0.6) ? [...middle, given, family] : [family, ...middle, given];
  } else parts = happens(random, 0.4) ? [given, ...middle, family] : [family, ...middle, given];
  if (parts[parts.length - 1] === family && parts.length > 1) tags.push('family last');
  const name = parts.join(' ');
  if (agency === 'embassy' || (agency === 'shelter' && happens(random, 0.4))) return name;
  tags.push('marks lost');
  return unmarked(name);
}

function writeThai(random: Random, p: Person, agency: Agency, tags: string[]): string {
  const given = p.given[0] as Spellings;
  const family = p.family[0] as Spellings;
  if (agency === 'embassy' && thaiScript[given[0]] && thaiScript[family[0]] && happens(random, 0.5)) {
    tags.push('script');
    return `${thaiScript[given[0]]} ${thaiScript[family[0]]}`;
  }
  const name = `${spell(random, given, straying[agency] + 0.1, tags)} ${spell(random, family, straying[agency] + 0.1, tags)}`;
  if (agency !== 'immigration' && happens(random, 0.12)) {
    tags.push('honorific');
    return `${one(random, p.sex === 'male' ? ['Mr', 'Nai'] : ['Ms', 'Miss', 'Nang', 'Nangsao'])} ${name}`;
  }
  return name;
}

function writeKhmer(random: Random, p: Person, agency: Agency, tags: string[]): string {
  const family = p.family[0] as Spellings;
  const given = p.given[0] as Spellings;
  if (agency === 'embassy' && khmerScript[family[0]] && khmerScript[given[0]] && happens(random, 0.5)) {
    tags.push('script');
    return `${khmerScript[family[0]]} ${khmerScript[given[0]]}`;
  }
  const f = spell(random, family, straying[agency] + 0.1, tags);
  const g = spell(random, given, straying[agency] + 0.1, tags);
  // Cambodian order is family first; a foreign form asks for the given name first.
  if (agency === 'immigration' || (agency !== 'embassy' && happens(random, 0.3))) {
    tags.push('family last');
    return `${g} ${f}`;
  }
  return `${f} ${g}`;
}

function writeBurmese(random: Random, p: Person, agency: Agency, tags: string[]): string {
  if (agency === 'embassy' && happens(random, 0.6)) {
    const script = p.given
      .map((w) => {
        const key = Object.keys(burmeseSyllables).find((k) => burmeseSyllables[k]?.[1] === w[0]);
        return burmeseSyllables[key as string]?.[0] ?? '';
      })
      .join('');
    if (happens(random, 0.4)) {
      tags.push('Zawgyi');
      return rabbit.uni2zg(script);
    }
    tags.push('script');
    return script;
  }
  const syllables = spellAll(random, p.given, straying[agency], tags);
  // Syllables run together in places: Aungkyaw Moe, Hninwai Phyo.
  if (syllables.length >= 3 && happens(random, agency === 'immigration' ? 0.1 : 0.25)) {
    const at = happens(random, 0.5) ? 0 : 1;
    syllables.splice(at, 2, `${syllables[at]}${(syllables[at + 1] as string).toLowerCase()}`);
    tags.push('joined');
  }
  if (agency !== 'immigration' && happens(random, agency === 'embassy' ? 0.2 : 0.45)) {
    tags.push('honorific');
    const older = p.birth[0] < 1985;
    const title =
      p.sex === 'male' ? one(random, older ? ['U', 'U', 'Ko'] : ['Ko', 'Maung', 'Mg']) : older ? 'Daw' : 'Ma';
    return `${title} ${syllables.join(' ')}`;
  }
  return syllables.join(' ');
}

function writeFilipino(random: Random, p: Person, agency: Agency, tags: string[]): string {
  const given = p.given.map((w) => w[0]);
  const middle = spell(random, p.middle[0] as Spellings, straying[agency], tags);
  const family = spell(random, p.family[0] as Spellings, straying[agency], tags);
  if (given[0] === 'Maria' && agency !== 'immigration' && happens(random, 0.4)) {
    given[0] = 'Ma.';
    tags.push('Ma. for Maria');
  }
  const roll = random();
  let middlePart = middle;
  if (agency === 'shelter' || (agency === 'police' && roll < 0.4)) {
    middlePart = '';
    tags.push('middle dropped');
  } else if (agency !== 'embassy' && roll < 0.7) {
    middlePart = `${middle[0]}.`;
    tags.push('middle initial');
  }
  if (agency === 'immigration' && happens(random, 0.6)) {
    tags.push('comma form');
    return `${family}, ${given.join(' ')} ${middlePart}`.trim();
  }
  return [...given, middlePart, family].filter((w) => w.length > 0).join(' ');
}

const writers: Record<Group, (random: Random, p: Person, agency: Agency, tags: string[]) => string> = {
  MY: writeMalay,
  ID: writeIndonesian,
  VN: writeVietnamese,
  TH: writeThai,
  KH: writeKhmer,
  MM: writeBurmese,
  PH: writeFilipino,
};

/** A slip of the keyboard in one word of a Latin name: a letter dropped, doubled, swapped or a neighbour's. */
function slip(random: Random, name: string): string {
  const list = name.split(' ');
  const candidates = list.map((w, i) => [w, i] as const).filter(([w]) => /^[A-Za-z]{4,}$/.test(w));
  if (candidates.length === 0) return name;
  const [word, index] = one(random, candidates);
  const at = 1 + Math.floor(random() * (word.length - 2));
  const neighbours: Record<string, string> = {
    a: 's',
    e: 'r',
    i: 'o',
    o: 'i',
    u: 'y',
    n: 'm',
    m: 'n',
    s: 'a',
  };
  const kind = Math.floor(random() * 4);
  const letter = word[at] as string;
  list[index] =
    kind === 0
      ? word.slice(0, at) + word.slice(at + 1)
      : kind === 1
        ? word.slice(0, at) + letter + word.slice(at)
        : kind === 2
          ? word.slice(0, at) + word[at + 1] + letter + word.slice(at + 2)
          : word.slice(0, at) + (neighbours[letter.toLowerCase()] ?? letter) + word.slice(at + 1);
  return list.join(' ');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The date of birth as each agency comes to know it. */
function writeBirth(random: Random, p: Person, agency: Agency, tags: string[]): string | null {
  const [year, month, day] = p.birth;
  const exact = `${year}-${pad(month)}-${pad(day)}`;
  const roll = random();
  switch (agency) {
    case 'embassy':
      return exact;
    case 'immigration':
      if (roll < 0.15 && day <= 12 && day !== month) {
        tags.push('day and month swapped');
        return `${year}-${pad(day)}-${pad(month)}`;
      }
      return exact;
    case 'police':
      if (roll < 0.35) return exact;
      if (roll < 0.55) {
        tags.push('01-01 default');
        return `${year}-01-01`;
      }
      if (roll < 0.75) {
        const off = happens(random, 0.4) ? (happens(random, 0.5) ? 1 : -1) : 0;
        tags.push(off === 0 ? 'year from age' : 'age a year off');
        return String(year + off);
      }
      if (roll < 0.87) {
        tags.push('date digit typo');
        const digits = `${year}${pad(month)}${pad(day)}`.split('');
        const at = 5 + Math.floor(random() * 3);
        digits[at] = String((Number(digits[at]) + 1 + Math.floor(random() * 8)) % 10);
        const typed = digits.join('');
        return `${typed.slice(0, 4)}-${typed.slice(4, 6)}-${typed.slice(6, 8)}`;
      }
      tags.push('no date');
      return null;
    default:
      if (roll < 0.3) return exact;
      if (roll < 0.65) {
        tags.push('year only');
        return String(year);
      }
      if (roll < 0.8) {
        tags.push('age a year off');
        return String(year + (happens(random, 0.5) ? 1 : -1));
      }
      tags.push('no date');
      return null;
  }
}

const nationality: Record<Group, string> = {
  MY: 'MY',
  ID: 'ID',
  VN: 'VN',
  TH: 'TH',
  KH: 'KH',
  MM: 'MM',
  PH: 'PH',
};
const agencies: readonly Agency[] = ['embassy', 'immigration', 'police', 'shelter'];

function recordsOf(random: Random, p: Person): HeldOutRecord[] {
  const count = 2 + Math.floor(random() * 3);
  const met = [...agencies].sort(() => random() - 0.5).slice(0, count);
  return met.map((agency) => {
    const tags: string[] = [p.group];
    let name = writers[p.group](random, p, agency, tags);
    const slips = agency === 'police' ? 0.25 : agency === 'shelter' ? 0.15 : 0.04;
    if (happens(random, slips)) {
      const slipped = slip(random, name);
      if (slipped !== name) tags.push('typo');
      name = slipped;
    }
    if (agency === 'immigration' || (agency === 'police' && happens(random, 0.5))) name = name.toUpperCase();
    const birth = writeBirth(random, p, agency, tags);
    return {
      id: `${p.id}-${agency}`,
      truth: p.id,
      name: name.replace(/\s+/g, ' ').trim(),
      birth,
      sex: happens(random, 0.7) ? p.sex : null,
      nationality: happens(random, 0.85) ? nationality[p.group] : null,
      source: agency,
      tags,
      ...(p.negativeOf ? { negativeOf: p.negativeOf } : {}),
    };
  });
}

/**
 * `persons` persons, and beside them about 12% more siblings and 6% namesakes of them (hard
 * negatives), each met by two to four agencies.
 */
export function heldOutSet(persons: number, seed: number): HeldOutRecord[] {
  const random = seededRandom(seed ^ 0x5eed8);
  const records: HeldOutRecord[] = [];
  let next = 0;
  for (let i = 0; i < persons; i++) {
    const person = makePerson(random, `h${next++}`);
    records.push(...recordsOf(random, person));
    if (happens(random, 0.12)) records.push(...recordsOf(random, makeSibling(random, person, `h${next++}`)));
    if (happens(random, 0.06)) records.push(...recordsOf(random, makeNamesake(random, person, `h${next++}`)));
  }
  return records;
}
