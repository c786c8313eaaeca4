/**
 * How one agency writes one person's name in the third held-out set, per name group. Every
 * change made to the name is named in `tags` (the report counts missed pairs by them).
 */
import { type Agency, type Part, type Profile, pick, type Random } from './holdout3-agencies.ts';
import { hasOldSpelling, myanmar, thai, vietnamese } from './holdout3-pools.ts';

export type Sub = 'MY-Malay' | 'MY-Chinese' | 'MY-Indian' | 'ID' | 'VN' | 'MM' | 'KH' | 'TH' | 'PH';
export type Sex = 'male' | 'female';

export interface Person {
  readonly id: string;
  readonly sub: Sub;
  readonly sex: Sex;
  readonly birth: { readonly year: number; readonly month: number; readonly day: number };
  /** Malay Muhammad/Nur/Siti, Indonesian Sri/Eko…, Balinese I/Ni and birth-order name. */
  readonly prefix: readonly Part[];
  readonly given: readonly Part[];
  readonly middle: readonly Part[];
  readonly family: readonly Part[];
  readonly father: readonly Part[];
  readonly english?: string;
  readonly nickname?: string;
  readonly suffix?: string;
  /** A husband's surname she may give at a shelter or NGO. */
  readonly married?: Part;
  readonly haji?: boolean;
  readonly negativeOf?: string;
}

export interface Writing {
  readonly random: Random;
  readonly person: Person;
  readonly agency: Agency;
  readonly profile: Profile;
  readonly tags: string[];
}

const tag = (w: Writing, t: string) => {
  if (!w.tags.includes(t)) w.tags.push(t);
};
const chance = (w: Writing, p: number) => w.random() < p;

/** The spelling an agency writes: the papers', another heard or habitual one, or (Indonesian) the modern one. */
export function spell(w: Writing, part: Part): string {
  const { latin, doc } = part;
  if (
    w.person.sub === 'ID' &&
    doc === 1 &&
    latin[0] !== latin[1] &&
    w.agency !== 'immigration' &&
    chance(w, 0.5)
  ) {
    tag(w, 'old spelling');
    return latin[0] as string;
  }
  if (latin.length < 2 || !chance(w, w.profile.respell)) return latin[doc] as string;
  const others = latin.map((_, i) => i).filter((i) => i !== doc && latin[i] !== latin[doc]);
  if (others.length === 0) return latin[doc] as string;
  const i = pick(w.random, others);
  tag(w, w.person.sub === 'ID' && i + doc === 1 && hasOldSpelling(latin) ? 'old spelling' : 'spelling');
  return latin[i] as string;
}
const spellAll = (w: Writing, parts: readonly Part[]) => parts.map((p) => spell(w, p)).join(' ');

/** Vietnamese marks dropped as a foreign keyboard does; đ kept now and then (it has no decomposition). */
export const stripMarks = (s: string, keepD = false) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, (c) => (keepD ? c : c === 'đ' ? 'd' : 'D'))
    .normalize('NFC');

const ageIn2026 = (p: Person) => 2026 - p.birth.year;

function malay(w: Writing): string {
  const p = w.person;
  let prefix = p.prefix.map((part) => spell(w, part));
  if (p.prefix.length > 0 && (w.agency === 'shelter' || w.agency === 'ngo') && chance(w, 0.15)) {
    prefix = [];
    tag(w, 'Muhammad/Nur/Siti left out');
  }
  let given = [...prefix, spellAll(w, p.given)].join(' ');
  if (prefix.length > 0 && /^(Nur|Noor|Nor|Siti)$/.test(prefix[0] as string) && chance(w, 0.06)) {
    given = given.replace(' ', '');
    tag(w, 'parts joined');
  }
  if (p.haji && w.agency !== 'immigration' && chance(w, 0.5)) {
    given = `${pick(w.random, p.sex === 'male' ? ['Haji', 'Hj', 'Hj.'] : ['Hajah', 'Hjh'])} ${given}`;
    tag(w, 'honorific');
  }
  const father = spellAll(w, p.father);
  const male = p.sex === 'male';
  if (w.agency === 'immigration') return `${given} ${male ? 'BIN' : 'BINTI'} ${father}`;
  if (chance(w, w.profile.dropped)) {
    if (chance(w, 0.5)) {
      tag(w, 'patronymic dropped');
      return given;
    }
    tag(w, 'bin/binti left out');
    return `${given} ${father}`;
  }
  const link = pick(
    w.random,
    male ? ['bin', 'bin', 'b.', 'B', 'Bin'] : ['binti', 'binti', 'bt', 'bte', 'Bt.', 'binte'],
  );
  if (!/^bin(ti)?$/i.test(link)) tag(w, 'bin/binti abbreviated');
  return `${given} ${link} ${father}`;
}

function chinese(w: Writing): string {
  const p = w.person;
  const family = spell(w, p.family[0] as Part);
  let given = spellAll(w, p.given);
  if (w.agency !== 'immigration' && chance(w, 0.2)) {
    given = chance(w, 0.5) ? given.replace(' ', '') : given.replace(' ', '-');
    tag(w, 'parts joined');
  }
  if (p.english && w.agency === 'police' && chance(w, 0.3)) {
    tag(w, 'English name only');
    return `${p.english} ${family}`;
  }
  const english = p.english && (w.agency !== 'immigration' || chance(w, 0.5)) ? `${p.english} ` : '';
  if (english === '' && p.english) tag(w, 'English name left out');
  if ((w.agency === 'shelter' || w.agency === 'ngo' || w.agency === 'embassy') && chance(w, 0.3)) {
    tag(w, 'order');
    return `${english}${given} ${family}`;
  }
  return `${english}${family} ${given}`;
}

function indian(w: Writing): string {
  const p = w.person;
  const given = spellAll(w, p.given);
  const father = spellAll(w, p.father);
  const male = p.sex === 'male';
  if (w.agency === 'immigration') return `${given} ${male ? 'A/L' : 'A/P'} ${father}`;
  if ((w.agency === 'police' || w.agency === 'ngo') && chance(w, 0.25)) {
    tag(w, 'initials');
    return `${father[0]}. ${given}`;
  }
  if (chance(w, w.profile.dropped)) {
    if (chance(w, 0.4)) {
      tag(w, 'patronymic dropped');
      return given;
    }
    tag(w, 'a/l a/p left out');
    return `${given} ${father}`;
  }
  const link = pick(w.random, male ? ['a/l', 'A/L', 'al', 's/o'] : ['a/p', 'A/P', 'ap', 'd/o']);
  if (!/^a\/[lp]$/i.test(link)) tag(w, 'a/l a/p written otherwise');
  return `${given} ${link} ${father}`;
}

function indonesian(w: Writing): string {
  const p = w.person;
  let name = [...p.prefix, ...p.given].map((part) => spell(w, part)).join(' ');
  const mononym = p.prefix.length === 0 && p.given.length === 1;
  if (mononym && w.agency === 'immigration') {
    const r = w.random();
    if (r < 0.3) {
      tag(w, 'one name repeated');
      name = `${name} ${name}`;
    } else if (r < 0.5) {
      tag(w, 'FNU');
      name = `FNU ${name}`;
    }
  }
  if (p.father.length === 0) return name;
  const father = spellAll(w, p.father);
  const writes = w.agency === 'immigration' ? 1 : w.agency === 'police' ? 0.5 : 0.2;
  if (!chance(w, writes)) {
    tag(w, 'patronymic dropped');
    return name;
  }
  return `${name} ${p.sex === 'male' ? 'bin' : 'binti'} ${father}`;
}

/** UTF-8 read as Windows-1252/Latin-1, as a spreadsheet round trip does. */
const mojibake = (s: string) => String.fromCharCode(...new TextEncoder().encode(s));

function vietnameseName(w: Writing): string {
  const p = w.person;
  const family = (p.family[0] as Part).latin[0] as string;
  const middle = p.middle.map((x) => x.latin[0] as string);
  const given = p.given.map((x) => x.latin[0] as string);
  const marks = w.agency === 'embassy' ? 0.9 : w.agency === 'shelter' ? 0.4 : w.agency === 'ngo' ? 0.3 : 0;
  const keep = chance(w, marks);
  const heard = (word: string) => {
    const plain = stripMarks(word);
    const forms = vietnamese.heard[plain];
    if (!keep && forms && chance(w, w.profile.respell)) {
      tag(w, 'spelling');
      return pick(w.random, forms.slice(1));
    }
    return keep ? word : stripMarks(word, chance(w, 0.1) && w.agency !== 'immigration');
  };
  if (!keep) tag(w, 'marks dropped');
  const f = heard(family);
  let m = middle.map(heard);
  const g = given.map(heard);
  if (w.agency !== 'immigration' && w.agency !== 'embassy' && chance(w, 0.2)) {
    m = [];
    tag(w, 'middle name dropped');
  }
  let name: string;
  if (w.agency === 'immigration') {
    const r = w.random();
    if (r < 0.04) {
      tag(w, 'MRZ form');
      return [f, '', ...m, ...g].join('<').toUpperCase();
    }
    name = r < 0.18 ? `${f}, ${[...m, ...g].join(' ')}` : [f, ...m, ...g].join(' ');
    if (r < 0.18) tag(w, 'family name with comma');
  } else if (w.agency !== 'embassy' && chance(w, 0.35)) {
    tag(w, 'order');
    name = chance(w, 0.5) ? [...m, ...g, f].join(' ') : [...g, f, ...m].join(' ');
  } else name = [f, ...m, ...g].join(' ');
  if (keep && w.agency === 'ngo' && chance(w, 0.1)) {
    tag(w, 'mojibake');
    return mojibake(name);
  }
  return name;
}

/** Unicode Burmese to the legacy Zawgyi encoding: medials renumbered, e-vowel and medial ra typed first. */
export function toZawgyi(text: string): string {
  return text.replace(/([\u1000-\u1021])([\u103B-\u103E]*)(\u1031?)|\u103A/g, (whole, c, medials, e) => {
    if (whole === '\u103A') return '\u1039';
    const ra = (medials as string).includes('\u103C') ? '\u103B' : '';
    const rest = [...(medials as string)]
      .filter((m) => m !== '\u103C')
      .map((m) => String.fromCharCode(m.charCodeAt(0) - 1))
      .join('');
    return `${e}${ra}${c}${rest}`;
  });
}

function burmeseName(w: Writing): string {
  const p = w.person;
  const older = ageIn2026(p) >= 40;
  const title = myanmar.honorific[p.sex][older ? 1 : 0] as { latin: readonly string[]; script: string };
  if (w.agency === 'embassy' && p.given.every((x) => x.script) && chance(w, 0.55)) {
    tag(w, 'Myanmar script');
    const withTitle = chance(w, 0.5);
    if (withTitle) tag(w, 'honorific');
    const words = [...(withTitle ? [title.script] : []), ...p.given.map((x) => x.script as string)];
    let name = words.join(chance(w, 0.7) ? '' : ' ');
    if (chance(w, 0.25) && !name.includes('\u1039')) {
      tag(w, 'Zawgyi');
      name = toZawgyi(name);
    }
    return name;
  }
  let syllables = p.given.map((x) => spell(w, x));
  if ((w.agency === 'shelter' || w.agency === 'ngo') && syllables.length >= 3 && chance(w, 0.08)) {
    syllables = syllables.slice(0, -1);
    tag(w, 'syllable dropped');
  }
  if (w.agency !== 'immigration' && syllables.length >= 3 && chance(w, 0.1)) {
    syllables = [`${syllables[0]}${(syllables[1] as string).toLowerCase()}`, ...syllables.slice(2)];
    tag(w, 'parts joined');
  }
  const titled =
    w.agency !== 'immigration' && chance(w, w.agency === 'police' ? 0.4 : 0.5)
      ? [pick(w.random, title.latin), ...syllables]
      : syllables;
  if (titled !== syllables) tag(w, 'honorific');
  if (w.agency === 'immigration' && syllables.length >= 2 && chance(w, 0.1)) {
    tag(w, 'order');
    return `${syllables.at(-1)}, ${syllables.slice(0, -1).join(' ')}`;
  }
  return titled.join(' ');
}

function khmerName(w: Writing): string {
  const p = w.person;
  const family = p.family[0] as Part;
  if (w.agency === 'embassy' && family.script && p.given.every((x) => x.script) && chance(w, 0.4)) {
    tag(w, 'Khmer script');
    return `${family.script} ${p.given.map((x) => x.script).join('')}`;
  }
  const f = spell(w, family);
  const g = spellAll(w, p.given);
  if (w.agency !== 'immigration' && w.agency !== 'embassy' && chance(w, 0.35)) {
    tag(w, 'order');
    return `${g} ${f}`;
  }
  return `${f} ${g}`;
}

function thaiName(w: Writing): string {
  const p = w.person;
  const married = p.married && (w.agency === 'shelter' || w.agency === 'ngo') && chance(w, 0.3);
  const family = married ? (p.married as Part) : (p.family[0] as Part);
  if (married) tag(w, 'married name');
  const titles = p.sex === 'male' ? thai.title.male : married ? thai.title.married : thai.title.female;
  if (w.agency === 'embassy' && chance(w, 0.4)) {
    tag(w, 'Thai script');
    const t = chance(w, 0.5) ? (titles[1] as string) : '';
    if (t) tag(w, 'honorific');
    return `${t}${p.given.map((x) => x.script).join('')} ${family.script}`;
  }
  const g = spellAll(w, p.given);
  const f = spell(w, family);
  let name = `${g} ${f}`;
  if (w.agency === 'immigration' && chance(w, 0.15)) {
    tag(w, 'family name with comma');
    name = `${f}, ${g}`;
  }
  if (p.nickname && (w.agency === 'shelter' || w.agency === 'ngo') && chance(w, 0.1)) {
    tag(w, 'nickname');
    name = `${g} "${p.nickname}" ${f}`;
  }
  if (w.agency === 'police' && chance(w, 0.2)) {
    tag(w, 'honorific');
    name = `${titles[0]} ${name}`;
  }
  return name;
}

function filipinoName(w: Writing): string {
  const p = w.person;
  const married = p.married && (w.agency === 'shelter' || w.agency === 'ngo') && chance(w, 0.3);
  if (married) tag(w, 'married name');
  const given = spellAll(w, p.given);
  const middleFull = spellAll(w, p.middle);
  const surname = spell(w, married ? (p.married as Part) : (p.family[0] as Part));
  let middle = middleFull;
  if (w.agency !== 'immigration' && w.agency !== 'embassy') {
    const r = w.random();
    if (r < 0.35) {
      middle = `${middleFull[0]}.`;
      tag(w, 'middle initial');
    } else if (r < 0.6) {
      middle = '';
      tag(w, 'middle name dropped');
    }
  }
  let suffix = p.suffix ? ` ${p.suffix}` : '';
  if (suffix && w.agency !== 'immigration' && chance(w, 0.4)) {
    suffix = '';
    tag(w, 'suffix dropped');
  }
  if (w.agency === 'immigration' && chance(w, 0.4)) {
    tag(w, 'family name with comma');
    return `${surname}${suffix}, ${given} ${middle}`;
  }
  return [given, middle, surname].filter(Boolean).join(' ') + suffix;
}

export const writers: Record<Sub, (w: Writing) => string> = {
  'MY-Malay': malay,
  'MY-Chinese': chinese,
  'MY-Indian': indian,
  ID: indonesian,
  VN: vietnameseName,
  MM: burmeseName,
  KH: khmerName,
  TH: thaiName,
  PH: filipinoName,
};
