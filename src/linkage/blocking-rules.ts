/**
 * The blocking rules (decisions 0104 and earlier): which keys a record is given for each rule, and
 * which rules train the model. The engine that turns keys into candidate pairs is blocking.ts.
 */
import { type NameToken, skeleton, tokenWeight } from '../names/index.ts';
import type { Birth, PreparedRecord } from './record.ts';

/**
 * A blocking rule gives each record a few keys; only records sharing a key are compared. Several
 * rules together (names, phonetic codes, date of birth, address) let a pair that differs on one
 * field still meet on another.
 */
export interface BlockingRule {
  readonly name: string;
  keys(record: PreparedRecord): readonly string[];
  /**
   * This rule's own cap on a block's records, when smaller than the linkage's `maxBlock`: a rule
   * whose common keys fill blocks of hundreds of different persons, whose pairs the other rules
   * still reach when they are the same person.
   */
  readonly maxBlock?: number;
  /**
   * When set, this rule's blocks make only the pairs in which at least one of the two records is one
   * `only` picks: a rule for what the others cannot reach (a record without a date of birth), whose
   * blocks would otherwise pair every two records in them that the other rules keep apart.
   */
  readonly only?: (record: PreparedRecord) => boolean;
}

/** Whether `rule` makes the pair of `a` and `b` from a block they share (its `only`). */
export const ruleAdmits = (rule: BlockingRule, a: PreparedRecord, b: PreparedRecord): boolean =>
  rule.only === undefined || rule.only(a) || rule.only(b);

/** The largest block `rule` keeps: its own cap or the linkage's `maxBlock`, the smaller. */
export const blockCap = (rule: BlockingRule, maxBlock: number): number =>
  rule.maxBlock === undefined ? maxBlock : Math.min(rule.maxBlock, maxBlock);

/**
 * The "name token + birth year" rule's cap. At a million persons a common token and a year
 * (Van@1975, Muhammad@1980) hold 500–1,000 different persons and made 93M of 112M candidate
 * pairs; the same person in such a block shares a pair of tokens, the date of birth or a
 * phonetic code and the date with their other record (the other rules). At the accuracy sets'
 * size this rule's blocks hold at most a few dozen records (decision 0057).
 */
export const tokenYearMaxBlock = 200;

/** The romanisation skeletons of a token (Kyaw/Chaw → ~cyo…), or its canonical form. */
function tokenIds(token: NameToken): string[] {
  const skeletons = token.keys.filter((key) => key.startsWith('~'));
  return skeletons.length > 0 ? skeletons : [token.canonical];
}

/**
 * A name token's ids and whether it is one of the very common tokens (Nguyen, Thi, Van, Muhammad,
 * Siti: src/names' common tokens), which say little about who a person is and fill whole blocks.
 */
const nameIds = (record: PreparedRecord) =>
  record.tokens
    .filter((t) => t.canonical.length > 1)
    .map((t) => ({ ids: tokenIds(t), common: tokenWeight(t) < 1, veryCommon: tokenWeight(t) <= 0.3 }));

/**
 * Each pair of a record's name tokens under each of their variant spellings (a key "a|b", sorted),
 * and whether the pair is common — two common tokens ("Tran Thi", "Nur Siti") or one very common
 * (Nguyen, Thi, Van, Muhammad, Siti): among a million persons such a pair is shared by thousands
 * of different persons.
 */
function tokenPairs(record: PreparedRecord): { key: string; common: boolean }[] {
  const tokens = nameIds(record);
  const pairs: { key: string; common: boolean }[] = [];
  for (let i = 0; i < tokens.length; i++)
    for (let j = i + 1; j < tokens.length; j++) {
      const x = tokens[i] as (typeof tokens)[number];
      const y = tokens[j] as (typeof tokens)[number];
      const common = (x.common && y.common) || x.veryCommon || y.veryCommon;
      for (const a of x.ids)
        for (const b of y.ids) if (a !== b) pairs.push({ key: a < b ? `${a}|${b}` : `${b}|${a}`, common });
    }
  return pairs;
}

/**
 * Two name tokens in common, in any order and under any of their variant spellings; with the year
 * of birth too when the pair is common (`tokenPairs`), a block no rule could keep otherwise.
 * Records without a date keep the plain key (blocks of those only; "no date: two common name
 * words" pairs them with the records with a date).
 */
export const tokenPairRule: BlockingRule = {
  name: 'two name tokens',
  keys(record) {
    const year = record.birth ? `@${record.birth.year}` : '';
    return tokenPairs(record).map(({ key, common }) => (common ? `${key}${year}` : key));
  },
};

/**
 * One name token and the year of birth; adjacent tokens joined count as one token too, so that
 * "Thi Da" meets "Thida" (src/names/joined.ts).
 */
export const tokenYearRule: BlockingRule = {
  name: 'name token + birth year',
  maxBlock: tokenYearMaxBlock,
  keys(record) {
    if (!record.birth) return [];
    const year = record.birth.year;
    const joined = record.joined.flatMap(({ token }) => tokenIds(token));
    return [...nameIds(record).flatMap((token) => token.ids), ...joined].map((id) => `${id}@${year}`);
  },
};

/**
 * The sound codes (double metaphone, `NameToken.phonetic`) of a record's rarer name words
 * (`tokenWeight` 1), as keys apart from the spellings ("#TRSN"). Two spellings of a word that sound
 * alike share one — a vowel changed or left out (Darsana/Darsono, Sarti/Sarati, Yatudn/Yatudin,
 * Selvi/Selvie), g/k, q/k, v/w (Pragash/Prakash, Syafiqha/Syafiqah) — where no skeleton and no
 * letter left out does: what src/names already calls sounding alike (`soundsAlike`). A code of
 * three letters or more only: one of two (RN of Rani, Rina, Ruen, Rana) is shared by so many names
 * that at 200k persons it made 2.4 % more candidate pairs for 0.3 % more completeness on held-out
 * 3 and less F1 on the held-out set (decision 0173). A word of over 20 letters is a name run
 * together, which the joined words already block. Common words are left out: their codes fill whole blocks (Thi,
 * Thao and Thu all code 0/T) and the words beside them meet by the other rules.
 */
const rarerSounds = (record: PreparedRecord, codes = soundOfThreeOrMore): string[] => [
  ...new Set(
    record.tokens
      .filter(
        (token) => token.canonical.length > 1 && token.canonical.length <= 20 && tokenWeight(token) >= 1,
      )
      .flatMap((token) => token.phonetic.filter(codes).map((code) => `#${code}`)),
  ),
];

/** Which sound codes `rarerSounds` keys: of three letters or more, or (decision 0176) of two only. */
const soundOfThreeOrMore = (code: string) => code.length > 2;
const soundOfTwo = (code: string) => code.length === 2;

/**
 * The years a record is keyed by in the rules that meet a year alone a year off: the year of a full
 * date, and the year and the years on each side of a year alone (or the 01-01 put in for it,
 * `Birth.partial`) — often an age told or guessed.
 */
const yearsMet = ({ year, partial }: Birth): number[] => (partial ? [year - 1, year, year + 1] : [year]);

/** `ids` each with every year the record is met in (`yearsMet`); none without a date. */
const keyedByYearsMet = (record: PreparedRecord, ids: readonly string[]): string[] => {
  if (!record.birth) return [];
  const years = yearsMet(record.birth);
  return ids.flatMap((id) => years.map((year) => `${id}@${year}`));
};

/** The records the rules meeting a year off pair: a year known alone, or the 01-01 put in for it. */
const yearAlone = (record: PreparedRecord): boolean => record.birth?.partial === true;

/**
 * The cap of the "year off" rule's blocks: a token and a year held by more records than this are
 * met within the year by "name token + birth year" (cap 200), and not across years.
 */
const yearOffMaxBlock = 50;

/**
 * A year known alone (or the 01-01 put in for it, `Birth.partial`) is often an age told or guessed,
 * a year off either way: such a record meets the records sharing a rarer name token (`tokenWeight`
 * 1) or joined words in the year before or after. Keys: a token with the year of a full date, and
 * with the year and the years on each side of a year alone; only pairs with a year alone are made
 * (`only`): two full dates a year apart stay apart, and "name token + birth year" keeps its blocks
 * (decision 0104).
 */
export const yearOffRule: BlockingRule = {
  name: 'rarer name token, a year off',
  maxBlock: yearOffMaxBlock,
  only: yearAlone,
  keys: (record) =>
    keyedByYearsMet(record, [
      ...nameIds(record).flatMap((token) => (token.common ? [] : token.ids)),
      ...record.joined.flatMap(({ token }) => tokenIds(token)),
      ...rarerSounds(record),
    ]),
};

/**
 * The cap of the blocks of a record without a date: a token or a whole name held by more records
 * than this says too little to pair a dateless record with all of them (Nguyen Van Nam, Ahmad).
 */
export const datelessNameMaxBlock = 50;

/**
 * The person's own name (the father's left out) as one word: its words in the order written, a
 * word written twice once ("SUNARTI SUNARTI", a passport's one name in both boxes), under its
 * romanisation skeleton — "Nur Haliza" and "Nurhaliza" alike.
 */
function ownNameKey(record: PreparedRecord): string | undefined {
  const words: string[] = [];
  for (const token of record.name?.own ?? [])
    if (token.canonical.length > 1 && token.canonical !== words[words.length - 1])
      words.push(token.canonical);
  if (words.length === 0) return undefined;
  const joined = words.join('');
  return /^[a-z]+$/.test(joined) ? `~${skeleton(joined)}` : joined;
}

/**
 * A record without a date of birth and any record sharing a name token that is not a common one
 * (`tokenWeight` 1) or its own name written as one word (`ownNameKey`: "Nurhaliza" / "Nur Haliza
 * binti Ahmad"), whatever the other's date: no year rule reaches such a record, and the token pair
 * rule only when both names share two tokens. Only pairs with a dateless record are made (`only`):
 * two records with dates meet, or not, by the year rules — on the held-out set the same blocks
 * between dated records made 3,868 pairs of which none was a true one (decision 0104).
 */
export const datelessNameRule: BlockingRule = {
  name: 'no date: rare name token or own name',
  maxBlock: datelessNameMaxBlock,
  only: (record) => record.birth === undefined,
  keys(record) {
    const keys = nameIds(record).flatMap((token) => (token.common ? [] : token.ids));
    const own = ownNameKey(record);
    if (own !== undefined && !keys.includes(own)) keys.push(own);
    keys.push(...rarerSounds(record));
    // A key of one letter (a skeleton such as ~x, of "xxxx…" or "Xx") says no more than an
    // initial, which no rule blocks on: without a date it would pair every name it stands for.
    return keys.filter((key) => key.replace('~', '').length > 1);
  },
};

/** A phonetic code of any name token and the full date of birth (catches a typo the keys miss). */
export const phoneticBirthRule: BlockingRule = {
  name: 'phonetic code + date of birth',
  keys(record) {
    if (!record.birth || record.birth.partial) return [];
    const date = record.birth.digits;
    return record.tokens.flatMap((t) => t.phonetic.map((code) => `${code}#${date}`));
  },
};

/** The birth date and the initials, for names too corrupted for every other rule. */
export const birthInitialsRule: BlockingRule = {
  name: 'date of birth + an initial',
  keys(record) {
    if (!record.birth || record.birth.partial) return [];
    return [...new Set(record.tokens.map((t) => t.canonical[0] ?? ''))].map(
      (c) => `${record.birth?.digits}:${c}`,
    );
  },
};

/**
 * Which name words are given "one letter off" keys: rarer ones (`tokenWeight` 1: a common word
 * misspelt is met by the words beside it) of Latin letters, 6 to 20 of them — a shorter word has
 * too few letters left to tell it by once one is taken away (Nam, Hoa, Thuy), a longer one is a
 * name run together, which the joined words already block.
 */
const oneLetterOffWord = (token: NameToken) =>
  token.canonical.length >= 6 &&
  token.canonical.length <= 20 &&
  tokenWeight(token) >= 1 &&
  /^[a-z]+$/.test(token.canonical);

/**
 * A record with more such words than this gets no "one letter off" keys of a rule: a typo in one
 * of three leaves two, which "two name tokens" blocks on. The keys are costly (a word's length
 * plus one): records with three or more held a sixth of them on the scale set, for 6 of the 177
 * true pairs they brought on the held-out sets 1 and 3. Without a date, one: such a record's other
 * rarer word meets its holders whatever their date ("no date: rare name token"); at 100k persons
 * the dateless rule's keys were 865,594 with two words, 194,136 with one (the other rules' 2.33M),
 * for 7 of the 83 pairs the rules bring on the held-out set and 20 of 88 on held-out 3 — and the
 * same F1 on both (decision 0148).
 */
const oneLetterOffMaxWords = { withYear: 2, dateless: 1 } as const;

/** Each word's "one letter off" keys, made once: every record of a person repeats its words. */
const deletions = new Map<string, readonly string[]>();
const maxDeletions = 200_000;

/** A word and each of its spellings with one letter left out (symmetric deletion). */
function deletionsOf(word: string): readonly string[] {
  let keys = deletions.get(word);
  if (keys !== undefined) return keys;
  const all = new Set([word]);
  for (let i = 0; i < word.length; i++) all.add(word.slice(0, i) + word.slice(i + 1));
  keys = [...all];
  // Emptied when full, as the skeletons' cache: a million persons' coined words would fill it.
  if (deletions.size >= maxDeletions) deletions.clear();
  deletions.set(word, keys);
  return keys;
}

/**
 * The "one letter off" keys of a record's name words (`oneLetterOffWord`): each word and its
 * spellings with one letter left out. Two words one typo apart — a letter changed (Rashdan,
 * Rashdsn), left out (Wartini, Wartii), added or two swapped (Suraya, Sruaya) — share one of
 * these; the canonical spellings and skeletons the other rules key on do not.
 */
function oneLetterOffKeys(record: PreparedRecord, maxWords: number): readonly string[] {
  const words = record.tokens.filter(oneLetterOffWord);
  if (words.length === 0 || words.length > maxWords) return [];
  if (words.length === 1) return deletionsOf((words[0] as NameToken).canonical);
  return [...new Set(words.flatMap((token) => deletionsOf(token.canonical)))];
}

/**
 * The cap of the "one letter off" rules' blocks: a word's spelling with a letter left out is
 * shared by other words (Suparmi, Sumarmi → suarmi), so a block over this holds other persons.
 */
export const oneLetterOffMaxBlock = 50;

/**
 * A rarer name word one letter off and the year of birth: a typo in the only rarer word of a
 * name (RASHDSN, Rashdan bin Razali) leaves no token pair, no token and year, and — with a date
 * that is not the same, or the 01-01 put in for a year — no rule on the date (decision 0148). A
 * year alone keyed by the years on each side too met Sqrijem 1973 / Sarijem 1974-03-21, but made
 * half as many keys again at a million persons for 0.0002 of F1 (decision 0176).
 */
export const oneLetterOffYearRule: BlockingRule = {
  name: 'name word one letter off + birth year',
  maxBlock: oneLetterOffMaxBlock,
  keys(record) {
    if (!record.birth) return [];
    const year = record.birth.year;
    return oneLetterOffKeys(record, oneLetterOffMaxWords.withYear).map((key) => `${key}@${year}`);
  },
};

/**
 * A record without a date of birth and any record with a rarer name word one letter off its own
 * (Nur Sruaya, Nor Suraya 1992-06-06): "no date: rare name token" for a word with a typo.
 * Only pairs with a dateless record are made (`only`), as by that rule (decision 0148).
 */
export const datelessOneLetterOffRule: BlockingRule = {
  name: 'no date: rarer name word one letter off',
  maxBlock: oneLetterOffMaxBlock,
  only: (record) => record.birth === undefined,
  keys: (record) => oneLetterOffKeys(record, oneLetterOffMaxWords.dateless),
};

/**
 * A record without a date of birth and any record sharing a common pair of its name words
 * (`tokenPairs`), whatever the other's date: Nguyen Nam (no date) / Nguyen Minh Nam (1974-02-19),
 * Bui Thi Nhan (no date) / Bui Thi Nhna (1985-12-19). "Two name tokens" keys such a pair with the
 * year, which a dateless record has not, and the dateless rule leaves common words out. Only pairs
 * with a dateless record are made (`only`), and a block over the dateless rule's cap says too
 * little (at a million persons every such block: Nguyen Van, Siti Nur) — decision 0176.
 */
export const datelessCommonPairRule: BlockingRule = {
  name: 'no date: two common name words',
  maxBlock: datelessNameMaxBlock,
  only: (record) => record.birth === undefined,
  keys: (record) => tokenPairs(record).flatMap(({ key, common }) => (common ? [key] : [])),
};

/**
 * The cap of the "two-letter sound, a year off" rule's blocks. A code of two letters (LN: Lyana,
 * Liana, Lina, Alan) is shared by many names even within a year: blocks of up to 8 records made the
 * pairs that came right on the held-out sets for 1–5 % more pairs; of up to 20, 6–9 % more pairs
 * and less F1 on the held-out set (decision 0176).
 */
const twoLetterSoundMaxBlock = 8;

/**
 * A year alone and the records a year off or in that year whose rarer word sounds the same by a
 * code of two letters, which "rarer name token, a year off" leaves out (decision 0173): Lyana (1990)
 * / Liana (1989), Ahmad Wibawa (1992) / Ahmad Wibowo (1991-10-19). Only pairs with a year alone are
 * made (`only`), as by that rule; its blocks are small (`twoLetterSoundMaxBlock`). The same keys
 * without a date brought no true pair (the blocks of a code of two without a year are too large).
 */
export const yearOffTwoLetterSoundRule: BlockingRule = {
  name: 'rarer word sounding alike by a code of two, a year off',
  maxBlock: twoLetterSoundMaxBlock,
  only: yearAlone,
  keys: (record) => keyedByYearsMet(record, rarerSounds(record, soundOfTwo)),
};

/** Rules are stored by their place here (persons.ts): a new rule goes last. */
export const personBlocking: readonly BlockingRule[] = [
  tokenPairRule,
  tokenYearRule,
  phoneticBirthRule,
  birthInitialsRule,
  datelessNameRule,
  yearOffRule,
  oneLetterOffYearRule,
  datelessOneLetterOffRule,
  datelessCommonPairRule,
  yearOffTwoLetterSoundRule,
];

const squeeze = (value: string) => value.replace(/ /g, '');
const firstCode = (tokens: readonly NameToken[]) => tokens[0]?.phonetic[0] ?? '';

/** Rules for sources with given and family names apart and an address (FEBRL). */
export const addressedBlocking: readonly BlockingRule[] = [
  {
    name: 'given + family name',
    keys: (r) => (r.given && r.family ? [[r.given, r.family].sort().join('|')] : []),
  },
  { name: 'date of birth', keys: (r) => (r.birth ? [r.birth.digits] : []) },
  {
    name: 'postcode + family phonetic',
    keys: (r) => (r.postcode && r.familyTokens.length ? [`${r.postcode}/${firstCode(r.familyTokens)}`] : []),
  },
  {
    name: 'given phonetic + birth year',
    keys: (r) => (r.birth && r.givenTokens.length ? [`${firstCode(r.givenTokens)}@${r.birth.year}`] : []),
  },
  {
    name: 'street + number',
    keys: (r) => (r.street && r.streetNumber ? [`${r.streetNumber} ${r.street}`] : []),
  },
  {
    name: 'family + locality',
    keys: (r) => (r.family && r.locality ? [`${r.family}/${r.locality}`] : []),
  },
  {
    name: 'given and family phonetic',
    keys: (r) =>
      r.givenTokens.length && r.familyTokens.length
        ? [[firstCode(r.givenTokens), firstCode(r.familyTokens)].sort().join('|')]
        : [],
  },
  { name: 'family + birth year', keys: (r) => (r.family && r.birth ? [`${r.family}@${r.birth.year}`] : []) },
  { name: 'given + postcode', keys: (r) => (r.given && r.postcode ? [`${r.given}/${r.postcode}`] : []) },
  {
    name: 'postcode + birth year and month',
    keys: (r) => (r.postcode && r.birth ? [`${r.postcode}@${r.birth.digits.slice(0, 6)}`] : []),
  },
  { name: 'locality + street', keys: (r) => (r.locality && r.street ? [`${r.locality}/${r.street}`] : []) },
  {
    name: 'street number + postcode',
    keys: (r) => (r.streetNumber && r.postcode ? [`${r.streetNumber}/${r.postcode}`] : []),
  },
  {
    name: 'street number + locality',
    keys: (r) => (r.streetNumber && r.locality ? [`${r.streetNumber}/${squeeze(r.locality)}`] : []),
  },
  {
    name: 'a name + street',
    keys: (r) =>
      r.street ? [r.given, r.family].filter((n) => n).map((n) => `${squeeze(n)}/${squeeze(r.street)}`) : [],
  },
  {
    name: 'a name + date of birth',
    keys: (r) =>
      r.birth
        ? [r.given, r.family].filter((n) => n).map((n) => `${squeeze(n).slice(0, 3)}#${r.birth?.digits}`)
        : [],
  },
];

/** The same full date of birth (the 01-01 default and year-only dates left out). */
export const exactBirthRule: BlockingRule = {
  name: 'exact date of birth',
  keys: (r) => (r.birth && !r.birth.partial ? [r.birth.digits] : []),
};

/** A blocking rule used to learn m by EM, and the comparisons it fixes (left out of that session). */
export interface TrainingRule {
  readonly rule: BlockingRule;
  readonly fields: readonly string[];
}

/** Which m the rare-name anchor estimates (see `Anchor` in model.ts), for persons' records. */
export const personAnchor = { on: 'name', fields: ['birth'], maxRecords: 4, nearest: 2 } as const;

export const personTraining: readonly TrainingRule[] = [
  { rule: tokenPairRule, fields: ['name', 'nationality'] },
  { rule: exactBirthRule, fields: ['birth'] },
];

export const addressedTraining: readonly TrainingRule[] = [
  { rule: addressedBlocking[0] as BlockingRule, fields: ['given', 'family'] },
  { rule: exactBirthRule, fields: ['birth'] },
];
