/**
 * How a clerk composes one person's name, group by group, before keyboard and encoding accidents
 * (holdout4-spelling.ts): which words are written, in which order, with which patronym marker,
 * honorific, nickname or script. The clerk's habits come from the agency (holdout4-agencies.ts).
 */
import type { Habit, NameOrder, PatronymStyle } from './holdout4-agencies.ts';
import { type Group, recordingYear, type TruePerson, type Word } from './holdout4-persons.ts';
import { burmeseHonorifics } from './holdout4-pools-mekong.ts';
import type { Draw } from './holdout4-random.ts';
import { joined, toZawgyi } from './holdout4-spelling.ts';

/** One clerk writing one person's name on one record. */
export interface Writing {
  readonly draw: Draw;
  readonly habit: Habit;
  readonly person: TruePerson;
  readonly order: NameOrder;
}

/** A composed name; `script` when written in Myanmar or Thai script (no case, no Latin accidents). */
export interface Composed {
  readonly text: string;
  readonly script: boolean;
}

const latin = (text: string): Composed => ({ text, script: false });
const spell = (w: Writing, word: Word) =>
  w.draw.chance(w.habit.respell) ? w.draw.pick(word.forms) : word.own;
const spellAll = (w: Writing, words: readonly Word[]) => words.map((word) => spell(w, word));
const words = (...parts: (string | null | undefined)[]) => parts.filter((p) => p).join(' ');

const markers: Readonly<Record<'male' | 'female', Readonly<Record<'full' | 'short', readonly string[]>>>> = {
  male: { full: ['bin', 'Bin'], short: ['b.', 'B.', 'bn', 'b'] },
  female: { full: ['binti', 'Binti', 'binte'], short: ['bt', 'bt.', 'bte', 'Bte.'] },
};
const indianMarkers: typeof markers = {
  male: { full: ['a/l', 'A/L'], short: ['s/o', 'al', 'a.l.', 'A/L.'] },
  female: { full: ['a/p', 'A/P'], short: ['d/o', 'ap', 'a.p.', 'A/P.'] },
};

/** The father's name as written after the person's: with a marker, bare, or left out. */
function patronym(w: Writing, style: PatronymStyle, table: typeof markers): string | null {
  const { draw, person } = w;
  if (style === 'dropped' || person.father.length === 0) return null;
  const haji = person.fatherIsHaji && draw.chance(0.5) ? draw.pick(['Haji', 'Hj.', 'Hj']) : null;
  const father = words(haji, ...spellAll(w, person.father));
  if (style === 'bare') return father;
  return `${draw.pick(table[person.sex][style])} ${father}`;
}

/** Haji or Hajah before the name, for those who made the pilgrimage, when the clerk writes titles. */
function pilgrimTitle(w: Writing): string | null {
  if (!w.person.haji || !w.draw.chance(w.habit.honorific * 2)) return null;
  return w.draw.pick(w.person.sex === 'male' ? ['Haji', 'Hj.', 'Hj'] : ['Hajah', 'Hjh.', 'Hajjah']);
}

function malay(w: Writing): Composed {
  let given = spellAll(w, w.person.given);
  // "Siti Aminah" is Aminah to everyone who knows her; some forms record the name in daily use.
  if (given.length > 1 && /^(Siti|Ct|St\.|Nur|Noor|Nor|Muhammad|Mohd|Md)$/.test(given[0] as string))
    if (w.draw.chance(0.08)) given = given.slice(1);
  if (w.draw.chance(w.habit.givenOnly)) return latin(words(...given));
  const style = w.draw.weighted(w.habit.patronym);
  return latin(words(pilgrimTitle(w), ...given, patronym(w, style, markers)));
}

function indian(w: Writing): Composed {
  const given = spell(w, w.person.given[0] as Word);
  if (w.draw.chance(w.habit.givenOnly)) return latin(given);
  const style = w.draw.weighted(w.habit.patronym);
  // Tamil usage: the father's initial before the name ("M. Kumaresan").
  if (style === 'short' && w.draw.chance(0.25)) return latin(`${w.person.father[0]?.own[0]}. ${given}`);
  return latin(words(given, patronym(w, style, indianMarkers)));
}

/**
 * Indonesians and Rohingya carry no patronym at home; Malaysian forms add bin/binti (or s/o, d/o)
 * for some, and passports for work abroad often put the father's name in the surname box.
 */
function fatherAbroad(w: Writing, table: typeof markers): { text: string | null; first: boolean } {
  const style = w.draw.weighted(w.habit.patronym);
  const used: PatronymStyle =
    style === 'bare' ? (w.draw.chance(0.5) ? 'bare' : 'dropped') : w.draw.chance(0.35) ? style : 'dropped';
  const text = patronym(w, used, table);
  return { text, first: used === 'bare' && w.order === 'surnameFirst' };
}

function indonesian(w: Writing): Composed {
  const given = spellAll(w, w.person.given);
  const marga = w.person.family[0] ? spell(w, w.person.family[0]) : null;
  if (w.draw.chance(w.habit.givenOnly)) return latin(given[0] as string);
  if (marga === null && given.length === 1 && w.draw.chance(w.habit.repeatMononym))
    return latin(words(given[0], given[0]));
  const father = fatherAbroad(w, markers);
  const name = marga !== null && w.order === 'surnameFirst' ? [marga, ...given] : [...given, marga];
  return latin(father.first ? words(father.text, ...name) : words(pilgrimTitle(w), ...name, father.text));
}

const rohingyaMarkers: typeof markers = {
  male: { full: ['bin', 's/o'], short: ['s/o', 'S/O'] },
  female: { full: ['binti', 'd/o'], short: ['d/o', 'D/O'] },
};

function rohingya(w: Writing): Composed {
  const given = spellAll(w, w.person.given);
  if (w.draw.chance(w.habit.givenOnly)) return latin(given[0] as string);
  const father = fatherAbroad(w, rohingyaMarkers);
  return latin(father.first ? words(father.text, ...given) : words(...given, father.text));
}

function chinese(w: Writing): Composed {
  const { draw, habit, person } = w;
  const family = spell(w, person.family[0] as Word);
  const syllables = spellAll(w, person.given);
  const given = draw.chance(habit.joined + 0.15)
    ? joined(syllables)
    : draw.chance(0.1)
      ? syllables.join('-')
      : syllables.join(' ');
  const christian = person.christian && draw.chance(0.6) ? spell(w, person.christian) : null;
  if (christian && draw.chance(habit.nickname)) return latin(`${christian} ${family}`);
  if (draw.chance(habit.givenOnly)) return latin(christian ?? given);
  if (w.order === 'surnameLast') return latin(words(christian, given, family));
  return latin(draw.chance(0.7) ? words(christian, family, given) : words(family, given, christian));
}

function vietnamese(w: Writing): Composed {
  const { draw, habit, person } = w;
  const [family, middle, given] = [person.family[0], person.middle[0], person.given[0]].map((x) => x?.own);
  if (draw.chance(habit.givenOnly)) return latin(given as string);
  if (draw.chance(habit.middleDropped))
    return latin(w.order === 'surnameLast' ? words(given, family) : words(family, given));
  if (w.order !== 'surnameLast') return latin(words(family, middle, given));
  // Western forms: the middle name goes with the given name, or with the family name.
  return latin(draw.chance(0.8) ? words(middle, given, family) : words(given, family, middle));
}

function burmeseHonorific(w: Writing) {
  const { draw, person } = w;
  const age = recordingYear - person.born.year;
  const male = person.sex === 'male';
  let title: string;
  if (person.people === 'karen') title = male ? 'Saw' : 'Naw';
  else if (person.people === 'shan') title = male ? 'Sai' : 'Nang';
  else if (male) title = age >= 40 ? 'U' : age >= 18 ? 'Ko' : 'Maung';
  else title = age >= 40 ? 'Daw' : 'Ma';
  // Whether a man of 38 is U or Ko is the speaker's choice.
  const alternative: Record<string, string> = { U: 'Ko', Ko: 'U', Daw: 'Ma', Ma: 'Daw' };
  if (alternative[title] && draw.chance(0.2)) title = alternative[title] as string;
  return burmeseHonorifics[title] as readonly [string, string];
}

function burmese(w: Writing): Composed {
  const { draw, habit, person } = w;
  const honorific = draw.chance(habit.honorific) ? burmeseHonorific(w) : null;
  if (draw.chance(habit.script)) {
    const name = person.given.map((s) => s.script).join('');
    const text = honorific ? `${honorific[1]}${draw.chance(0.5) ? ' ' : ''}${name}` : name;
    return { text: draw.chance(habit.zawgyi) ? toZawgyi(text) : text, script: true };
  }
  const syllables = spellAll(w, person.given);
  // A form with a surname box gets the last syllable there, and lists it first.
  if (w.order === 'surnameFirst' && syllables.length > 1 && draw.chance(0.3))
    syllables.unshift(syllables.pop() as string);
  const name = syllables.length > 1 && draw.chance(habit.joined) ? joined(syllables) : words(...syllables);
  const title = honorific ? draw.pick((honorific[0] as string).split('|')) : null;
  return latin(words(title, name));
}

function khmer(w: Writing): Composed {
  const family = spell(w, w.person.family[0] as Word);
  const given = spell(w, w.person.given[0] as Word);
  if (w.draw.chance(w.habit.givenOnly)) return latin(given);
  return latin(w.order === 'surnameLast' ? words(given, family) : words(family, given));
}

/** Thai and Lao: given name then family name; nicknames; Thai script for some. */
function thaiOrLao(w: Writing): Composed {
  const { draw, habit, person } = w;
  const givenWord = person.given[0] as Word;
  const familyWord = person.family[0] as Word;
  if (givenWord.script && familyWord.script && draw.chance(habit.script))
    return { text: `${givenWord.script} ${familyWord.script}`, script: true };
  const given = spell(w, givenWord);
  const family = spell(w, familyWord);
  const nickname =
    person.nicknames.length > 0 && draw.chance(habit.nickname) ? draw.pick(person.nicknames) : null;
  if (nickname) return latin(draw.chance(0.6) ? `${given} ${family} (${nickname})` : nickname);
  if (draw.chance(habit.givenOnly)) return latin(given);
  return latin(w.order === 'surnameFirst' ? words(family, given) : words(given, family));
}

function filipino(w: Writing): Composed {
  const { draw, habit, person } = w;
  let given = spell(w, person.given[0] as Word);
  if (given.startsWith('Maria ') && draw.chance(0.3))
    given = given.replace('Maria', draw.pick(['Ma.', 'Ma']));
  else if (given.includes(' ') && draw.chance(0.1)) given = given.split(' ').slice(1).join(' ');
  // A married woman written under her husband's name, her own family name becoming the middle name.
  const married = person.marriedFamily !== null && draw.chance(0.35);
  const family = spell(w, married ? (person.marriedFamily as Word) : (person.family[0] as Word));
  const middleWord = married ? person.family[0] : person.middle[0];
  const middleName = middleWord ? spell(w, middleWord) : null;
  const middle =
    draw.chance(habit.middleDropped) || middleName === null
      ? null
      : draw.chance(0.3)
        ? `${middleName[0]}.`
        : middleName;
  const suffix = person.suffix && draw.chance(0.7) ? spell(w, person.suffix) : null;
  if (draw.chance(habit.nickname)) return latin(`${draw.pick(person.nicknames)} ${family}`);
  if (draw.chance(habit.givenOnly)) return latin(given);
  if (w.order === 'surnameFirst')
    return latin(words(draw.chance(0.5) ? `${family},` : family, given, middle, suffix));
  return latin(words(given, middle, family, suffix));
}

export const composers: Readonly<Record<Group, (w: Writing) => Composed>> = {
  malay,
  indian,
  indonesian,
  rohingya,
  chinese,
  vietnamese,
  burmese,
  khmer,
  thai: thaiOrLao,
  lao: thaiOrLao,
  filipino,
};
