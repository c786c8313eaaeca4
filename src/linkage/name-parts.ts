/**
 * The parts of a name that tell persons apart (decisions 0097, 0103, 0112): the Vietnamese family
 * and given names and the father's name a person keeps, read word by word against the other name.
 * A part found nowhere in the other name, or only near-spelled there, makes two persons of names
 * that otherwise agree; the name comparison (comparisons.ts) reads these where they change its level.
 */
import { jaroWinkler, joinsMayMeet, type NameToken } from '../names/index.ts';
import { levenshtein, type PreparedRecord } from './record.ts';
import { isWordToken, tokenScore, variantScore, weightOfToken } from './token-scores.ts';

const withoutAbdul = (canonical: string) => (canonical.startsWith('abdul') ? canonical.slice(5) : canonical);

/**
 * Whether token `i` of `a` is found in `b` at all (a variant, a sound, near enough letters, a
 * letter after the first off: Diep / Dirp): a part that is not is another name, not another
 * spelling. Abdul before a father's name is often left out (Abdul Aziz / Aziz). On the tokens'
 * numbers, as the comparison's cached token scores are kept.
 */
function foundIn(
  a: PreparedRecord,
  i: number,
  b: PreparedRecord,
  within = b.tokens.length,
  spelledOnly = -1,
  nearOnlyAt = -1,
): boolean {
  const token = a.tokens[i] as NameToken;
  const x = a.tokenIds[i] as number;
  const bare = token.canonical.length > 7 ? withoutAbdul(token.canonical) : token.canonical;
  for (let j = 0; j < within; j++) {
    const other = b.tokens[j] as NameToken;
    const score = tokenScore(token, other, x, b.tokenIds[j] as number);
    // The other part of a Vietnamese name meets this one only as a spelling of it (below).
    if (j === spelledOnly || (nearOnlyAt !== -1 && j !== nearOnlyAt)) {
      if (score >= variantScore) return true;
      continue;
    }
    if (score > 0) return true;
    // A slip keeps the first letter; one letter off in another (Hang / Dang) is another name.
    if (token.canonical[0] === other.canonical[0] && levenshtein(token.canonical, other.canonical, 1) <= 1)
      return true;
    if (bare !== token.canonical && jaroWinkler(bare, withoutAbdul(other.canonical)) >= 0.88) return true;
  }
  return false;
}

/**
 * Whether the Vietnamese family name of each is missing from the other name. A family name is
 * found by near letters only in the other's family name (a slip: Nguyen / Ngyuen); in its other
 * words only as a spelling of it: Hoàng is no slip of the given name Hoa or Hằng, nor Ngô of the
 * middle name Ngọc (Hoàng Thị Hoa / Nguyễn Thị Hoa, Ngô Ngọc Vy / Nguyễn Ngọc Vy are two women;
 * decision 0141).
 */
function familiesDiffer(a: PreparedRecord, aFamily: string, b: PreparedRecord, bFamily: string): boolean {
  const x = a.tokens.findIndex((t) => t.canonical === aFamily);
  const y = b.tokens.findIndex((t) => t.canonical === bFamily);
  return (
    x !== -1 &&
    y !== -1 &&
    !foundIn(a, x, b, b.tokens.length, -1, y) &&
    !foundIn(b, y, a, a.tokens.length, -1, x)
  );
}

/**
 * Whether the Vietnamese given name of each is missing from the other name; it is found in the
 * other's family name only as a spelling of it (Hoa is no slip of Hoàng; decision 0141).
 */
function givenNamesDiffer(
  a: PreparedRecord,
  aGiven: string,
  aFamily: string,
  b: PreparedRecord,
  bGiven: string,
  bFamily: string,
): boolean {
  const x = a.tokens.findIndex((t) => t.canonical === aGiven);
  const y = b.tokens.findIndex((t) => t.canonical === bGiven);
  if (x === -1 || y === -1) return false;
  const bAt = bFamily === bGiven ? -1 : b.tokens.findIndex((t) => t.canonical === bFamily);
  const aAt = aFamily === aGiven ? -1 : a.tokens.findIndex((t) => t.canonical === aFamily);
  return !foundIn(a, x, b, b.tokens.length, bAt) && !foundIn(b, y, a, a.tokens.length, aAt);
}

/** Whether the father's name of `a` has words that say who he is, none of them found in `b`. */
function fatherMissing(a: PreparedRecord, b: PreparedRecord): boolean {
  let telling = false;
  // A father's word is found at its last place: his words follow the person's own in `tokens`, and a
  // word written in both names is one shared token (src/names tokens.ts).
  for (const token of a.name?.father ?? []) {
    const i = a.tokens.lastIndexOf(token);
    if (i === -1) continue;
    const x = a.tokenIds[i] as number;
    if (!isWordToken(token, x) || weightOfToken(token, x) < 0.6) continue;
    if (foundIn(a, i, b)) return false;
    telling = true;
  }
  return telling;
}

/** Whether a word of the father's name of `a` (not an initial) is found in `b` (`foundIn`: a slip, Abd left out). */
export function fatherWordFound(a: PreparedRecord, b: PreparedRecord): boolean {
  for (const token of a.name?.father ?? []) {
    const i = a.tokens.lastIndexOf(token);
    if (i !== -1 && isWordToken(token, a.tokenIds[i] as number) && foundIn(a, i, b)) return true;
  }
  return false;
}

/**
 * Whether the names carry a part that a person keeps and that differs: the Vietnamese family name
 * or given name (Trần Hữu Trung / Bùi Hữu Trung, Đặng Thị Hằng / Đặng Thị Oanh), or every word of
 * the father's name after bin or binti that says who he is (Nur Sabrina bt Nordin / Nur Sabrina
 * bt Hashim). Such a pair is two persons however much else agrees: siblings and namesakes share
 * the rest, and a spelling, a typo or a dropped word leaves the part found in the other name.
 */
export function partsConflict(a: PreparedRecord, b: PreparedRecord): boolean {
  const va = a.name?.vietnamese;
  const vb = b.name?.vietnamese;
  if (
    va &&
    vb &&
    (familiesDiffer(a, va.family, b, vb.family) ||
      givenNamesDiffer(a, va.given, va.family, b, vb.given, vb.family))
  )
    return true;
  if ((a.name?.father.length ?? 0) === 0 || (b.name?.father.length ?? 0) === 0) return false;
  return fatherMissing(a, b) && fatherMissing(b, a);
}

/** Whether some word of `a` that says who someone is is not found in `b` (`foundIn`: a typo is found). */
export function wordMissing(a: PreparedRecord, b: PreparedRecord): boolean {
  for (let i = 0; i < a.tokens.length; i++)
    if (isWordToken(a.tokens[i] as NameToken, a.tokenIds[i] as number) && !foundIn(a, i, b)) return true;
  return false;
}

const isMarked = (word: string, i: number) => (word.charCodeAt(i) as number) > 0x7f;

/** Whether `a` and `b` are the same letters with two adjacent ones swapped (Hùng / Hnùg): a slip of the keys. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * Whether two Vietnamese given names, each in a name written with its diacritics, disagree where
 * the writers marked a letter: another letter where one side marked its own (Minh / Mạnh), or two
 * marked letters of another form (Hùng / Hưng, Hằng / Hàng) — the writer chose that vowel, so it is
 * another name. A mark or a tone left off (Tuấn / Tuan, Sơn / Son) or letters swapped is not.
 */
export function writtenGivenDiffers(a: PreparedRecord, b: PreparedRecord): boolean {
  if (!a.writtenGiven || !b.writtenGiven || a.writtenGiven.word === b.writtenGiven.word) return false;
  const { word: x, letters: lx, base: bx } = a.writtenGiven;
  const { word: y, letters: ly, base: by } = b.writtenGiven;
  if (lx === ly || lx.length !== ly.length || lx.length !== x.length || ly.length !== y.length) return false;
  // The same name read with other marks, or another vowel: not another word read as the given name.
  if (bx.length !== lx.length || by.length !== ly.length || (bx !== by && !vowelsChanged(bx, by)))
    return false;
  for (let i = 0; i < lx.length; i++) {
    if (
      bx[i] !== by[i] ? isMarked(x, i) || isMarked(y, i) : lx[i] !== ly[i] && isMarked(x, i) && isMarked(y, i)
    )
      return true;
  }
  return false;
}

const vowelRuns = /[aeiouy]+/g;
/** A spelling's runs of vowels, doubled letters read once (heendra → e, a). */
const vowelRunsOf = (word: string) =>
  (word.match(vowelRuns) ?? []).map((run) => run.replace(/(.)\1+/g, '$1'));

/**
 * Whether two spellings differ only in vowels put for other vowels, letter for letter (Minh / Manh,
 * Hassan / Hussin, Tuan / Toan): how two names of one sound differ, where a slip of the keys drops,
 * doubles or swaps a letter (Rahmn, Heendra, Bnih, Thoa) or hits another consonant.
 */
function vowelsChanged(a: string, b: string): boolean {
  if (a === b || a.replace(vowelRuns, '') !== b.replace(vowelRuns, '') || swapped(a, b)) return false;
  const x = vowelRunsOf(a);
  const y = vowelRunsOf(b);
  if (x.length !== y.length) return false;
  let changed = false;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    if ((x[i] as string).length !== (y[i] as string).length) return false;
    changed = true;
  }
  return changed;
}

/** Whether `token` meets `partner`, at their `score`, only as another name of near letters (`vowelsChanged`), no variant of it. */
const nearOnly = (token: NameToken, partner: NameToken, score: number) =>
  score > 0 && score < 0.95 && vowelsChanged(token.folded, partner.folded);

/** Whether `token` meets its best partner in `tokens` only as another name of near letters (`nearOnly`). */
function nearSpelled(token: NameToken, id: number, tokens: readonly NameToken[], ids: Int32Array): boolean {
  let best = 0;
  let partner: NameToken | undefined;
  for (let j = 0; j < tokens.length; j++) {
    const score = tokenScore(token, tokens[j] as NameToken, id, ids[j] as number);
    if (score > best) {
      best = score;
      partner = tokens[j];
    }
  }
  return partner !== undefined && nearOnly(token, partner, best);
}

/**
 * Whether a part that tells persons apart is only near-spelled on the other side (decision 0112):
 * the Vietnamese given name (Nguyen Van Minh / Nguyen Van Manh) or a word of the father's name
 * (bin Hassan / bin Hussin), its vowels changed. Common family and middle names agreeing say
 * little; a short given name with another vowel is as often a brother or a namesake as a typo, so
 * the name is no better than 'close' — enough with a date of birth, not with a birth year.
 */
export function distinguishingNearSpelled(a: PreparedRecord, b: PreparedRecord): boolean {
  const va = a.name?.vietnamese;
  const vb = b.name?.vietnamese;
  if (va && vb && va.given !== vb.given && a.givenAt !== -1 && b.givenAt !== -1) {
    const given = a.tokens[a.givenAt] as NameToken;
    const other = b.tokens[b.givenAt] as NameToken;
    const score = tokenScore(given, other, a.tokenIds[a.givenAt] as number, b.tokenIds[b.givenAt] as number);
    if (nearOnly(given, other, score)) return true;
  }
  if (a.fatherKey === '' || b.fatherKey === '' || a.fatherKey === b.fatherKey) return false;
  for (let i = 0; i < a.fatherTokens.length; i++) {
    const token = a.fatherTokens[i] as NameToken;
    const x = a.fatherIds[i] as number;
    if (isWordToken(token, x) && nearSpelled(token, x, b.fatherTokens, b.fatherIds)) return true;
  }
  return false;
}

/** How many of a record's tokens are its own name's (they come first; the father's follow). */
const ownCount = (r: PreparedRecord) => Math.min(r.name?.own.length ?? 0, r.tokens.length);

/** Whether no word of the own name of `a` is found in the own name of `b`. */
function ownWordsApart(a: PreparedRecord, b: PreparedRecord): boolean {
  const own = ownCount(a);
  const within = ownCount(b);
  let words = 0;
  for (let i = 0; i < own; i++) {
    const token = a.tokens[i] as NameToken;
    const x = a.tokenIds[i] as number;
    if (!isWordToken(token, x) || weightOfToken(token, x) < 0.6) continue;
    words++;
    if (foundIn(a, i, b, within)) return false;
  }
  return words > 0;
}

/**
 * Whether two names written in Latin letters share no word of the persons' own names (the father's
 * name aside), common words (Siti, Muhammad, Nguyen) left out: Firdaus bin Yusof / Nur Shuhada binti
 * Yusof, brother and sister. Not when words one writes apart could be the other's joined (Ye
 * Winthet / Yell Win Thet: `joinsMayMeet`), nor for a name read from another script: our reading
 * of it may share nothing with how an officer spelt it.
 */
export function ownNamesApart(a: PreparedRecord, b: PreparedRecord): boolean {
  return (
    !joinsMayMeet(a.joinSignature, b.joinSignature) &&
    !a.otherScript &&
    !b.otherScript &&
    ownWordsApart(a, b) &&
    ownWordsApart(b, a)
  );
}
