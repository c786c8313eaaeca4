import type { TFunction } from 'i18next';
import type { Evidence } from './types.ts';

/**
 * What the name's evidence says of where two names differ, a line each: words paired with their
 * nearest ("Aina / Aini — letters that differ: 1"), then the words only one record has.
 */
export function nameDifferenceTexts(e: Evidence, t: TFunction): string[] {
  const paired = (e.differences ?? []).map((d) =>
    d.letters > 3
      ? t('linkage.nameDiffersWords', { a: d.a, b: d.b })
      : t('linkage.nameDiffers', { a: d.a, b: d.b, count: d.letters }),
  );
  const only = [
    ...(e.onlyIn?.a.length ? [t('linkage.nameOnlyInA', { words: e.onlyIn.a.join(', ') })] : []),
    ...(e.onlyIn?.b.length ? [t('linkage.nameOnlyInB', { words: e.onlyIn.b.join(', ') })] : []),
  ];
  return [...paired, ...only];
}
