import { wordTable } from './word-table.ts';

/**
 * Common spellings of the same name, each mapped to one canonical token (folded). Arabic-origin
 * names are very frequent in Malaysia and Indonesia and are written many ways.
 */
const groups: Readonly<Record<string, readonly string[]>> = {
  muhammad: [
    'muhammad',
    'mohammad',
    'mohammed',
    'mohamed',
    'mohamad',
    'muhamad',
    'muhammed',
    'muhamed',
    'mohd',
    'muhd',
    'md',
    'mhd',
    'mohamud',
    'mahomed',
    'mohammat',
    'muhamat',
    'muhammat',
  ],
  nur: ['nur', 'noor', 'nor', 'nuur', 'noer'],
  // St. is how forms and clerks shorten Siti (St. Aminah, St Nurhaliza). UNCONFIRMED: names.md lists
  // Siti, not its short form; among Minangkabau men St. is also Sutan, a title (decision 0153).
  // Ct is Siti written as it sounds (see-tee), as Malaysian forms and messages shorten it (Ct
  // Aminah, CT Rosmah). UNCONFIRMED: not in names.md; from issue 8's held-out-3 misses (decision
  // 0180).
  siti: ['siti', 'sitti', 'seti', 'st', 'ct'],
  ahmad: ['ahmad', 'ahmed', 'achmad', 'akhmad', 'ahmat', 'achmat'],
  hussain: ['hussain', 'hussein', 'husin', 'husain', 'hussin', 'husein', 'hosein'],
  abdul: ['abdul', 'abd', 'abdoel', 'abdol'],
  abdullah: ['abdullah', 'abdulah', 'abdollah', 'abdoellah'],
  abubakar: ['abubakar', 'abubakr', 'abu-bakar'],
  yusuf: ['yusuf', 'yusof', 'yusoff', 'yousef', 'youssef', 'jusuf', 'joesoef'],
  ibrahim: ['ibrahim', 'ebrahim', 'ibraheem'],
  ismail: ['ismail', 'ismael', 'esmail'],
  othman: ['othman', 'osman', 'uthman', 'usman', 'oesman'],
  zainal: ['zainal', 'zainul', 'zainol'],
  aminah: ['aminah', 'amina', 'aminat'],
  fatimah: ['fatimah', 'fatima', 'fatma', 'fatimat'],
  khadijah: ['khadijah', 'khadija', 'kadijah', 'chadidjah'],
  rahman: ['rahman', 'rahmaan', 'rachman'],
  rahim: ['rahim', 'rahiem', 'rachim'],
  ali: ['ali', 'aly'],
  hassan: ['hassan', 'hasan'],
  nurul: ['nurul', 'noorul', 'norul'],
  // Malay men's names built as Arabic "X al-": the first word of a given name of two (Khairul
  // Anuar, Amirul Hakim, Saiful Bahri), often written joined to the second (rules/joined-leading.ts),
  // with the "al" written -ol by some families and clerks (Khairol, Amirol). UNCONFIRMED: the
  // shared reference lists Nurul and Abdul of this kind, not these; spellings from the held-out
  // misses of issue 8 (Khairolrizal, Khairulfaisal) and common Malaysian and Indonesian usage.
  khairul: ['khairul', 'khairol'],
  amirul: ['amirul', 'amirol'],
  kamarul: ['kamarul', 'kamarol'],
  badrul: ['badrul', 'badrol'],
  saiful: ['saiful', 'syaiful'],
  shahrul: ['shahrul', 'syahrul', 'sharul'],
  shamsul: ['shamsul', 'syamsul', 'samsul'],
  // Thị written without its h on some foreign forms (Nguyen Ti Lan). UNCONFIRMED: from the brief's
  // list of weak spots (issue 8), not the shared reference; "Ti" is no other common name word.
  thi: ['thi', 'ti'],
  // Puteri (princess) begins many Malay women's names (Puteri Nadia, Putri Adibah) and ends many
  // Indonesian ones (Dian Putri, old spelling Poetri): a name word, not a title dropped; canonical
  // putri, so that the old spelling's modern key meets it (decision 0115).
  putri: ['putri', 'puteri'],
  // Vietnamese d (without its stroke) is said z in the north and y in the south, and a name written
  // down by ear from a northern speaker takes the z, or the dz of older spellings and of many
  // Vietnamese abroad (Dũng: Zung, Dzung; Dương: Zương, Dzuong). Only given and family names
  // beginning so whose z spelling is no other name; the southern y is left out, as Yung is a
  // Chinese name. UNCONFIRMED: names.md does not cover Vietnamese dialects (decision 0189).
  dung: ['dung', 'zung', 'dzung'],
  duong: ['duong', 'zuong', 'dzuong'],
  duy: ['duy', 'zuy', 'dzuy'],
  diep: ['diep', 'ziep', 'dziep'],
  diem: ['diem', 'ziem', 'dziem'],
  dieu: ['dieu', 'zieu', 'dzieu'],
  // Burmese: Mg is how Maung is shortened in writing (a title, or a name syllable when doubled).
  maung: ['maung', 'mg'],
};

/** token → canonical token */
export const canonicalVariants: ReadonlyMap<string, string> = new Map(
  Object.entries(groups).flatMap(([canonical, forms]) => forms.map((form) => [form, canonical] as const)),
);

/**
 * Tokens so frequent among the persons we record that a match on them alone says little
 * (a static stand-in for term-frequency weights until the linkage model learns them).
 */
export const commonTokens: Readonly<Record<string, number>> = wordTable({
  muhammad: 0.25,
  nur: 0.4,
  siti: 0.3,
  abdul: 0.3,
  ahmad: 0.5,
  nurul: 0.5,
  nguyen: 0.25,
  tran: 0.4,
  le: 0.4,
  pham: 0.5,
  hoang: 0.5,
  huynh: 0.5,
  vu: 0.5,
  vo: 0.5,
  van: 0.2,
  thi: 0.2,
  duc: 0.8,
  aung: 0.5,
  kyaw: 0.5,
  myint: 0.6,
  win: 0.6,
  htun: 0.6,
  tun: 0.6,
  hla: 0.6,
  zaw: 0.6,
  khin: 0.5,
  soe: 0.6,
  sok: 0.5,
  chan: 0.6,
  srey: 0.5,
  // Srey written as our Khmer-script reading writes ស្រី (decision 0107).
  srei: 0.5,
});
