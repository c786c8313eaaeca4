/**
 * Digits a scanner reads in place of the letters they look like when it copies a name from a
 * passport or an identity card (OCR): 0 for O, 1 for I, 5 for S, 8 for B — the confusions of print
 * every OCR engine's error tables list ("5ri" for Sri, "H0ELENG"; decisions 0123, 0126).
 * UNCONFIRMED for this region's documents: shared/reference/names.md says nothing of OCR; this is
 * general knowledge of scanned print. A 1 may also stand for an l: I is the reading kept, one
 * letter off either way.
 */
export const misreadDigits: Readonly<Record<string, string>> = Object.freeze({
  '0': 'o',
  '1': 'i',
  '5': 's',
  '8': 'b',
});

const lettersAndMisreadDigits = /^[a-z0158]+$/;

/**
 * A folded word of Latin letters with misread digits among them, read with the letters (5ri → sri,
 * h0eleng → hoeleng); any other word as it is. A word of digits alone is no name read wrongly.
 */
export function readMisreadDigits(word: string): string {
  if (!lettersAndMisreadDigits.test(word) || !/[a-z]/.test(word) || !/\d/.test(word)) return word;
  return word.replace(/[0158]/g, (digit) => misreadDigits[digit] as string);
}
