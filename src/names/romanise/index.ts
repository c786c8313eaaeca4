import anyAscii from 'any-ascii';
import { romaniseBurmese } from './burmese.ts';
import { romaniseKhmer } from './khmer.ts';
import { romaniseThai } from './thai.ts';

/**
 * Romanisers by script: made for the names of each (Burmese, Thai, Khmer: see their files), and
 * any-ascii's letter-by-letter reading for any other script that is not Latin (Lao, Greek,
 * Cyrillic, Chinese…), a fallback that is better than nothing for matching.
 */
const byScript: readonly (readonly [RegExp, (run: string) => string])[] = [
  [/^[\u1000-\u109f\uaa60-\uaa7f\ua9e0-\ua9ff]+$/u, romaniseBurmese],
  [/^[\u0e00-\u0e7f]+$/u, romaniseThai],
  [/^[\u1780-\u17ff\u19e0-\u19ff]+$/u, romaniseKhmer],
];

/** Runs of one script in a word: Myanmar, Thai, Khmer letters and marks, or anything else. */
const runs =
  /[\u1000-\u109f\uaa60-\uaa7f\ua9e0-\ua9ff]+|[\u0e00-\u0e7f]+|[\u1780-\u17ff\u19e0-\u19ff]+|[^\u1000-\u109f\uaa60-\uaa7f\ua9e0-\ua9ff\u0e00-\u0e7f\u1780-\u17ff\u19e0-\u19ff]+/gu;

/** Whether a text holds a letter of a script other than Latin. */
export const hasNonLatinLetters = (text: string): boolean => /[^\P{L}\p{Script=Latin}]/u.test(text);

/**
 * A name's usual Latin spelling, lower case, for matching it with the same name written in Latin
 * (pipeline step 2 of the name reference: transliterate, keep the original in its own field); only
 * for a name holding letters of another script, else undefined. Latin words are kept as they are.
 * Burmese syllables come out as words of their own (ကျော်ဇင်ထက် "kyaw zin htet").
 */
export function romaniseName(text: string): string | undefined {
  if (!hasNonLatinLetters(text)) return undefined;
  let out = '';
  for (const run of text.match(runs) ?? []) {
    const romaniser = byScript.find(([script]) => script.test(run))?.[1];
    out += romaniser ? ` ${romaniser(run)} ` : anyAscii(run);
  }
  return out.toLowerCase().replace(/\s+/g, ' ').trim();
}
