import { seededRandom } from '../../src/shared/seeded-random.ts';
import { namePicker } from './coined-names.ts';

/**
 * A corruption generator of Southeast Asian person records, for evaluating the name matcher: each
 * true person is recorded 2–4 times the way different agencies write them — diacritics lost, word
 * order swapped, patronymic written another way or dropped, honorifics added, variant and old
 * spellings, other romanisations, typos, a date of birth known only by year or defaulted to 01-01.
 * Written apart from src/names/rules on purpose, from the reference notes, so that the matcher is
 * not tested against its own tables. Seeded: the same seed gives the same set.
 */
export interface BenchRecord {
  id: string;
  /** The true person. */
  cluster: string;
  name: string;
  /** yyyy-mm-dd, or yyyy when only the year is known, or null. */
  birth: string | null;
  nationality: string | null;
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const chance = (random: Random, p: number) => random() < p;

const malayMale = [
  'Muhammad',
  'Ahmad',
  'Mohd Faizal',
  'Muhammad Hafiz',
  'Ismail',
  'Abdul Rahman',
  'Azman',
  'Kamarul',
  'Zulkifli',
  'Hafizuddin',
  'Amirul',
  'Syafiq',
  'Razak',
  'Rosli',
  'Faris',
  'Haikal',
];
const malayFemale = [
  'Siti Aminah',
  'Nur Aisyah',
  'Nurul Huda',
  'Siti Nurhaliza',
  'Noor Azlina',
  'Fatimah',
  'Aishah',
  'Nur Izzati',
  'Rohani',
  'Zarina',
  'Farah',
  'Khadijah',
  'Nur Syafiqah',
  'Hidayah',
];
const malayMaleSecond = [
  'Hakimi',
  'Firdaus',
  'Aiman',
  'Danial',
  'Irfan',
  'Naim',
  'Zikri',
  'Shahrul',
  'Azri',
  'Fikri',
];
const malayFemaleSecond = [
  'Sofea',
  'Balqis',
  'Nabila',
  'Atiqah',
  'Hanis',
  'Syahirah',
  'Alya',
  'Maisarah',
  'Izzah',
  'Amani',
];
const malayFathers = [
  'Abdullah',
  'Rashid',
  'Harun',
  'Latif',
  'Sulaiman',
  'Mokhtar',
  'Daud',
  'Nordin',
  'Jamal',
  'Bakar',
  'Ismail',
  'Hassan',
  'Yusof',
  'Osman',
  'Ibrahim',
  'Ahmad',
  'Abdul Rahman',
  'Hussein',
  'Rahim',
  'Zainal',
  'Salleh',
  'Mahmud',
  'Kassim',
  'Jaafar',
  'Ramli',
];
const indonesianFirst = [
  'Budi',
  'Agus',
  'Joko',
  'Yusuf',
  'Cahyo',
  'Dewi',
  'Sri',
  'Nyoman',
  'Wahyu',
  'Ahmad',
  'Rina',
  'Endang',
  'Khairul',
  'Wulan',
  'Bambang',
  'Ayu',
  'Suyanto',
  'Eko',
  'Yuni',
  'Hendra',
  'Siti',
  'Dian',
  'Rudi',
  'Tjipto',
  'Yanti',
  'Sukarno',
  'Suharto',
  'Kurniawan',
];
const indonesianLast = [
  'Santoso',
  'Salim',
  'Widodo',
  'Nugroho',
  'Lestari',
  'Wahyuni',
  'Suparta',
  'Hidayat',
  'Yani',
  'Susanti',
  'Sulastri',
  'Anwar',
  'Putri',
  'Sari',
  'Susilo',
  'Sukarto',
  'Setiawan',
  'Gunawan',
  'Kusuma',
  'Pratama',
  'Saputra',
  'Wijaya',
  'Hartono',
  'Syahputra',
  'Rahayu',
  'Purnomo',
  'Yulianto',
  'Cahyadi',
];
const vietFamily = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
];
const vietGiven = [
  'Đức',
  'Hùng',
  'Lan',
  'Mai',
  'Anh',
  'Minh',
  'Hương',
  'Thanh',
  'Tuấn',
  'Hoa',
  'Dũng',
  'Phương',
  'Hải',
  'Linh',
  'Quang',
  'Ngọc',
  'Trang',
  'Sơn',
  'Thảo',
  'Long',
  'Nga',
  'Bình',
  'Yến',
  'Khoa',
];
const vietMiddle = ['Văn', 'Thị', 'Văn', 'Thị', 'Minh', 'Ngọc', 'Quốc', 'Thanh', 'Hữu', 'Xuân'];
const burmese = [
  'Aung',
  'Kyaw',
  'Myint',
  'Win',
  'Thein',
  'Htun',
  'Hla',
  'Zaw',
  'Soe',
  'Khin',
  'Thida',
  'Nyein',
  'Thu',
  'Naing',
  'Min',
  'Lwin',
  'Moe',
  'Htet',
  'Phyo',
  'Thant',
  'Swe',
  'Nwe',
  'Mya',
  'San',
  'Myat',
  'Thet',
  'Hnin',
  'Ei',
  'Yin',
  'Kyi',
  'Chit',
  'Htay',
  'Khaing',
  'Phyu',
  'Nyunt',
  'Shwe',
  'Oo',
  'Tin',
  'Sein',
  'Hlaing',
];
const burmeseHonorific = { male: ['U', 'Ko', 'Maung', 'Mg'], female: ['Daw', 'Ma'] };
const khmerFamily = [
  'Sok',
  'Chan',
  'Chea',
  'Khim',
  'Heng',
  'Meas',
  'Pich',
  'Keo',
  'Sam',
  'Touch',
  'Prak',
  'Chhim',
  'Ouk',
  'Seng',
];
const khmerGiven = [
  'Sophea',
  'Chhay',
  'Dara',
  'Sokha',
  'Vanna',
  'Sreymom',
  'Bopha',
  'Rathana',
  'Pisey',
  'Sokhom',
  'Chanthou',
  'Veasna',
  'Kunthea',
  'Sothea',
  'Vuthy',
  'Chenda',
];
const thaiFirst = [
  'Somchai',
  'Sombat',
  'Prayut',
  'Niran',
  'Kanya',
  'Malee',
  'Somsak',
  'Wichai',
  'Suda',
  'Anong',
  'Chaiwat',
  'Thongchai',
  'Nattapong',
  'Siriporn',
  'Pranee',
  'Kittisak',
  'Supaporn',
  'Arthit',
];
const thaiLast = [
  'Jaidee',
  'Srisuk',
  'Chanocha',
  'Boonmee',
  'Thongdee',
  'Saengthong',
  'Phromma',
  'Rattana',
  'Kaewmanee',
  'Sukjai',
  'Phanit',
  'Meesuk',
  'Wongsawat',
  'Chaiyaphum',
  'Sriwong',
  'Intharat',
];

interface Person {
  group: 'MY' | 'ID' | 'VN' | 'MM' | 'KH' | 'TH';
  sex: 'male' | 'female';
  parts: string[];
  father?: string;
  birth: string;
}

function makePerson(random: Random, rare: number): Person {
  const name = namePicker(random, rare);
  const group = pick(random, ['MY', 'MY', 'ID', 'ID', 'VN', 'VN', 'MM', 'MM', 'KH', 'TH'] as const);
  const sex = chance(random, 0.5) ? 'male' : 'female';
  const year = 1965 + Math.floor(random() * 43);
  const birth = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  switch (group) {
    case 'MY':
      return {
        group,
        sex,
        parts: [
          chance(random, 0.5)
            ? `${name(group, sex === 'male' ? malayMale : malayFemale)} ${name(group, sex === 'male' ? malayMaleSecond : malayFemaleSecond)}`
            : name(group, sex === 'male' ? malayMale : malayFemale),
        ],
        father: name(group, malayFathers),
        birth,
      };
    case 'ID':
      return {
        group,
        sex,
        parts: [
          chance(random, 0.15)
            ? name(group, indonesianFirst)
            : `${name(group, indonesianFirst)} ${name(group, indonesianLast)}`,
        ],
        birth,
      };
    case 'VN': {
      const middle =
        sex === 'male'
          ? pick(random, ['Văn', 'Minh', 'Quốc', 'Hữu', 'Văn'])
          : pick(random, ['Thị', 'Ngọc', 'Thanh', 'Thị']);
      const extra = chance(random, 0.3) ? [pick(random, vietMiddle)] : [];
      return {
        group,
        sex,
        parts: [pick(random, vietFamily), middle, ...extra, name(group, vietGiven)],
        birth,
      };
    }
    case 'MM': {
      const count = 2 + Math.floor(random() * 3);
      const parts = Array.from({ length: count }, () => name(group, burmese));
      return { group, sex, parts, birth };
    }
    case 'KH':
      return { group, sex, parts: [pick(random, khmerFamily), name(group, khmerGiven)], birth };
    default:
      return { group, sex, parts: [`${name(group, thaiFirst)} ${name(group, thaiLast)}`], birth };
  }
}

const nationalityOf: Record<Person['group'], string> = {
  MY: 'MY',
  ID: 'ID',
  VN: 'VN',
  MM: 'MM',
  KH: 'KH',
  TH: 'TH',
};

function stripMarks(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

function typo(random: Random, value: string): string {
  if (value.length < 4) return value;
  const at = 1 + Math.floor(random() * (value.length - 2));
  switch (Math.floor(random() * 3)) {
    case 0:
      return value.slice(0, at) + value.slice(at + 1); // dropped letter
    case 1:
      return value.slice(0, at) + value[at + 1] + value[at] + value.slice(at + 2); // swapped letters
    default:
      return value.slice(0, at) + value[at] + value.slice(at); // doubled letter
  }
}

const oldSpelling: [RegExp, string][] = [
  [/u/g, 'oe'],
  [/j/g, 'dj'],
  [/y/g, 'j'],
  [/c/g, 'tj'],
  [/sy/g, 'sj'],
  [/ny/g, 'nj'],
  [/kh/g, 'ch'],
];
const burmeseDrift: [RegExp, string][] = [
  [/Ky/g, 'Ch'],
  [/Ht/g, 'T'],
  [/aw/g, 'o'],
  [/Win$/g, 'Winn'],
  [/Myint/g, 'Myintt'],
  [/Oo/g, 'U'],
  [/Ei/g, 'Ay'],
  [/Thein/g, 'Thane'],
];
const khmerDrift: [RegExp, string][] = [
  [/Chh/g, 'Ch'],
  [/Kh/g, 'K'],
  [/ea/g, 'ia'],
  [/ou/g, 'u'],
  [/ok/g, 'okk'],
  [/th/g, 't'],
];
const thaiDrift: [RegExp, string][] = [
  [/ai\b/g, 'ay'],
  [/at\b/g, 'ath'],
  [/ut\b/g, 'uth'],
  [/Ch/g, 'Chh'],
  [/ee/g, 'i'],
  [/ph/g, 'p'],
];
const malayVariant: [RegExp, string][] = [
  [/Muhammad/g, 'Mohd'],
  [/Muhammad/g, 'Mohamed'],
  [/Noor/g, 'Nur'],
  [/Nur\b/g, 'Noor'],
  [/Hussein/g, 'Husin'],
  [/Yusof/g, 'Yusoff'],
  [/Osman/g, 'Othman'],
  [/Abdul Rahman/g, 'Abd Rahman'],
  [/Ahmad/g, 'Ahmed'],
  [/Siti/g, 'Sitti'],
];

function drift(random: Random, value: string, rules: [RegExp, string][], p: number): string {
  let out = value;
  for (const [pattern, replacement] of rules) if (chance(random, p)) out = out.replace(pattern, replacement);
  return out;
}

/** One agency's record of the person. */
function writeName(random: Random, person: Person, original: boolean): string {
  if (original) {
    if (person.group === 'MY')
      return `${person.parts[0]} ${person.sex === 'male' ? 'bin' : 'binti'} ${person.father}`;
    return person.parts.join(' ');
  }
  let name: string;
  switch (person.group) {
    case 'MY': {
      const given = drift(random, person.parts[0] as string, malayVariant, 0.5);
      const father = drift(random, person.father as string, malayVariant, 0.3);
      const marker =
        person.sex === 'male'
          ? pick(random, ['bin', 'b.', 'B', 'bin', ''])
          : pick(random, ['binti', 'bt', 'bte', 'BT.', '']);
      const honorific = chance(random, 0.2)
        ? `${pick(random, person.sex === 'male' ? ['Encik', 'Haji', 'Hj.'] : ['Puan', 'Hajjah', 'Cik'])} `
        : '';
      name = `${honorific}${given} ${marker} ${chance(random, 0.1) ? '' : father}`;
      break;
    }
    case 'ID':
      name = chance(random, 0.5)
        ? drift(random, (person.parts[0] as string).toLowerCase(), oldSpelling, 0.6)
        : (person.parts[0] as string);
      break;
    case 'VN': {
      let parts = person.parts.map((part) => (chance(random, 0.7) ? stripMarks(part) : part));
      if (chance(random, 0.4))
        parts = [parts[parts.length - 1] as string, ...parts.slice(0, -1)]; // given first
      else if (chance(random, 0.15)) parts = [...parts.slice(1), parts[0] as string]; // family last
      if (chance(random, 0.15) && parts.length > 3) parts = parts.filter((_, i) => i !== 1);
      name = parts.join(' ');
      break;
    }
    case 'MM': {
      let parts = person.parts.map((part) => drift(random, part, burmeseDrift, 0.5));
      if (chance(random, 0.4)) parts = [pick(random, burmeseHonorific[person.sex]), ...parts];
      name = parts.join(' ');
      break;
    }
    case 'KH': {
      let parts = person.parts.map((part) => drift(random, part, khmerDrift, 0.4));
      if (chance(random, 0.4)) parts = [...parts].reverse();
      name = parts.join(' ');
      break;
    }
    default:
      name = drift(random, person.parts[0] as string, thaiDrift, 0.4);
  }
  if (chance(random, 0.25)) {
    const words = name.split(' ');
    const at = Math.floor(random() * words.length);
    words[at] = typo(random, words[at] as string);
    name = words.join(' ');
  }
  if (chance(random, 0.2)) name = name.toUpperCase();
  return name.replace(/\s+/g, ' ').trim();
}

/**
 * A copy's date of birth. `misstated`: the share of copies known only by year whose year is one
 * off (an age estimated or misstated by a year); drawn only when above 0, so that the accuracy
 * sets stay as they were.
 */
function writeBirth(random: Random, birth: string, original: boolean, misstated: number): string | null {
  if (original) return birth;
  const roll = random();
  if (roll < 0.5) return birth;
  if (roll < 0.7) {
    if (misstated > 0 && chance(random, misstated))
      return String(Number(birth.slice(0, 4)) + (chance(random, 0.5) ? 1 : -1));
    return birth.slice(0, 4);
  }
  if (roll < 0.85) return `${birth.slice(0, 4)}-01-01`;
  if (roll < 0.95) return dayMonthSwapped(birth);
  return null;
}

/**
 * The date with day and month swapped (a US-style reading of 1990-03-07 as 1990-07-03). A day over
 * 12 cannot be read as a month, so such a date is written as it is: writing it as month 12 (as this
 * generator once did) invented full dates of one person that differ within the year, which real
 * sources do not show.
 */
function dayMonthSwapped(birth: string): string {
  const [year, month, day] = [birth.slice(0, 4), birth.slice(5, 7), birth.slice(8, 10)];
  return Number(day) > 12 ? birth : `${year}-${day}-${month}`;
}

/**
 * `persons` true persons, each recorded 2–4 times; `rare` of their names coined (bench/support/
 * coined-names.ts) rather than drawn from the pools — 0 for the accuracy sets, more for a scale run;
 * `misstated` of the copies known only by year a year off (`writeBirth`).
 */
export function generateVariantSet(persons: number, seed = 8, rare = 0, misstated = 0): BenchRecord[] {
  const random = seededRandom(seed);
  const records: BenchRecord[] = [];
  for (let p = 0; p < persons; p++) {
    const person = makePerson(random, rare);
    const copies = 2 + Math.floor(random() * 3);
    for (let c = 0; c < copies; c++) {
      records.push({
        id: `p${p}-r${c}`,
        cluster: `p${p}`,
        name: writeName(random, person, c === 0),
        birth: writeBirth(random, person.birth, c === 0, misstated),
        nationality: c > 0 && chance(random, 0.2) ? null : nationalityOf[person.group],
      });
    }
  }
  return records;
}
