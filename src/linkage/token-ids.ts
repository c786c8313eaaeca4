import type { NameToken } from '../names/index.ts';
import { carvedInts } from './carved-ints.ts';

/**
 * A number per canonical token, given when a record is prepared, so that comparing two names looks
 * their tokens' agreement up by number (comparisons.ts) rather than hashing the spellings again for
 * every pair. Numbers belong to the thread: a worker numbers its own copy of the records.
 */
const ids = new Map<string, number>();

/** Numbers past this are not kept (V8 caps a Map at 2^24 entries): every later token shares it, uncached. */
export const uncachedTokenId = 1 << 24;

export function tokenIdOf(canonical: string): number {
  let id = ids.get(canonical);
  if (id === undefined) {
    if (ids.size >= uncachedTokenId) return uncachedTokenId;
    id = ids.size;
    ids.set(canonical, id);
  }
  return id;
}

/** Shared by every record without tokens of a kind (a father's name, most often). */
const noTokenIds = new Int32Array(0);

export function tokenIdsOf(tokens: readonly NameToken[]): Int32Array {
  if (tokens.length === 0) return noTokenIds;
  const ids = carvedInts(tokens.length);
  for (let i = 0; i < tokens.length; i++) ids[i] = tokenIdOf((tokens[i] as NameToken).canonical);
  return ids;
}
