/**
 * How one agency writes one person's name in the fifth held-out set, and which of the set's
 * variations that record carries: the father's name dropped, the name in its own script, spelled
 * by ear at an NGO intake, a nickname, the family name moved, an Indonesian old spelling. Other
 * drift (romanisations, honorifics, bin/bt, initials, a passport's repeated single name) happens
 * everywhere and is not counted as a variation.
 */
import type { Draw } from './holdout4-random.ts';
import type { TruePerson } from './holdout5-persons.ts';
import type { NameWord } from './holdout5-pools.ts';
import { burmese } from './holdout5-pools-mainland.ts';

export type NameVariation = 'fatherDropped' | 'ownScript' | 'byEar' | 'alias' | 'tokenOrder' | 'oldSpelling';

/** One agency's name habits: the chance of each variation in its records. */
export interface NameHabit {
  readonly fatherDropped: number;
  readonly ownScript: number;
  readonly byEar: number;
  readonly alias: number;
  readonly tokenOrder: number;
  readonly oldSpelling: number;
  /** Share written in capitals (passport style). */
  readonly capitals: number;
  /** A Burmese honorific (Ma, Daw, Maung, U) before the name. */
  readonly honorific: number;
  /** An Indonesian single name written twice, for a form that wants a surname. */
  readonly repeatSingleName: number;
}

export interface WrittenName {
  readonly text: string;
  readonly variations: readonly NameVariation[];
}

const scripted = new Set(['burmese', 'thai', 'khmer', 'vietnamese']);

/** Vietnamese with its marks and đ taken off, as most forms outside Vietnam write it. */
export function withoutMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** An Indonesian name in the spelling before 1972 (and before 1947 for oe): Yusuf → Joesoef. */
export function oldSpelling(name: string): string {
  const old: Readonly<Record<string, string>> = {
    ny: 'nj',
    sy: 'sj',
    kh: 'ch',
    j: 'dj',
    c: 'tj',
    y: 'j',
    u: 'oe',
  };
  const upper = (letter: string | undefined) => letter !== undefined && /\p{Lu}/u.test(letter);
  return name.replace(/ny|sy|kh|j|c|y|u/gi, (found: string, at: number) => {
    const written = old[found.toLowerCase()] as string;
    // A name in capitals stays in capitals (SOEHARTO); a capitalised one keeps its capital (Soeharto).
    if (upper(found[0]) && (upper(name[at + found.length]) || upper(name[at - 1])))
      return written.toUpperCase();
    return upper(found[0]) ? (written[0] as string).toUpperCase() + written.slice(1) : written;
  });
}

/** What an intake worker writes hearing a name: one or two sounds written another way. */
const byEar: readonly (readonly [RegExp, string])[] = [
  [/ph/, 'f'],
  [/th/, 't'],
  [/kh/, 'k'],
  [/ch/, 'j'],
  [/ee/, 'i'],
  [/oo|ou/, 'u'],
  [/([bdgklmnprst])u/, '$1oo'],
  [/y\b/, 'i'],
  [/ai/, 'ay'],
  [/aw/, 'or'],
  [/([bdfgklmnprstvz])\1/, '$1'],
  [/([aeiou])([lmnrst])([aeiou])/, '$1$2$2$3'],
  [/z/, 's'],
  [/sy/, 'sh'],
  [/x/, 's'],
  [/v/, 'w'],
  [/w/, 'v'],
  [/\bng/, 'n'],
  [/tr/, 'ch'],
  [/\bgi/, 'y'],
  [/nh\b/, 'n'],
  [/([aeiou])h\b/, '$1'],
  [/a\b/, 'ah'],
  [/en\b/, 'in'],
  [/c(?!h)/, 'k'],
  [/j/, 'y'],
  [/ie|ei/, 'i'],
];

function spelledByEar(draw: Draw, text: string): string {
  let heard = text.toLowerCase();
  const changes = draw.chance(0.6) ? 1 : 2;
  for (let n = 0; n < changes; n++) {
    const fitting = byEar.filter(([sound]) => sound.test(heard));
    if (fitting.length === 0) break;
    const [sound, written] = draw.pick(fitting);
    heard = heard.replace(sound, written);
  }
  return heard.replace(/(^|[\s-])(\p{L})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase());
}

/** A word as this record writes it: its own script, or one of its romanisations (usual one most). */
function spelled(draw: Draw, word: NameWord, own: boolean): string {
  // A Vietnamese word's own form is its marked spelling (the pool's romanisation keeps the marks).
  if (own) return word.own ?? word.roman[0];
  const roman = word.roman.length > 1 && draw.chance(0.25) ? draw.pick(word.roman.slice(1)) : word.roman[0];
  return withoutMarks(roman);
}

/** The name's written words in this record's order. */
function composed(draw: Draw, habit: NameHabit, person: TruePerson, flags: Set<NameVariation>): string[] {
  const own = flags.has('ownScript');
  const write = (list: readonly NameWord[]) => list.map((word) => spelled(draw, word, own));
  const given = write(person.given);
  const family = write(person.family);
  const father = flags.has('fatherDropped') ? [] : write(person.father);
  const female = person.sex === 'female';
  const reversed = flags.has('tokenOrder');
  if (flags.has('alias')) {
    const nickname = spelled(draw, person.nickname, false);
    // Without a family name the nickname goes with the father's name, or the last given name.
    if (family.length === 0) return [nickname, ...(father.length > 0 ? father : given.slice(-1))];
    return person.group === 'chinese' && draw.chance(0.4)
      ? [nickname, ...family, ...given]
      : [nickname, ...family];
  }
  switch (person.group) {
    case 'malay':
    case 'indonesian': {
      if (father.length === 0) {
        if (given.length === 1 && draw.chance(habit.repeatSingleName)) return [...given, ...given];
        return reversed ? [...given].reverse() : given;
      }
      if (reversed) return [...father, ...given];
      const link = female ? draw.pick(['binti', 'binti', 'bt', 'bte']) : draw.pick(['bin', 'bin', 'b.']);
      return [...given, link, ...father];
    }
    case 'indian': {
      if (father.length === 0) return given;
      if (reversed) return [...father, ...given];
      // Tamil initial: the father's name as a letter before the given name (S. Kavitha).
      if (draw.chance(0.2)) return [`${father[0]?.[0]}.`, ...given];
      return [...given, draw.pick(female ? ['a/p', 'A/P', 'd/o'] : ['a/l', 'A/L', 's/o']), ...father];
    }
    case 'chinese': {
      const joined = draw.weighted({ spaced: 70, joined: 20, hyphen: 10 });
      const personal =
        joined === 'spaced'
          ? given
          : [
              joined === 'joined'
                ? given.join('').replace(/(?<=.)\p{Lu}/gu, (c) => c.toLowerCase())
                : given.join('-'),
            ];
      return reversed ? [...personal, ...family] : [...family, ...personal];
    }
    case 'vietnamese': {
      const middle = write(person.middle);
      return reversed ? [...given, ...middle, ...family] : [...family, ...middle, ...given];
    }
    case 'burmese': {
      // Daw and U are for elders, Ma and Maung/Ko for the young (ages as of the set's year, 2026).
      const titles = burmese.honorifics[person.sex][2026 - person.born.year > 35 ? 1 : 0] ?? [];
      const title = draw.chance(habit.honorific) ? spelled(draw, draw.pick(titles), own) : null;
      if (own) return title ? [title, given.join('')] : [given.join('')];
      return title ? [title, ...given] : given;
    }
    case 'filipino': {
      const middle = write(person.middle);
      const kept = draw.weighted({ full: 40, initial: 30, dropped: 30 });
      const mother = kept === 'full' ? middle : kept === 'initial' ? [`${middle[0]?.[0]}.`] : [];
      return reversed ? [...family, ...given, ...mother] : [...given, ...mother, ...family];
    }
    case 'khmer':
      return reversed ? [...given, ...family] : [...family, ...given];
    case 'thai':
    case 'lao':
      return reversed ? [...family, ...given] : [...given, ...family];
  }
}

/** Which variations this record carries: drawn by the agency's habits where the name allows them. */
function variationsOf(draw: Draw, habit: NameHabit, person: TruePerson): Set<NameVariation> {
  const flags = new Set<NameVariation>();
  if (scripted.has(person.group) && draw.chance(habit.ownScript)) flags.add('ownScript');
  const latin = !flags.has('ownScript');
  if (latin && person.group !== 'burmese' && draw.chance(habit.alias)) flags.add('alias');
  if (person.father.length > 0 && draw.chance(habit.fatherDropped)) flags.add('fatherDropped');
  const parts = person.family.length + person.father.length + person.given.length;
  if (
    latin &&
    !flags.has('alias') &&
    person.group !== 'burmese' &&
    parts > 1 &&
    draw.chance(habit.tokenOrder)
  ) {
    const malayAlone = (person.group === 'malay' || person.group === 'indian') && flags.has('fatherDropped');
    if (!malayAlone) flags.add('tokenOrder');
  }
  if (latin && draw.chance(habit.byEar)) flags.add('byEar');
  if (latin && person.group === 'indonesian' && draw.chance(habit.oldSpelling)) flags.add('oldSpelling');
  return flags;
}

/** One agency's written name of a person, and the variations it carries. */
export function writtenName(draw: Draw, habit: NameHabit, person: TruePerson): WrittenName {
  const flags = variationsOf(draw, habit, person);
  let text = composed(draw, habit, person, flags).join(' ');
  if (flags.has('oldSpelling')) {
    const old = oldSpelling(text);
    if (old === text) flags.delete('oldSpelling');
    text = old;
  }
  if (flags.has('byEar')) {
    const heard = spelledByEar(draw, text);
    if (heard.toLowerCase() === text.toLowerCase()) flags.delete('byEar');
    text = heard;
  }
  if (!flags.has('ownScript') && draw.chance(habit.capitals)) text = text.toUpperCase();
  return { text, variations: [...flags] };
}
