import {
  compareNames,
  type NameComparison,
  type NormalisedName,
  nameWords,
  normalizeName,
  searchedTokens,
  type TokenAgreement,
} from '../../names/index.ts';

/** Why a person came up in a search: what agreed, and how much it added to the score. */
export interface MatchReason {
  on:
    | 'name'
    | 'name_tokens'
    | 'name_partial'
    | 'phonetic'
    | 'birth_date'
    | 'birth_year'
    | 'birth_year_near'
    | 'nationality'
    | 'document';
  weight: number;
  detail?: string;
  /**
   * For a name: how many of the words typed agreed with the person's name, of how many, counted as
   * typed (`typedWords`: Nurhaliza is one word, though the names rules read it Nur Haliza).
   */
  words?: { matched: number; of: number };
  /**
   * For a name whose words agreed: how the weakest of them agreed (src/names/match.ts), so that
   * "exact" is said only when every word agreeing was written as searched for (issue 8).
   */
  agreement?: WordAgreement;
}

export interface SearchCriteria {
  name?: string | undefined;
  birthDate?: string | undefined;
  birthYear?: number | undefined;
  nationality?: string | undefined;
}

export interface CandidateFacts {
  names: readonly string[];
  /** Trigram similarity of each name to the query, in the order of `names`. */
  nameSimilarities: readonly number[];
  birthDate: string | null;
  /** The birth year as known: the year of the date, the year given, or estimated from an age. */
  birthYear: number | null;
  nationality: string | null;
  documentMatch: boolean;
}

export interface Ranked {
  score: number;
  nameScore: number;
  /**
   * Whether the name is a match at all: a word that says who someone is agreed (not only Nguyen
   * or Van), or every word searched for did, or, no word agreeing, the whole is spelled nearly
   * the same.
   */
  nameMatched: boolean;
  /**
   * The first key of the order, before the score (decision 0122): 3 a document matched; else how
   * the birth agrees with the year searched for: 2 the same year (or date), 1 within two years or
   * not known, 0 further off. 1 when no year or date was searched for.
   */
  tier: Tier;
  reasons: MatchReason[];
}

export type Tier = 0 | 1 | 2 | 3;

/** Weights of the parts of the score: the name counts most, birth and nationality add to it. */
const weights = { name: 0.7, birth: 0.2, nationality: 0.1 } as const;
/** How much of a name's score comes from trigram similarity; the rest from normalised tokens. */
const trigramShare = 0.25;
/** Below this name score a person whose words did not agree is not returned on spelling alone. */
export const nameThreshold = 0.45;
/** Trigram similarity from which two names spelled nearly the same match without a word agreeing. */
const nearSpelling = 0.6;

function birthAgreement(criteria: SearchCriteria, candidate: CandidateFacts): MatchReason | undefined {
  if (criteria.birthDate && candidate.birthDate === criteria.birthDate) {
    return { on: 'birth_date', weight: weights.birth };
  }
  const year =
    criteria.birthYear ?? (criteria.birthDate ? Number(criteria.birthDate.slice(0, 4)) : undefined);
  if (year === undefined || candidate.birthYear === null) return undefined;
  const distance = Math.abs(candidate.birthYear - year);
  if (distance === 0) return { on: 'birth_year', weight: weights.birth * 0.7 };
  if (distance <= 2)
    return { on: 'birth_year_near', weight: weights.birth * 0.4, detail: `${distance} year(s) apart` };
  return undefined;
}

/**
 * The candidate's tier: a document match is near-certain; then a year searched for puts the same
 * year above a near one, and a near one (or an unknown birth, neither for nor against) above one
 * far off, whatever a name spelled a little closer adds to the score.
 */
function tierOf(criteria: SearchCriteria, candidate: CandidateFacts, birth: MatchReason | undefined): Tier {
  if (candidate.documentMatch) return 3;
  if (birth?.on === 'birth_date' || birth?.on === 'birth_year') return 2;
  const searched = criteria.birthYear !== undefined || criteria.birthDate !== undefined;
  return searched && candidate.birthYear !== null && birth === undefined ? 0 : 1;
}

/** The ways a word searched for agrees, strongest first: a reason says the weakest among its words. */
export const wordAgreements = [
  'exact',
  'variant',
  'phonetic',
  'prefix',
  'similar',
] as const satisfies readonly TokenAgreement[];
export type WordAgreement = (typeof wordAgreements)[number];

/**
 * Ranks one candidate against a search: the best of its names (trigram similarity combined with
 * normalised-token and phonetic agreement, src/names), then date of birth (exact date, same year,
 * within two years) and nationality. A document match is near-certain and scores 1.
 */
export function rankCandidate(
  criteria: SearchCriteria,
  query: NormalisedName | undefined,
  candidate: CandidateFacts,
): Ranked {
  const reasons: MatchReason[] = [];
  let nameScore = 0;
  let nameMatched = false;
  if (query) {
    let best: {
      score: number;
      trigram: number;
      tokens?: NameComparison;
      name: string;
      normalised?: NormalisedName;
    } = {
      score: 0,
      trigram: 0,
      name: '',
    };
    candidate.names.forEach((name, i) => {
      const normalised = normalizeName(name);
      // A stored name that says nothing ("bin binti", "Haji") is never a match (issue 8).
      if (nameWords(normalised).length === 0) return;
      const tokens = compareNames(query, normalised, 'search');
      // Trigrams of two scripts share nothing (ကျော်ဇင်ထက် / Kyaw Zin Htet): across scripts the
      // names are compared by their Latin readings only.
      const acrossScripts =
        query.script !== normalised.script && (query.latin ?? normalised.latin) !== undefined;
      const trigram = acrossScripts ? tokens.score : (candidate.nameSimilarities[i] ?? 0);
      const score = trigramShare * trigram + (1 - trigramShare) * Math.max(tokens.score, trigram);
      if (score > best.score) best = { score, trigram, tokens, name, normalised };
    });
    nameScore = best.score;
    const agreements = best.tokens?.agreements ?? [];
    const matched = agreements.filter((agreement) => agreement !== 'none').length;
    // Words only begun ("Abd…" for Abdullah) and no whole word agreeing are a guess at the word
    // being typed: a match only when at least half the words typed agreed (Abd, Muh Faiz), not a
    // beginning among words that found nothing ("xyz qqq zzz abd", decision 0138).
    const wholeWordAgreed = agreements.some((agreement) => agreement !== 'none' && agreement !== 'prefix');
    nameMatched =
      nameScore > 0 &&
      ((best.tokens?.meaningful === true && (wholeWordAgreed || 2 * matched >= agreements.length)) ||
        // Every word searched for agreed; initials alone ("A", "A. B.") are no name (issue 8).
        (agreements.length > 0 && matched === agreements.length && best.tokens?.wordAgreed === true) ||
        // No word agreed, yet the whole is spelled nearly the same (Nurhaliza / Nur Haliza). Only
        // common words agreeing (Nguyen Van Duc / Nguyễn Văn Nam) is a different name.
        (matched === 0 &&
          best.trigram >= nearSpelling &&
          nameScore >= nameThreshold &&
          nameWords(query).some((token) => token.canonical.length > 1)));
    if (nameMatched && best.normalised)
      reasons.push(
        nameReason(
          best.name,
          typedWords(query, tellingAgreements(query, best.normalised, agreements), best.tokens?.spans),
          weights.name * nameScore,
        ),
      );
  }
  const birth = birthAgreement(criteria, candidate);
  if (birth) reasons.push(birth);
  if (criteria.nationality && candidate.nationality === criteria.nationality) {
    reasons.push({ on: 'nationality', weight: weights.nationality });
  }
  if (candidate.documentMatch) reasons.unshift({ on: 'document', weight: 1 });
  const score = candidate.documentMatch
    ? 1
    : Math.min(
        1,
        weights.name * (nameMatched ? nameScore : 0) +
          (birth?.weight ?? 0) +
          (reasons.some((r) => r.on === 'nationality') ? weights.nationality : 0),
      );
  return { score: round(score), nameScore, nameMatched, tier: tierOf(criteria, candidate, birth), reasons };
}

/**
 * The agreements as a reason tells them: a word that tells persons apart — a Vietnamese given name
 * against another given name, a father's name against another father's — agreeing only by sound
 * or near letters (Minh / Mạnh, Hassan / Hussin) is another name, not the same one written
 * differently (issue 8, decision 0112). The score is left as it is: the search still shows them.
 */
function tellingAgreements(
  query: NormalisedName,
  candidate: NormalisedName,
  agreements: readonly TokenAgreement[],
): readonly TokenAgreement[] {
  const tokens = searchedTokens(query);
  if (tokens.length !== agreements.length) return agreements;
  const telling = new Set<string>();
  const given = query.vietnamese?.given;
  if (given && candidate.vietnamese && candidate.vietnamese.given !== given) telling.add(given);
  if (candidate.father.length > 0) for (const token of query.father) telling.add(token.canonical);
  if (telling.size === 0) return agreements;
  return agreements.map((agreement, i) =>
    (agreement === 'phonetic' || agreement === 'similar') && telling.has(tokens[i]?.canonical ?? '')
      ? 'none'
      : agreement,
  );
}

/** A word of the search as the user typed it, and how it agreed: the weakest of its pieces, `none` when one did not. */
interface TypedWord {
  readonly agreement: TokenAgreement;
  /** How many words typed it stands for: one, or more when a rule put them together (Abdul Rahman, Srey Mom). */
  readonly count: number;
}

/**
 * The words the user typed and how each agreed, from the agreements of the tokens searched for
 * (`searchedTokens`, `spans` when words were put together): the names rules read a word as
 * several (Nurhaliza → Nur Haliza, Sitinurhaliza, Mohdfirdaus: `NameToken.written`), or several
 * words as one (Abdul Rahman, Thi Da, Srey Mom against Sreymom), and a reason counts the words
 * typed, not the pieces (issue 8). A typed word agreed when all its pieces did. The agreements
 * one each, as tokens, when they are not those of the words searched for (a reading in another script).
 */
function typedWords(
  query: NormalisedName,
  agreements: readonly TokenAgreement[],
  spans: readonly number[] | undefined,
): TypedWord[] {
  const tokens = searchedTokens(query);
  const sizes = spans ?? agreements.map(() => 1);
  const covered = sizes.reduce((sum, size) => sum + size, 0);
  if (sizes.length !== agreements.length || covered !== tokens.length)
    return agreements.map((agreement) => ({ agreement, count: 1 }));
  const words: { agreement: TokenAgreement; typed: Set<string>; endsIn: string | undefined }[] = [];
  let at = 0;
  agreements.forEach((agreement, i) => {
    const own = tokens.slice(at, at + (sizes[i] ?? 1));
    at += own.length;
    // A piece of a word a rule read as several carries the word as written (`written`): the
    // pieces of one word, side by side, are that word once.
    const typed = own.flatMap((token) => (token.written ?? token.folded).split(' '));
    const endsIn = own.at(-1)?.written;
    const last = words.at(-1);
    if (last && own[0]?.written !== undefined && last.endsIn === own[0].written) {
      last.agreement = weaker(last.agreement, agreement);
      for (const word of typed) last.typed.add(word);
      last.endsIn = endsIn;
      return;
    }
    words.push({ agreement, typed: new Set(typed), endsIn });
  });
  return words.map(({ agreement, typed }) => ({ agreement, count: typed.size }));
}

/** The weaker of two agreements (`wordAgreements` order; `none` weakest of all). */
const weaker = (a: TokenAgreement, b: TokenAgreement): TokenAgreement =>
  a === 'none' || b === 'none'
    ? 'none'
    : (wordAgreements[Math.max(wordAgreements.indexOf(a), wordAgreements.indexOf(b))] as TokenAgreement);

/**
 * Why the name matched, saying no more than what agreed: "name_partial" with how many of the words
 * typed agreed when some did not (Nguyen Van Duc → Nguyễn Văn Nam: 2 of 3 words), else how
 * they agreed (the same or variant words, or words that sound alike); and how the weakest word
 * agreed (Muhd Abdulah → Mohd b. Abdullah: variant, not exact). Words are counted as typed
 * (`typedWords`: Nurhaliza is 1 word).
 */
function nameReason(name: string, typed: readonly TypedWord[], weight: number): MatchReason {
  const agreed = typed.filter((word) => word.agreement !== 'none');
  const kinds = wordAgreements.filter((kind) => agreed.some((word) => word.agreement === kind));
  const weakest = kinds.at(-1);
  const count = (words: readonly TypedWord[]) => words.reduce((sum, word) => sum + word.count, 0);
  const words = { matched: count(agreed), of: count(typed) };
  const on: MatchReason['on'] =
    words.matched > 0 && words.matched < words.of
      ? 'name_partial'
      : kinds.includes('phonetic') && !kinds.includes('exact')
        ? 'phonetic'
        : kinds.length > 0
          ? 'name_tokens'
          : 'name';
  const how = weakest ?? 'similar spelling';
  return {
    on,
    weight: round(weight),
    detail: words.of > 0 ? `${name}: ${words.matched} of ${words.of} words (${how})` : `${name}: ${how}`,
    ...(words.of > 0 ? { words } : {}),
    ...(weakest ? { agreement: weakest } : {}),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
