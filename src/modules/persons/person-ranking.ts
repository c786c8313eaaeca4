import { compareNames, type NormalisedName, normalizeName, type TokenAgreement } from '../../names/index.ts';

/** Why a person came up in a search: what agreed, and how much it added to the score. */
export interface MatchReason {
  on:
    | 'name'
    | 'name_tokens'
    | 'phonetic'
    | 'birth_date'
    | 'birth_year'
    | 'birth_year_near'
    | 'nationality'
    | 'document';
  weight: number;
  detail?: string;
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
  reasons: MatchReason[];
}

/** Weights of the parts of the score: the name counts most, birth and nationality add to it. */
const weights = { name: 0.7, birth: 0.2, nationality: 0.1 } as const;
/** How much of a name's score comes from trigram similarity; the rest from normalised tokens. */
const trigramShare = 0.25;
/** Below this name score a person is not returned on the name alone. */
export const nameThreshold = 0.45;

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

const strongest: readonly TokenAgreement[] = ['exact', 'variant', 'phonetic', 'prefix', 'similar'];

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
  if (query) {
    let best = { score: 0, trigram: 0, agreements: [] as readonly TokenAgreement[], name: '' };
    candidate.names.forEach((name, i) => {
      const trigram = candidate.nameSimilarities[i] ?? 0;
      const tokens = compareNames(query, normalizeName(name), 'search');
      const score = trigramShare * trigram + (1 - trigramShare) * Math.max(tokens.score, trigram);
      if (score > best.score) best = { score, trigram, agreements: tokens.agreements, name };
    });
    nameScore = best.score;
    if (nameScore > 0) {
      const kinds = strongest.filter((kind) => best.agreements.includes(kind));
      reasons.push({
        on:
          kinds.includes('phonetic') && !kinds.includes('exact')
            ? 'phonetic'
            : kinds.length > 0
              ? 'name_tokens'
              : 'name',
        weight: round(weights.name * nameScore),
        detail: `${best.name}: ${kinds.length > 0 ? kinds.join(', ') : 'similar spelling'}`,
      });
    }
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
        weights.name * nameScore +
          (birth?.weight ?? 0) +
          (reasons.some((r) => r.on === 'nationality') ? weights.nationality : 0),
      );
  return { score: round(score), nameScore, reasons };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
