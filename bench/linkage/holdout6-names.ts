/**
 * The name as one agency of the sixth held-out set writes it (decision 0206): order, marks,
 * patronymic, honorific, Muhammad's forms, respellings by ear and slips, per naming tradition.
 */
import type { Agency } from './holdout6-agencies.ts';
import type { TruePerson } from './holdout6-persons.ts';
import {
  burmeseRespelt,
  indonesianRespelt,
  khmerRespelt,
  malayRespelt,
  muhammadForms,
  oldIndonesian,
  pick,
  type Random,
  typo,
  vietnameseRespelt,
  withoutMarks,
} from './holdout6-spelling.ts';

const words = (text: string) => text.split(' ').filter((w) => w.length > 0);

/** Respells one word of `tokens` by ear (and, for a careless clerk, a second one). */
function byEar(random: Random, agency: Agency, tokens: string[], respell: (r: Random, w: string) => string) {
  if (tokens.length === 0) return tokens;
  const out = [...tokens];
  for (const chance of [agency.byEar, agency.byEar * agency.byEarAgain]) {
    if (random() >= chance) break;
    const at = Math.floor(random() * out.length);
    out[at] = respell(random, out[at] as string);
  }
  return out;
}

function vietnamese(random: Random, agency: Agency, person: TruePerson): string[] {
  const marks = random() < agency.marks;
  const strip = (t: string) => (marks ? t : withoutMarks(t));
  const family = [strip(person.family)];
  let middle = words(strip(person.lead));
  let given = [strip(person.given)];
  if (random() < agency.dropLead) middle = middle.slice(1);
  if (!marks) {
    given = byEar(random, agency, given, vietnameseRespelt);
    family[0] = byEar(random, agency, family, vietnameseRespelt)[0] as string;
    if (middle.length > 0 && random() < agency.byEar / 2)
      middle = byEar(random, { ...agency, byEar: 1 }, middle, vietnameseRespelt);
  }
  if (random() < agency.givenFirst) {
    // Western order: the given name first, the family name last, the middle name either side.
    return random() < 0.6 ? [...given, ...middle, ...family] : [...middle, ...given, ...family];
  }
  return [...family, ...middle, ...given];
}

function khmer(random: Random, agency: Agency, person: TruePerson): string[] {
  let given = words(person.given);
  // Compound given names (Srey Leak) are written apart or as one word.
  if (given.length > 1 && random() < 0.5)
    given = [given.join('').replace(/^(.)(.*)$/, (_, a, b) => a + b.toLowerCase())];
  else if (given.length === 1 && /^Srey./.test(given[0] as string) && random() < 0.3)
    given = ['Srey', (given[0] as string).slice(4).replace(/^./, (c) => c.toUpperCase())];
  const family = byEar(random, agency, [person.family], khmerRespelt);
  given = byEar(random, agency, given, khmerRespelt);
  return random() < agency.givenFirst ? [...given, ...family] : [...family, ...given];
}

function burmese(random: Random, agency: Agency, person: TruePerson): string[] {
  let syllables = words(person.given);
  const respelt = syllables.map((s) => (random() < agency.byEar * 0.6 ? burmeseRespelt(random, s) : s));
  syllables = respelt;
  if (syllables.length > 2 && random() < 0.04)
    syllables = [syllables[1], syllables[0], ...syllables.slice(2)] as string[];
  if (random() < 0.06) syllables = [syllables.map((s, i) => (i === 0 ? s : s.toLowerCase())).join('')];
  if (random() < agency.honorific) {
    const honorific = person.lead === 'Maung' && random() < 0.5 ? 'Mg' : person.lead;
    return [honorific, ...syllables];
  }
  return syllables;
}

function indonesian(random: Random, agency: Agency, person: TruePerson): string[] {
  let given = words(person.given);
  if (person.oldSpelling && (agency.fromDocuments || random() < 0.3)) given = given.map(oldIndonesian);
  given = byEar(random, agency, given, indonesianRespelt);
  if (given[0] === 'Muhammad' && random() < agency.otherMuhammad) given[0] = pick(random, muhammadForms);
  if (given.length === 1 && agency.name === 'immigration') {
    // A single name on a passport: repeated, or after "FNU" (first name unknown).
    const roll = random();
    if (roll < 0.15) return ['FNU', ...given];
    if (roll < 0.25) return [...given, ...given];
  }
  return given;
}

const bin = ['bin', 'bin', 'B.', 'b', 'bn'];
const binti = ['binti', 'binti', 'bt', 'bt.', 'bte', 'binte', 'BT'];
const anak = { 'a/l': ['a/l', 'A/L', 's/o', 'al'], 'a/p': ['a/p', 'A/P', 'd/o', 'ap'] } as const;

function abdul(random: Random, name: string[]): string[] {
  const at = name.indexOf('Abdul');
  if (at === -1 || at === name.length - 1 || random() < 0.6) return name;
  const next = name[at + 1] as string;
  const form = pick(random, [`Abd ${next}`, `Abdul${next.toLowerCase()}`, `A. ${next}`, `Ab ${next}`]);
  return [...name.slice(0, at), ...words(form), ...name.slice(at + 2)];
}

function malaysian(random: Random, agency: Agency, person: TruePerson): string[] {
  let lead = words(person.lead);
  if (random() < agency.dropLead) lead = [];
  if (lead[0] === 'Muhammad' && random() < agency.otherMuhammad) lead[0] = pick(random, muhammadForms);
  let given = abdul(random, words(person.given));
  given = byEar(random, agency, given, malayRespelt);
  if (random() < agency.dropFather) return [...lead, ...given];
  let father = abdul(random, words(person.family));
  if (father[0] === 'Muhammad' && random() < agency.otherMuhammad)
    father[0] = pick(random, ['Mohd', 'Md', 'Muhd', 'Mohamad']);
  if (random() < agency.byEar / 2) father = byEar(random, { ...agency, byEar: 1 }, father, malayRespelt);
  const link =
    person.link === 'bin'
      ? pick(random, bin)
      : person.link === 'binti'
        ? pick(random, binti)
        : pick(random, anak[person.link as 'a/l']);
  // A form with a surname box: the father's name written there and the link word left out.
  if (random() < 0.12) return [...lead, ...given, ...father];
  return [...lead, ...given, link, ...father];
}

/** The name one record of `agency` holds for `person`. */
export function writtenName(random: Random, agency: Agency, person: TruePerson): string {
  const tokens = {
    VN: vietnamese,
    KH: khmer,
    MM: burmese,
    ID: indonesian,
    MY: malaysian,
  }[person.country](random, agency, person);
  if (random() < agency.typo) {
    const at = Math.floor(random() * tokens.length);
    tokens[at] = typo(random, tokens[at] as string);
  }
  const name = tokens.join(' ');
  if (random() < agency.upper)
    return agency.marks > 0 && /\P{ASCII}/u.test(name)
      ? name.toUpperCase()
      : withoutMarks(name).toUpperCase();
  return name;
}
