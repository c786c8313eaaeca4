import { jaroWinkler } from './jaro-winkler.ts';
import { type JoinedToken, joinedTokens, mayJoin, rejoined } from './joined.ts';
import { typedVariants } from './keys.ts';
import { matchTokens, searchedTokens } from './name-words.ts';
import { latinForm, type NormalisedName } from './normalize.ts';
import { commonTokens } from './rules/variants.ts';
import { keySlip, slippedAlike } from './slips.ts';
import { spelledTogetherAlike } from './together.ts';
import { bareWord, type NameToken } from './tokens.ts';

/**
 * How two tokens agree, strongest first: `exact` the same word as written once case, accents and
 * dots are folded (Nguyễn / Nguyen); `variant` the same name by a rule — a canonical form (Muhd /
 * Mohd: Muhammad, Abdulah: Abdullah), a known or old spelling, a romanisation, a word read
 * otherwise (5iti, Nurhaliza: `NameToken.written`) or words put together (Thi Da / Thida, Abdul
 * Rahman / Abdulrahman) — scoring as `exact` does when the canonical forms are the same;
 * `phonetic` a sound code; `similar` nearly the same letters; `prefix` a word still being typed.
 */
export type TokenAgreement = 'exact' | 'variant' | 'phonetic' | 'similar' | 'prefix' | 'none';

const agreementScore: Readonly<Record<TokenAgreement, number>> = {
  exact: 1,
  variant: 0.95,
  phonetic: 0.85,
  similar: 0, // the Jaro–Winkler value itself
  prefix: 0.85,
  none: 0,
};

/**
 * Whether one token is the other's one letter typed over and over ("xx", "xxxxx", "aa" against the
 * one-letter name "X" or "A"): their skeletons and sounds agree, yet nothing of a name does (issue
 * 8: never a match on nothing). A romanisation written with another letter still agrees (Oo / U).
 */
const letterRepeated = (a: NameToken, b: NameToken): boolean => {
  const [short, long] = a.canonical.length <= b.canonical.length ? [a, b] : [b, a];
  return short.canonical.length === 1 && long.canonical === short.canonical.repeat(long.canonical.length);
};

/** The vowels a one-letter name may be written with: a syllable, romanised more than one way. */
const oneLetterSyllables = new Set(['a', 'e', 'i', 'o', 'u']);

/**
 * Whether a shared spelling key may join two tokens: always, unless one is a single consonant. A
 * vowel alone is a syllable romanised several ways (U / Oo, A / Ah, O / Aw); a consonant alone is an
 * initial, and two initials are two names whatever their romanisations have in common (D / T from
 * the Thai final, W / V, J / Y from the old Indonesian spelling, K / Kh): "Dewi D" is not "Dewi T"
 * (decision 0144).
 */
function spellingMayJoin(a: NameToken, b: NameToken): boolean {
  const letter = a.canonical.length === 1 ? a.canonical : b.canonical.length === 1 ? b.canonical : undefined;
  return letter === undefined || oneLetterSyllables.has(letter);
}

/**
 * Whether two tokens are the same word as written once case, accents, hyphens, dots and
 * apostrophes are folded (Nguyễn / Nguyen, Mohd. / Mohd, Abu-Bakar / Abubakar), not only as a
 * rule read them (Nurhaliza / Nur Haliza): `exact` rather than `variant`.
 */
const writtenAlike = (a: NameToken, b: NameToken): boolean =>
  bareWord(a.written ?? a.folded) === bareWord(b.written ?? b.folded);

function compareTokens(
  a: NameToken,
  b: NameToken,
  prefix: boolean,
  initials = false,
): { agreement: TokenAgreement; score: number } {
  if (a.canonical === b.canonical) return { agreement: writtenAlike(a, b) ? 'exact' : 'variant', score: 1 };
  if (letterRepeated(a, b)) return { agreement: 'none', score: 0 };
  const loose = !veryCommonPair(a, b);
  if (spellingMayJoin(a, b) && a.keys.some((key) => (loose || !key.startsWith('~')) && b.keys.includes(key)))
    return { agreement: 'variant', score: agreementScore.variant };
  // One letter typed after a whole name ("Dewi L") already says which names may follow; so does
  // an initial anywhere in a search (M. Faizal: Muhammad Faizal). A word still being typed also
  // reaches the name whose other spellings it begins ("Moh", "Muha": Muhammad written Mohd).
  if (a.canonical.length === 1) {
    return initials && b.canonical.startsWith(a.canonical)
      ? { agreement: 'prefix', score: agreementScore.prefix }
      : { agreement: 'none', score: 0 };
  }
  // A one-letter name ("A") otherwise agrees only as written or by a known spelling (U / Oo): its
  // sound code and its letters are those of every name beginning with it (Aye, Ah: issue 8).
  if (b.canonical.length === 1) return { agreement: 'none', score: 0 };
  if (prefix && (b.canonical.startsWith(a.canonical) || typedVariants(a.canonical).includes(b.canonical))) {
    return { agreement: 'prefix', score: agreementScore.prefix };
  }
  const similarity = letterSimilarity(a, b, loose);
  if (soundsAlike(a, b, similarity)) {
    return { agreement: 'phonetic', score: agreementScore.phonetic };
  }
  if (similarity >= 0.88) return { agreement: 'similar', score: similarity * 0.9 };
  return { agreement: 'none', score: 0 };
}

/**
 * The letter similarity of two words read as typing slips of one word (slips.ts: one key slip, two
 * slips in a long word, two slips of one common name): the least that agrees ('similar').
 */
const slipSimilarity = 0.88;

/**
 * How near two tokens' letters are (Jaro–Winkler), as written or, when that is not near, as their
 * romanisation skeletons: a slip on top of a spelling by ear (Phonrak / Pholruk, Hdiayat / Hidajat)
 * shares no key and its written letters drift too far. Not for a very common token and another
 * beginning with another letter (`veryCommonPair`: `loose` false), which skeletons never join.
 */
export function letterSimilarity(a: NameToken, b: NameToken, loose: boolean): number {
  let best = jaroWinkler(a.canonical, b.canonical);
  if (best >= 0.88) return best;
  // One key struck for its neighbour (Hanh / Hamh), two slips in a long word (Luqman / Luqnaan) or
  // two slips of one common name (Nhuyen / Nguen): as near as the nearest letters still counted,
  // or nearer when the skeletons say so (a slip on top of a spelling by ear: Phonrak / Pholruk).
  if (keySlip(a.canonical, b.canonical) || slippedAlike(a.canonical, b.canonical)) best = slipSimilarity;
  if (!loose) return best;
  // The skeletons of each modern spelling (keys.ts: "~" keys), Latin words only.
  for (const x of a.keys) {
    if (!x.startsWith('~')) continue;
    for (const y of b.keys) {
      if (!y.startsWith('~')) continue;
      const similarity = jaroWinkler(x.slice(1), y.slice(1));
      if (similarity > best) best = similarity;
    }
  }
  return best;
}

/**
 * Whether two tokens are one name written two ways: the same canonical form, a shared key (an old
 * Indonesian spelling, a romanisation, a known variant: Soekarno/Sukarno, Sitti/Siti, Mohd/
 * Muhammad), or, both of `minLength` letters or more, nearly the same letters (Rachmawati/
 * Rahmawati). Stricter than the matcher's agreement: no phonetic codes and no short near-misses,
 * which join different words (Siti/city, Yani/Yanis) — for finding a name in free text.
 */
export function spelledAlike(a: NameToken, b: NameToken, minLength = 6, minSimilarity = 0.94): boolean {
  if (a.canonical === b.canonical || a.keys.some((key) => b.keys.includes(key))) return true;
  return (
    Math.min(a.canonical.length, b.canonical.length) >= minLength &&
    jaroWinkler(a.canonical, b.canonical) >= minSimilarity
  );
}

/** How much a token says about who someone is: 1, or less for very common tokens (Nguyen, Muhammad). */
export const tokenWeight = (token: NameToken): number => commonTokens[token.canonical] ?? 1;
const weightOf = tokenWeight;

/**
 * Whether either token is a very common one (Văn, Thị, Nguyễn, Muhammad, Siti: weight 0.3 or
 * less) and the other begins with another letter. Such a pair meets only by a known spelling (a
 * variant, an old Indonesian spelling) or nearly the same letters, not by a romanisation skeleton
 * or a sound code: those rewrite a first letter (w/v, j/ch) and join a word of another language to
 * the common one (the Malay Wan and the Vietnamese Văn share the skeleton "van"), so that every
 * name holding it matched (issue 8). Slips within the word (Nugyen, Siiti) still agree.
 */
export const veryCommonPair = (a: NameToken, b: NameToken): boolean =>
  a.canonical[0] !== b.canonical[0] && (weightOf(a) <= 0.3 || weightOf(b) <= 0.3);

/**
 * Whether two tokens agree by their sound: a double-metaphone code in common and letters close
 * enough (Jaro–Winkler `similarity` ≥ 0.75). Never when either is a very common token (Thị, Văn,
 * Nguyễn, Siti: weight 0.3 or less), whatever its first letter: a code keeps consonants only, and
 * Thi, Thao, Thu, Thuy and Tho all code 0/T, so that every Vietnamese given name beginning with Th
 * agreed with the middle name Thị and Phạm Thị Thảo met Phạm Thị Hương. A very common token agrees
 * by a known spelling, a skeleton (`veryCommonPair` aside) or nearly the same letters (Nugyen).
 */
export const soundsAlike = (a: NameToken, b: NameToken, similarity: number): boolean =>
  similarity >= 0.75 &&
  a.phonetic.some((code) => b.phonetic.includes(code)) &&
  weightOf(a) > 0.3 &&
  weightOf(b) > 0.3;

/**
 * Whether a token can say who someone is: two characters or more, one a letter. An initial (A, M.)
 * narrows and digits (00/00) are no name: neither ever makes a match on its own (issue 8).
 */
export const isNameWord = (token: NameToken | undefined): boolean =>
  token !== undefined && token.canonical.length > 1 && /\p{L}/u.test(token.canonical);
const isInitial = (token: NameToken | undefined): boolean => !isNameWord(token);

/**
 * The fewest letters of a word still being typed that are evidence of the names it begins: two
 * ("Ab", "La") begin too many names (Abdullah, Abu, Abang…). Like an initial, a shorter beginning
 * narrows the names a whole word found (Nguyen Thi La: Lan) but never makes a match on its own: a
 * query of "ab " typed a hundred times found Muhammad Firdaus bin Abdullah (decision 0138).
 */
const typedPrefixLength = 3;

/** Whether a token of the query only narrows the names found: an initial, or a short beginning. */
const onlyNarrows = (token: NameToken | undefined, agreement: TokenAgreement | undefined): boolean =>
  isInitial(token) || (agreement === 'prefix' && (token?.canonical.length ?? 0) < typedPrefixLength);

function coverage(
  from: readonly NameToken[],
  to: readonly NameToken[],
  prefixLast: boolean,
): { score: number; agreements: TokenAgreement[]; weights: number[] } {
  const initials = prefixLast;
  let total = 0;
  let sum = 0;
  const agreements: TokenAgreement[] = [];
  const weights: number[] = [];
  from.forEach((token, i) => {
    let best: { agreement: TokenAgreement; score: number; other?: NameToken } = {
      agreement: 'none',
      score: 0,
    };
    for (const other of to) {
      const result = compareTokens(token, other, prefixLast && i === from.length - 1, initials);
      // Of two words with the same canonical form, the one written alike says how the token agreed.
      const asWritten = result.agreement === 'exact' && best.agreement !== 'exact';
      if (result.score > best.score || (asWritten && result.score === best.score))
        best = { ...result, other };
    }
    // A name still being typed ("Abdul…" for Abdullah) weighs what the name it stands for weighs.
    const weight = best.agreement === 'prefix' && best.other ? weightOf(best.other) : weightOf(token);
    total += weight * best.score;
    sum += weight;
    agreements.push(best.agreement);
    weights.push(weight);
  });
  return { score: sum === 0 ? 0 : total / sum, agreements, weights };
}

export interface NameComparison {
  /** 0–1. */
  readonly score: number;
  /** The agreements that made the score, for "why it matched": one per token of the first name. */
  readonly agreements: readonly TokenAgreement[];
  /**
   * Whether a token of the first name that says who someone is (not a very common one such as
   * Nguyen, Van or Muhammad) agreed with the other name: without one, agreeing tokens are no
   * evidence unless every token of the first name agreed.
   */
  readonly meaningful: boolean;
  /**
   * Whether a word of the first name agreed (`isNameWord`): a name of initials ("A", "A. B.") or
   * digits that agrees only by them agrees on nothing (issue 8: never a match on nothing).
   */
  readonly wordAgreed: boolean;
  /**
   * In a search whose adjacent words were put together to agree (Srey Mom against Sreymom): how
   * many of the words searched for (`searchedTokens`) each agreement stands for, in order.
   * Undefined when each stands for one. Says what a reason counts, never what the score is.
   */
  readonly spans?: readonly number[];
}

/**
 * Compares two normalised names as bags of tokens, so that word order (Nguyen Van Duc / Duc
 * Nguyen Van) does not matter. Each token of one name takes its best agreement in the other;
 * common tokens (Muhammad, Nguyen, Thi) weigh less. `mode: 'search'` reads the query's last token
 * as possibly unfinished (search as you type) and leans on how much of the query is found;
 * `mode: 'pair'` is symmetric, for comparing two records.
 */
export function compareNames(
  query: NormalisedName,
  candidate: NormalisedName,
  mode: 'search' | 'pair' = 'pair',
): NameComparison {
  const asWritten = compareWrittenNames(query, candidate, mode);
  // A name in another script also meets its usual Latin spelling (ကျော်ဇင်ထက် / Kyaw Zin Htet):
  // the two Latin readings are compared, and the better comparison counts.
  if (!query.latin && !candidate.latin) return asWritten;
  const romanised = compareWrittenNames(latinForm(query), latinForm(candidate), mode);
  // Readings that agree word for word agree by a romanisation, not as written.
  return romanised.score > asWritten.score ? asVariants(romanised) : asWritten;
}

/** A comparison made through a rule (a romanisation, words put together): no word of it agreed as written. */
const asVariants = (comparison: NameComparison): NameComparison => ({
  ...comparison,
  agreements: comparison.agreements.map((agreement) => (agreement === 'exact' ? 'variant' : agreement)),
});

function compareWrittenNames(
  query: NormalisedName,
  candidate: NormalisedName,
  mode: 'search' | 'pair',
): NameComparison {
  const written = compareWrittenWords(query, candidate, mode);
  if (written.score >= agreementScore.variant) return written;
  const together = compareTogether(query, candidate);
  return together && together.score > written.score ? together : written;
}

function compareWrittenWords(
  query: NormalisedName,
  candidate: NormalisedName,
  mode: 'search' | 'pair',
): NameComparison {
  const asked = mode === 'search' ? searchedTokens(query) : matchTokens(query);
  const whole = compareTokenBags(asked, matchTokens(candidate), mode);
  // A father's name written by one agency and left out by the other is little evidence against
  // ("Mohd Faizal bin Rahim" / "Hj. Mohd Faizal"): compare the own names too, at a small cost.
  const oneSidedFather = mode === 'pair' && (query.father.length === 0) !== (candidate.father.length === 0);
  if (!oneSidedFather) return whole;
  const own = compareTokenBags(query.own, candidate.own, mode);
  return own.score * 0.95 > whole.score ? { ...own, score: own.score * 0.95 } : whole;
}

const fatherOf = (name: NormalisedName) => name.father.map((token) => token.canonical).join(' ');

/**
 * Two names whose own words are the same letters in the same order, split in other places (Min
 * Thura Soe / Min Thu Rasoe, Ong Yi-wai / Ong Yee Wai: together.ts) agree as a known variant does,
 * a father's name written by one side only costing what it costs above; not when both write
 * fathers' names that differ. Common words alone (Nguyen Van) are no match by name, as in `compareBags`.
 */
function compareTogether(query: NormalisedName, candidate: NormalisedName): NameComparison | undefined {
  if (!spelledTogetherAlike(query.own, candidate.own)) return undefined;
  const oneSided = (query.father.length === 0) !== (candidate.father.length === 0);
  if (!oneSided && fatherOf(query) !== fatherOf(candidate)) return undefined;
  const words = query.own.filter(isNameWord);
  const otherWords = candidate.own.filter(isNameWord);
  // The more cautious side's weight, so that the score does not depend on which name comes first.
  const weight = Math.min(weightOfWords(words), weightOfWords(otherWords));
  const score = agreementScore.variant * (oneSided ? 0.95 : 1);
  return {
    score: weight < 0.9 ? Math.min(score, 0.5) : score,
    agreements: [
      ...query.own.map((): TokenAgreement => 'variant'),
      ...query.father.map((token, i): TokenAgreement => {
        if (oneSided) return 'none';
        const other = candidate.father[i];
        return other && writtenAlike(token, other) ? 'exact' : 'variant';
      }),
    ],
    meaningful:
      words.some((token) => weightOf(token) >= 0.5) && otherWords.some((token) => weightOf(token) >= 0.5),
    wordAgreed: words.length > 0 && otherWords.length > 0,
  };
}

const weightOfWords = (words: readonly NameToken[]) => words.reduce((sum, token) => sum + weightOf(token), 0);

/** How two words agree, to read adjacent words as one (`rejoined`): a variant, a sound or nearly the same letters. */
const wordAgreement = (a: NameToken, b: NameToken): number => compareTokens(a, b, false).score;

/**
 * Two bags of tokens compared as written, and, when they do not agree wholly, with the adjacent
 * words one side writes apart and the other joined put together (Thi Da / Thida, thi ta /
 * Thida): the better comparison counts.
 */
function compareTokenBags(
  a: readonly NameToken[],
  b: readonly NameToken[],
  mode: 'search' | 'pair',
): NameComparison {
  const asWritten = compareBags(a, b, mode);
  // Words written apart or joined change the number of words, or leave one half agreeing (Thi Da /
  // Thi Ta): other pairs are not tried, nor words that could not meet (`mayJoin`).
  if (asWritten.score >= 0.9 || (a.length === b.length && asWritten.score === 0)) return asWritten;
  if (!mayJoin(a, b) && !mayJoin(b, a)) return asWritten;
  // Each side's words are put together against the other's words, then the other side against the
  // result. Not against words the other side puts together: both joining Nguyen Van made one rare
  // word of two common ones (Nguyen Van Duc met Nguyễn Văn Nam).
  const joinsOfB = joinedTokens(b);
  const joinsOfA = joinedTokens(a);
  const joinedA = rejoined(a, joinsOfA, b, wordAgreement, 0.85) ?? a;
  const joinedB = rejoined(b, joinsOfB, joinedA, wordAgreement, 0.85) ?? b;
  if (joinedA === a && joinedB === b) return asWritten;
  const together = compareBags(joinedA, joinedB, mode);
  if (together.score <= asWritten.score) return asWritten;
  return mode === 'search' && joinedA !== a
    ? { ...asVariants(together), spans: spansOf(joinedA, a, joinsOfA) }
    : asVariants(together);
}

/** How many of `tokens` each of `joined` (`rejoined` with `joins`) stands for: one, or the words it put together. */
function spansOf(
  joined: readonly NameToken[],
  tokens: readonly NameToken[],
  joins: readonly JoinedToken[],
): number[] {
  let at = 0;
  return joined.map((token) => {
    const size =
      token === tokens[at] ? 1 : (joins.find((join) => join.at === at && join.token === token)?.size ?? 1);
    at += size;
    return size;
  });
}

function compareBags(
  a: readonly NameToken[],
  b: readonly NameToken[],
  mode: 'search' | 'pair',
): NameComparison {
  if (a.length === 0 || b.length === 0)
    return { score: 0, agreements: [], meaningful: false, wordAgreed: false };
  const forward = coverage(a, b, mode === 'search');
  const backward = coverage(b, a, false);
  const lean = mode === 'search' ? 0.7 : 0.5;
  let score = lean * forward.score + (1 - lean) * backward.score;
  // Only a common token or two in agreement (two different Muhammads): not a match by name alone.
  // A search that found every token typed is the exception: whoever types "Siti" or "Nguy" asks
  // for the Sitis and the Nguyens, ranked, not for nothing.
  // An initial (M.) or a short beginning narrows, it does not say who: it is never the word that
  // makes a match.
  const evidence = forward.agreements.map(
    (agreement, i) => agreement !== 'none' && !onlyNarrows(a[i], agreement),
  );
  const agreedWeight = forward.weights.reduce((sum, w, i) => sum + (evidence[i] ? w : 0), 0);
  const wordAgreed = evidence.includes(true);
  const wholeQueryFound = mode === 'search' && !forward.agreements.includes('none') && wordAgreed;
  if (agreedWeight < 0.9 && !wholeQueryFound) score = Math.min(score, 0.5);
  // Initials or short beginnings alone agreeing ("A" / "A", "A. B." / "A. B.", "Ab") are no name at all.
  if (!wordAgreed) score = 0;
  const meaningful = forward.weights.some((w, i) => w >= 0.5 && evidence[i]);
  return { score, agreements: forward.agreements, meaningful, wordAgreed };
}
