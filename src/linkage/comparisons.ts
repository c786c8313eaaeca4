import { jaroWinkler, type NameToken, tokenWeight } from '../names/index.ts';
import { levenshtein, type PreparedRecord } from './record.ts';

/** A level is an index into `levels`; `missing` says one side is empty: no evidence. */
export const missing = -1;

/**
 * One field comparison of the Fellegi–Sunter model: it sorts a pair into one of a few levels
 * (exact, variant, similar…, disagree). Each level gets its m and u probabilities from the data;
 * `termFrequency` names the value whose frequency replaces u on the levels in `tfLevels`, so that
 * agreeing on "nguyen van duc" counts less than agreeing on a rare name.
 */
export interface Comparison {
  readonly field: string;
  readonly levels: readonly string[];
  compare(a: PreparedRecord, b: PreparedRecord): number;
  readonly termFrequency?: (record: PreparedRecord) => string;
  readonly tfLevels?: readonly number[];
}

/**
 * Token agreement depends only on the two canonical spellings (keys and phonetic codes derive from
 * them), and names repeat: scores are kept once computed, up to a bound.
 */
const tokenScores = new Map<number, number>();
const tokenIds = new Map<string, number>();
const maxCachedScores = 4_000_000;

/** A number per canonical token (the string's hash is kept by the engine; a joined key would not be). */
function idOf(token: string): number {
  let id = tokenIds.get(token);
  if (id === undefined) {
    id = tokenIds.size;
    if (id < 1 << 24) tokenIds.set(token, id);
  }
  return id;
}

function tokenScore(a: NameToken, b: NameToken): number {
  if (a.canonical === b.canonical) return 1;
  const x = idOf(a.canonical);
  const y = idOf(b.canonical);
  const key = x < y ? x * 16_777_216 + y : y * 16_777_216 + x;
  let score = tokenScores.get(key);
  if (score === undefined) {
    score = computeTokenScore(a, b);
    if (tokenScores.size < maxCachedScores && tokenIds.size < 1 << 24) tokenScores.set(key, score);
  }
  return score;
}

/** The same agreement scale as src/names' matcher: exact 1, variant 0.95, phonetic 0.85, similar 0.9 × JW. */
function computeTokenScore(a: NameToken, b: NameToken): number {
  for (const key of a.keys) if (b.keys.includes(key)) return 0.95;
  const similarity = jaroWinkler(a.canonical, b.canonical);
  if (similarity >= 0.75 && a.phonetic.some((code) => b.phonetic.includes(code))) return 0.85;
  return similarity >= 0.88 ? similarity * 0.9 : 0;
}

/** Every token of each side has a variant-or-better partner on the other side. */
function allVariants(a: readonly NameToken[], b: readonly NameToken[]): boolean {
  if (a.length !== b.length) return false;
  const covers = (from: readonly NameToken[], to: readonly NameToken[]) =>
    from.every((t) => to.some((o) => tokenScore(t, o) >= 0.95));
  return covers(a, b) && covers(b, a);
}

/** Some token that is not a very common one (Muhammad, Nguyen, Siti) agrees. */
function rareTokenAgrees(a: readonly NameToken[], b: readonly NameToken[]): boolean {
  return a.some((t) => tokenWeight(t) >= 0.6 && b.some((o) => tokenScore(t, o) >= 0.85));
}

let agreedWeight = 0;

/** How much of `from` is found in `to`, common tokens weighing less; sets `agreedWeight`. */
function coverage(from: readonly NameToken[], to: readonly NameToken[]): number {
  let total = 0;
  let sum = 0;
  let agreed = 0;
  for (const token of from) {
    let best = 0;
    for (const other of to) {
      const score = tokenScore(token, other);
      if (score > best) best = score;
    }
    const weight = tokenWeight(token);
    total += weight * best;
    sum += weight;
    if (best > 0) agreed += weight;
  }
  agreedWeight = agreed;
  return sum === 0 ? 0 : total / sum;
}

function bagScore(a: readonly NameToken[], b: readonly NameToken[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const forward = coverage(a, b);
  const forwardAgreed = agreedWeight;
  const score = 0.5 * forward + 0.5 * coverage(b, a);
  // Only a common token or two in agreement (two different Muhammads): not a match by name alone.
  return forwardAgreed < 0.9 ? Math.min(score, 0.5) : score;
}

/**
 * The pair score of src/names' compareNames (bags of tokens, a father's name written by one side
 * only costing little), on cached token scores: the linkage compares millions of pairs.
 */
export function nameScore(a: PreparedRecord, b: PreparedRecord): number {
  const whole = bagScore(a.tokens, b.tokens);
  const af = a.name?.father.length ?? 0;
  const bf = b.name?.father.length ?? 0;
  if ((af === 0) === (bf === 0)) return whole;
  const own = bagScore(a.name?.own ?? [], b.name?.own ?? []) * 0.95;
  return own > whole ? own : whole;
}

/** The whole name as a bag of tokens, using the name rules of src/names (variants, patronymics, romanisation). */
export const nameComparison: Comparison = {
  field: 'name',
  levels: ['exact', 'variant', 'strong', 'close', 'partial', 'different'],
  compare(a, b) {
    if (a.tokens.length === 0 || b.tokens.length === 0 || !a.name || !b.name) return missing;
    if (a.nameKey === b.nameKey) return 0;
    if (allVariants(a.tokens, b.tokens)) return 1;
    const score = nameScore(a, b);
    if (score >= 0.88) return 2;
    if (score >= 0.72) return 3;
    if (score >= 0.45 && rareTokenAgrees(a.tokens, b.tokens)) return 4;
    return 5;
  },
  termFrequency: (record) => record.nameKey,
  tfLevels: [0, 1],
};

function partScore(a: readonly NameToken[], b: readonly NameToken[], aText: string, bText: string): number {
  if (aText === bText) return 4;
  const ta = a[0];
  const tb = b[0];
  if (ta && tb && tokenScore(ta, tb) >= 0.85) return 3;
  const similarity = jaroWinkler(aText, bText);
  if (similarity >= 0.92) return 2;
  if (similarity >= 0.8) return 1;
  return 0;
}

/** Given or family name on its own (sources that keep them apart), read across a swap of the two. */
function namePart(field: 'given' | 'family'): Comparison {
  const other = field === 'given' ? 'family' : 'given';
  const tokens = `${field}Tokens` as const;
  const otherTokens = `${other}Tokens` as const;
  return {
    field,
    levels: ['exact', 'variant', 'jaro-winkler ≥ 0.92', 'jaro-winkler ≥ 0.80', 'different'],
    compare(a, b) {
      if (!a[field] || !b[field]) return missing;
      const direct = partScore(a[tokens], b[tokens], a[field], b[field]);
      // Given and family written in each other's box: as good as a variant, no better.
      const crossed = b[other] ? Math.min(3, partScore(a[tokens], b[otherTokens], a[field], b[other])) : 0;
      return 4 - Math.max(direct, crossed);
    },
    termFrequency: (record) => record[field],
    tfLevels: [0],
  };
}

export const givenComparison = namePart('given');
export const familyComparison = namePart('family');

/**
 * Date of birth: the same full date; one digit off or day and month swapped; the same year (also
 * when one side knows only the year or carries the 01-01 default); within two years; different.
 */
export const birthComparison: Comparison = {
  field: 'birth',
  levels: ['exact', 'typo or day/month swapped', 'same year', 'within 2 years', 'different'],
  compare(a, b) {
    const x = a.birth;
    const y = b.birth;
    if (!x || !y) return missing;
    const partial = x.partial || y.partial;
    if (!partial && x.digits === y.digits) return 0;
    if (!partial) {
      if (x.year === y.year && x.month === y.day && x.day === y.month) return 1;
      if (levenshtein(x.digits, y.digits, 1) <= 1) return 1;
    }
    if (x.year === y.year) return 2;
    if (Math.abs(x.year - y.year) <= 2 && (partial || (x.month === y.month && x.day === y.day))) return 3;
    return 4;
  },
};

/** A free-text field compared by Jaro–Winkler bands. */
export function textComparison(field: 'street' | 'locality', tf = false): Comparison {
  return {
    field,
    levels: ['exact', 'jaro-winkler ≥ 0.92', 'jaro-winkler ≥ 0.80', 'different'],
    compare(a, b) {
      if (!a[field] || !b[field]) return missing;
      if (a[field] === b[field]) return 0;
      const similarity = jaroWinkler(a[field], b[field]);
      return similarity >= 0.92 ? 1 : similarity >= 0.8 ? 2 : 3;
    },
    ...(tf ? { termFrequency: (record: PreparedRecord) => record[field], tfLevels: [0] } : {}),
  };
}

/** A code compared exactly, or with one edit as a second level. */
export function codeComparison(
  field: 'postcode' | 'streetNumber' | 'region' | 'sex' | 'nationality',
  oneEdit: boolean,
): Comparison {
  return {
    field,
    levels: oneEdit ? ['exact', 'one edit', 'different'] : ['exact', 'different'],
    compare(a, b) {
      if (!a[field] || !b[field]) return missing;
      if (a[field] === b[field]) return 0;
      if (!oneEdit) return 1;
      return levenshtein(a[field], b[field], 1) <= 1 ? 1 : 2;
    },
  };
}

/** Lindung's persons: one name as written, date of birth, sex, nationality. */
export const personComparisons: readonly Comparison[] = [
  nameComparison,
  birthComparison,
  codeComparison('sex', false),
  codeComparison('nationality', false),
];

/** Sources with given and family names apart and an address (FEBRL). */
export const addressedComparisons: readonly Comparison[] = [
  givenComparison,
  familyComparison,
  birthComparison,
  codeComparison('streetNumber', true),
  textComparison('street'),
  textComparison('locality', true),
  codeComparison('postcode', true),
  codeComparison('region', false),
];
