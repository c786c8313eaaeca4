/** Longest field value read; longer input is cut, never a reason to fail. */
const maxField = 200;

/**
 * A field's value (sex, nationality, FEBRL's name parts and address) lower-cased with its
 * punctuation spaced out. Combining marks are kept: Thai, Burmese and Khmer write vowels and tones
 * with them ("หญิง"), and a word without them is another word or none.
 */
export const cleanField = (value: string | null | undefined): string =>
  // Most fields of most records are not written (a person's record has no address): nothing to read.
  !value
    ? ''
    : value
        .slice(0, maxField)
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
        .trim();
