import { redFlags } from './red-flags.ts';

/**
 * Sparse features of an advert for the logistic regression: hashed character n-grams (2–4 on
 * Thai, Burmese and Khmer text with the spaces removed, 3–5 on the rest, inside word bounds),
 * hashed words, and one indicator per red flag that fired. Hashing keeps the model a fixed size
 * whatever the vocabulary; collisions cost little at 2^18 buckets.
 */
export const hashBits = 18;
export const hashSize = 1 << hashBits;
/** Index of the first red-flag indicator, after the hashed buckets. */
export const flagOffset = hashSize;
export const featureCount = hashSize + redFlags.length;

export type SparseVector = Map<number, number>;

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const spacelessScript = /[\u0e00-\u0e7f\u1000-\u109f\u1780-\u17ff]/u;

function add(vector: SparseVector, key: string, value = 1): void {
  const index = fnv1a(key) & (hashSize - 1);
  vector.set(index, (vector.get(index) ?? 0) + value);
}

/** The features of a normalised advert and the ids of its fired flags. */
export function advertFeatures(normalised: string, fired: readonly string[]): SparseVector {
  const vector: SparseVector = new Map();
  // Digits vary endlessly (amounts, phone numbers): one shape stands for them all.
  const text = normalised.replace(/[0-9\u1040-\u1049\u17e0-\u17e9\u0e50-\u0e59]/gu, '0');
  for (const word of text.match(/[\p{L}\p{M}0@#]+/gu) ?? []) {
    if (spacelessScript.test(word)) {
      for (let n = 2; n <= 4; n++) {
        for (let i = 0; i + n <= word.length; i++) add(vector, `s${n}:${word.slice(i, i + n)}`);
      }
    } else {
      add(vector, `w:${word}`);
      const padded = ` ${word} `;
      for (let n = 3; n <= 5; n++) {
        for (let i = 0; i + n <= padded.length; i++) add(vector, `c${n}:${padded.slice(i, i + n)}`);
      }
    }
  }
  // Scale so that long and short adverts weigh alike (L2 norm 1 over the n-grams).
  let norm = 0;
  for (const value of vector.values()) norm += value * value;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (const [index, value] of vector) vector.set(index, value * scale);
  for (const id of fired) {
    const position = redFlags.findIndex((flag) => flag.id === id);
    if (position >= 0) vector.set(flagOffset + position, 1);
  }
  return vector;
}
