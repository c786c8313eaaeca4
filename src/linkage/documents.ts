/**
 * Identity documents as evidence that two records are one person (decision 0121). A document is
 * read only through its number's blind index (a keyed hash under the platform's one key, equal for
 * equal normalised numbers in every agency), its type and its issuing country: the number itself
 * never reaches the model, so it cannot leak from a pair's evidence, and numbers a character apart
 * cannot be told from any two others (the hash hides nearness).
 */
import type { DocumentType } from '../shared/person-codes.ts';

/** One identity document of a person, as the model reads it. */
export interface DocumentKey {
  /**
   * The document's row (identity_document.id): what a pair's fingerprint reads of it, which a key
   * rotation (new blind indexes) leaves as it is and an edit of the document replaces.
   */
  readonly id: string;
  /** The blind index of the normalised number (identity_document.number_index). */
  readonly index: string;
  /** identity_document.type, one of the persons' document types. */
  readonly type: DocumentType;
  /** ISO 3166 alpha-2, or null when not recorded. */
  readonly country: string | null;
}

/**
 * How two persons' documents compare. 'same document': a number, its kind and its issuing country
 * all agree; 'same number': the number agrees and nothing recorded disagrees, but a kind or a
 * country is not recorded on both sides ('other', null); 'different numbers': both hold a document
 * of one kind from one country, and no number agrees (weighs nothing: documents are renewed).
 */
export type DocumentLevel = 'same document' | 'same number' | 'different numbers';

export interface DocumentMatch {
  readonly level: DocumentLevel;
  /** The kind of the agreeing documents (or of the differing ones); never the number or its index. */
  readonly type: DocumentType;
  readonly country: string | null;
}

/**
 * A passport and a travel document issued in its place (an embassy's SPLP, a laissez-passer) are
 * numbered in one series by one issuer in practice; the other kinds are their own series.
 */
const family = (type: DocumentType): DocumentType => (type === 'travel_document' ? 'passport' : type);

/** 'other' says nothing of the kind: it agrees with any. */
const knownKind = (type: DocumentType) => type !== 'other';

/** Whether two documents with one number may be one document: no recorded kind or country disagrees. */
function compatible(a: DocumentKey, b: DocumentKey): boolean {
  if (knownKind(a.type) && knownKind(b.type) && family(a.type) !== family(b.type)) return false;
  return a.country === null || b.country === null || a.country === b.country;
}

const fullyRecorded = (a: DocumentKey, b: DocumentKey) =>
  knownKind(a.type) && knownKind(b.type) && a.country !== null && b.country !== null;

const rank: Record<DocumentLevel, number> = { 'same document': 0, 'same number': 1, 'different numbers': 2 };

/** How two documents compare, or undefined when they are not of one kind and country. */
function documentPair(x: DocumentKey, y: DocumentKey): DocumentMatch | undefined {
  const full = fullyRecorded(x, y);
  if (x.index === y.index && compatible(x, y))
    return {
      level: full ? 'same document' : 'same number',
      type: knownKind(x.type) ? x.type : y.type,
      country: x.country ?? y.country,
    };
  if (full && family(x.type) === family(y.type) && x.country === y.country)
    return { level: 'different numbers', type: x.type, country: x.country };
  return undefined;
}

/**
 * The strongest agreement between two persons' documents (a number agreeing outweighs another
 * pair differing: an old and a new passport); undefined when there is nothing to compare (either
 * holds none, or no two are of one kind and country). A number agreeing under two issuing
 * countries is two documents: a passport number is unique only within its issuer.
 */
export function compareDocuments(
  a: readonly DocumentKey[] | undefined,
  b: readonly DocumentKey[] | undefined,
): DocumentMatch | undefined {
  if (!a?.length || !b?.length) return undefined;
  let best: DocumentMatch | undefined;
  for (const x of a) {
    for (const y of b) {
      const match = documentPair(x, y);
      if (match && (!best || rank[match.level] < rank[best.level])) best = match;
    }
  }
  return best;
}

/**
 * m and u of each level, set rather than learnt (decision 0121): few persons hold a recorded
 * document, fewer two records of one, so EM would learn m from a handful of pairs, and the
 * benchmark populations hold none. u: two persons' numbers from one issuer agree only by a
 * data-entry slip (another person's number recorded); one record in a thousand so wrong, among
 * 2,000 persons or more, is at most 10⁻⁶ of pairs; with a kind or issuer unrecorded, numbers of
 * two issuers may meet as well: 10⁻⁵. m: one person's records, both holding a document of one
 * kind and issuer, hold the same number about 0.7 of the time: passports last five or ten years,
 * and a trafficked person's is often kept by an employer and replaced. 'different numbers'
 * weighs nothing: a renewed passport, or Viet Nam's 9-digit identity card replaced by the 12-digit
 * citizen card, is the same person with another number.
 */
export const documentParameters: Readonly<Record<DocumentLevel, { m: number; u: number }>> = {
  'same document': { m: 0.7, u: 1e-6 },
  'same number': { m: 0.7, u: 1e-5 },
  'different numbers': { m: 1, u: 1 },
};

/** The weight of a level in bits: log2(m / u). */
export const documentWeight = (level: DocumentLevel): number =>
  Math.log2(documentParameters[level].m / documentParameters[level].u);

/** Persons holding one number: more is a placeholder ("000000"), not a document, and makes no pairs. */
export const maxDocumentHolders = 20;

/**
 * Pairs of persons (ids, the smaller first) holding a number in common: candidates whatever their
 * names and dates, so that a renamed record is still compared (blocking by document).
 * Kind and country are read when the pair is compared.
 */
export function documentPairs(
  persons: Iterable<{ id: string; documents?: readonly DocumentKey[] }>,
): [string, string][] {
  const holders = new Map<string, Set<string>>();
  for (const person of persons) {
    for (const document of person.documents ?? []) {
      const ids = holders.get(document.index) ?? new Set<string>();
      ids.add(person.id);
      holders.set(document.index, ids);
    }
  }
  const pairs = new Map<string, [string, string]>();
  for (const ids of holders.values()) {
    if (ids.size < 2 || ids.size > maxDocumentHolders) continue;
    const sorted = [...ids].sort();
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length; j++) {
        const pair: [string, string] = [sorted[i] as string, sorted[j] as string];
        pairs.set(pair.join(':'), pair);
      }
  }
  return [...pairs.values()];
}
