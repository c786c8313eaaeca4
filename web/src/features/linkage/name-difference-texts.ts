import type { TFunction } from 'i18next';
import type { Evidence } from './types.ts';

/**
 * What the name's evidence says of where two names differ, a line each: words paired with their
 * nearest ("Aina / Aini — letters that differ: 1", or a word and its initial), then the words only
 * one record has.
 */
export function nameDifferenceTexts(e: Evidence, t: TFunction): string[] {
  const paired = (e.differences ?? []).map((d) => {
    // An initial is the word shortened, not letters that differ ("Văn / V." is not 2 letters off).
    if (d.initial) return t('linkage.nameInitial', { a: d.a, b: d.b });
    return d.letters > 3
      ? t('linkage.nameDiffersWords', { a: d.a, b: d.b })
      : t('linkage.nameDiffers', { a: d.a, b: d.b, count: d.letters });
  });
  const only = [
    ...(e.onlyIn?.a.length ? [t('linkage.nameOnlyInA', { words: e.onlyIn.a.join(', ') })] : []),
    ...(e.onlyIn?.b.length ? [t('linkage.nameOnlyInB', { words: e.onlyIn.b.join(', ') })] : []),
  ];
  return [...paired, ...only];
}

/** A name as a reader compares it by eye: case, accents, dots and spacing set aside. */
const byEye = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Whether one of each person's names reads the same by eye: else "the same" needs saying why. */
export function namesWrittenAlike(a: readonly string[], b: readonly string[]): boolean {
  return a.some((nameA) => b.some((nameB) => byEye(nameA) === byEye(nameB)));
}
