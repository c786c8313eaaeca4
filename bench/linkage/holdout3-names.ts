/**
 * The third held-out set: Southeast Asian and Filipino persons met by police, immigration,
 * shelters, embassies and NGOs, each writing the name and date of birth its own way
 * (holdout3-agencies.ts, holdout3-writers.ts), with hard negatives: siblings sharing a family or
 * father's name, and namesakes with other births. Written without reading the project's name
 * rules, its generators or the first held-out set, so the model was never tuned on it.
 *
 * Mix: Malaysian 25 % (Malay 14, Indian 6, Chinese 5), Indonesian 20 %, Burmese 14 %,
 * Vietnamese 13 %, Filipino 10 %, Khmer 9 %, Thai 9 %. Each person is met by 1 (15 %), 2 (40 %),
 * 3 (30 %) or 4 (15 %) agencies; 12 % have a sibling and 10 % a namesake in the set, each met 1–3 times.
 */
import { seededRandom } from '../../src/shared/seeded-random.ts';
import type { HeldOutRecord } from './holdout-names.ts';
import {
  type Agency,
  agencies,
  type Part,
  pick,
  profiles,
  type Random,
  titleCase,
  typo,
} from './holdout3-agencies.ts';
import {
  chinese,
  filipino,
  hasOldSpelling,
  indian,
  indonesian,
  javanese,
  khmer,
  malay,
  myanmar,
  type Spelled,
  thai,
  thaiSurname,
  vietnamese,
} from './holdout3-pools.ts';
import { type Person, type Sex, type Sub, type Writing, writers } from './holdout3-writers.ts';

const mix: readonly [Sub, number][] = [
  ['MY-Malay', 14],
  ['MY-Indian', 6],
  ['MY-Chinese', 5],
  ['ID', 20],
  ['MM', 14],
  ['VN', 13],
  ['PH', 10],
  ['KH', 9],
  ['TH', 9],
];
const nationality: Record<Sub, string> = {
  'MY-Malay': 'MY',
  'MY-Indian': 'MY',
  'MY-Chinese': 'MY',
  ID: 'ID',
  MM: 'MM',
  VN: 'VN',
  PH: 'PH',
  KH: 'KH',
  TH: 'TH',
};

const part = (latin: Spelled, doc = 0, script?: string): Part => ({
  latin,
  doc,
  ...(script ? { script } : {}),
});
const scriptPart = (s: { latin: Spelled; script?: string }) => part(s.latin, 0, s.script);
/** Indonesians born before 1978 often keep the old spelling on their papers. */
const idPart = (random: Random, latin: Spelled, year: number) =>
  part(latin, year < 1978 && hasOldSpelling(latin) && random() < 0.5 ? 1 : 0);

const thaiFamily = (random: Random) =>
  scriptPart(random() < 0.75 ? thaiSurname(random) : pick(random, thai.family));

function birthOf(random: Random, near?: number) {
  const year = near ?? 1972 + Math.floor(random() * 37);
  return { year, month: 1 + Math.floor(random() * 12), day: 1 + Math.floor(random() * 28) };
}

type Parts = Omit<Person, 'id' | 'sub' | 'sex' | 'birth' | 'negativeOf'>;

/** The name parts of a new person of a group. */
function partsOf(random: Random, sub: Sub, sex: Sex, year: number): Parts {
  const female = sex === 'female';
  const none: Part[] = [];
  const base = { prefix: none, given: none, middle: none, family: none, father: none };
  switch (sub) {
    case 'MY-Malay': {
      const r = random();
      const prefix = female
        ? r < 0.65
          ? [part(pick(random, malay.femaleFirst))]
          : []
        : r < 0.5
          ? [part(malay.muhammad, random() < 0.6 ? 0 : random() < 0.75 ? 1 : 3)]
          : r < 0.65
            ? [part(pick(random, malay.maleFirst))]
            : [];
      const given = [part(pick(random, female ? malay.female : malay.male))];
      const father = [
        ...(random() < 0.3 ? [part(malay.muhammad, random() < 0.5 ? 0 : 1)] : []),
        part(pick(random, malay.father)),
      ];
      return { ...base, prefix, given, father, haji: year < 1982 && random() < 0.3 };
    }
    case 'MY-Chinese': {
      const given = [part(pick(random, chinese.first)), part(pick(random, chinese.second))];
      const english =
        random() < 0.35 ? pick(random, female ? chinese.englishFemale : chinese.englishMale) : undefined;
      return {
        ...base,
        given,
        family: [part(pick(random, chinese.family))],
        ...(english ? { english } : {}),
      };
    }
    case 'MY-Indian':
      return {
        ...base,
        given: [part(pick(random, female ? indian.female : indian.male))],
        father: [part(pick(random, indian.father))],
      };
    case 'ID': {
      const r = random();
      const withFather = random() < 0.3 ? [idPart(random, pick(random, indonesian.father), year)] : [];
      if (r < 0.45)
        return {
          ...base,
          given: [
            idPart(
              random,
              random() < 0.7
                ? javanese(random, sex)
                : pick(random, female ? indonesian.mononymFemale : indonesian.mononymMale),
              year,
            ),
          ],
          father: withFather,
        };
      if (r < 0.92)
        return {
          ...base,
          prefix: [
            idPart(random, pick(random, female ? indonesian.femaleFirst : indonesian.maleFirst), year),
          ],
          given: [idPart(random, pick(random, female ? indonesian.female : indonesian.male), year)],
          father: withFather,
        };
      return {
        ...base,
        // One of the birth-order names (Putu, Wayan or Gede for a first child): the person's own, not a spelling.
        prefix: [part([female ? 'Ni' : 'I']), part([pick(random, pick(random, indonesian.baliOrder))])],
        given: [idPart(random, pick(random, female ? indonesian.baliFemale : indonesian.baliMale), year)],
      };
    }
    case 'VN': {
      const given = pick(random, female ? vietnamese.female : vietnamese.male);
      return {
        ...base,
        family: [part([pick(random, vietnamese.family)])],
        middle: [part([pick(random, female ? vietnamese.femaleMiddle : vietnamese.maleMiddle)])],
        given: given.split('_').map((g) => part([g])),
      };
    }
    case 'MM': {
      const pool = female ? myanmar.female : myanmar.male;
      const count = random() < 0.35 ? 2 : random() < 0.77 ? 3 : 4;
      const first = pick(random, pool);
      const syllables =
        random() < 0.1
          ? [first, first]
          : [first, ...Array.from({ length: count - 1 }, () => pick(random, pool))];
      return { ...base, given: syllables.map(scriptPart) };
    }
    case 'KH':
      return {
        ...base,
        family: [scriptPart(pick(random, khmer.family))],
        given: [scriptPart(pick(random, female ? khmer.female : khmer.male))],
      };
    case 'TH':
      return {
        ...base,
        family: [thaiFamily(random)],
        given: [scriptPart(pick(random, female ? thai.female : thai.male))],
        ...(random() < 0.5 ? { nickname: pick(random, thai.nickname) } : {}),
        ...(female && year < 2000 && random() < 0.2 ? { married: thaiFamily(random) } : {}),
      };
    case 'PH':
      return {
        ...base,
        given: [part(pick(random, female ? filipino.female : filipino.male))],
        middle: [part(pick(random, filipino.surname))],
        family: [part(pick(random, filipino.surname))],
        ...(!female && random() < 0.08 ? { suffix: pick(random, filipino.suffix) } : {}),
        ...(female && year < 2000 && random() < 0.2 ? { married: part(pick(random, filipino.surname)) } : {}),
      };
  }
}

function drawSub(random: Random): Sub {
  let r = random() * 100;
  for (const [sub, weight] of mix) {
    r -= weight;
    if (r < 0) return sub;
  }
  return 'TH';
}

/**
 * A sibling: same group and parents, so the same family name, father's name, Vietnamese middle
 * name or Filipino middle name; often the same Malay/Indonesian first part or Chinese generation
 * syllable; born 1–8 years apart (5 % twins, same day).
 */
function siblingOf(random: Random, p: Person, id: string): Person {
  const sex: Sex = random() < 0.5 ? 'male' : 'female';
  const twin = random() < 0.05;
  const year = twin
    ? p.birth.year
    : p.birth.year + (random() < 0.5 ? -1 : 1) * (1 + Math.floor(random() * 8));
  const own = partsOf(random, p.sub, sex, year);
  const shared: { -readonly [K in keyof Parts]?: Parts[K] } = {
    family: p.family.length > 0 ? p.family : own.family,
    father: p.father.length > 0 ? p.father : own.father,
  };
  if (p.sub === 'VN' && sex === p.sex) shared.middle = p.middle;
  if (p.sub === 'PH') shared.middle = p.middle;
  if (p.sub === 'MY-Chinese' && random() < 0.6) shared.given = [p.given[0] as Part, own.given[1] as Part];
  if ((p.sub === 'MY-Malay' || p.sub === 'ID') && sex === p.sex && p.prefix.length > 0 && random() < 0.5)
    shared.prefix = p.prefix;
  if (p.sub === 'MM' && random() < 0.4) shared.given = [p.given[0] as Part, ...own.given.slice(1)];
  const birth = twin ? p.birth : birthOf(random, year);
  return { ...own, ...shared, id, sub: p.sub, sex, birth, negativeOf: `sibling of ${p.id}` };
}

/** A namesake: the same name on the papers (Malay: half with another father), another birth. */
function namesakeOf(random: Random, p: Person, id: string): Person {
  const sameYear = random() < 0.2;
  const offset = (random() < 0.5 ? -1 : 1) * (2 + Math.floor(random() * 15));
  const birth = birthOf(random, sameYear ? p.birth.year : p.birth.year + offset);
  const other = partsOf(random, p.sub, p.sex, birth.year);
  const father = p.sub === 'MY-Malay' && random() < 0.5 ? other.father : p.father;
  return { ...p, father, id, birth, negativeOf: `namesake of ${p.id}` };
}

/** The date of birth as the agency writes it (its profile's shares), the change named in the tags. */
function birthWritten(w: Writing): string | null {
  const { birth } = w.person;
  const { profile, random } = w;
  const pad = (n: number) => String(n).padStart(2, '0');
  const written = (t: string, value: string | null) => {
    w.tags.push(t);
    return value;
  };
  let r = random();
  for (const [kind, share] of Object.entries(profile.birth)) {
    r -= share;
    if (r >= 0) continue;
    if (kind === 'none') return written('birth missing', null);
    if (kind === 'bad') return written('birth 00/00/0000', '00/00/0000');
    if (kind === 'default') return written('birth 01-01', `${birth.year}-01-01`);
    if (kind === 'year')
      return random() < profile.yearOff
        ? written('birth year off', String(birth.year + (random() < 0.5 ? -1 : 1)))
        : written('birth year only', String(birth.year));
    break;
  }
  if (birth.day <= 12 && birth.day !== birth.month && random() < profile.swap)
    return written('birth day/month swapped', `${birth.year}-${pad(birth.day)}-${pad(birth.month)}`);
  return `${birth.year}-${pad(birth.month)}-${pad(birth.day)}`;
}

function recordsOf(random: Random, p: Person, count: number): Omit<HeldOutRecord, 'id'>[] {
  const met = [...agencies]
    .map((a) => [a, random()] as const)
    .sort((x, y) => x[1] - y[1])
    .slice(0, count)
    .map(([a]) => a);
  return met.map((agency: Agency) => {
    const profile = profiles[agency];
    const w: Writing = { random, person: p, agency, profile, tags: [p.sub] };
    let name = writers[p.sub](w);
    const latin = /^[\p{Script=Latin}\s\p{P}\p{M}]+$/u.test(name);
    if (latin && !name.includes('<')) {
      if (random() < profile.typo) {
        const slipped = typo(random, name);
        if (slipped !== name) w.tags.push('typo');
        name = slipped;
      }
      name = random() < profile.upper ? name.toUpperCase() : titleCase(name);
    }
    const birth = birthWritten(w);
    const sex = random() < profile.sexMissing ? null : p.sex;
    const nationalityWritten = random() < profile.nationalityMissing ? null : nationality[p.sub];
    return {
      truth: p.id,
      name,
      birth,
      sex,
      nationality: nationalityWritten,
      source: agency,
      tags: w.tags,
      ...(p.negativeOf ? { negativeOf: p.negativeOf } : {}),
    };
  });
}

const meetings = (random: Random) => {
  const r = random();
  return r < 0.15 ? 1 : r < 0.55 ? 2 : r < 0.85 ? 3 : 4;
};

/** `persons` persons (plus their siblings and namesakes), shuffled, ids not telling the person. */
export function heldOutSet3(persons: number, seed: number): HeldOutRecord[] {
  const random = seededRandom(seed);
  const made: Omit<HeldOutRecord, 'id'>[] = [];
  let next = 0;
  for (let i = 0; i < persons; i++) {
    const sub = drawSub(random);
    const sex: Sex = random() < 0.62 ? 'female' : 'male';
    const birth = birthOf(random);
    const p: Person = { ...partsOf(random, sub, sex, birth.year), id: `p${next++}`, sub, sex, birth };
    made.push(...recordsOf(random, p, meetings(random)));
    if (random() < 0.12)
      made.push(...recordsOf(random, siblingOf(random, p, `p${next++}`), 1 + Math.floor(random() * 3)));
    if (random() < 0.1)
      made.push(...recordsOf(random, namesakeOf(random, p, `p${next++}`), 1 + Math.floor(random() * 3)));
  }
  const order = made.map((r, i) => [r, random(), i] as const).sort((x, y) => x[1] - y[1] || x[2] - y[2]);
  return order.map(([r], i) => ({ ...r, id: `h3-${String(i).padStart(6, '0')}` }));
}
