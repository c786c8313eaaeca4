import { toZawgyiBurmese } from '../../src/modules/jobads/screening/burmese.ts';
import type { HandwrittenAdvert } from './handwritten.ts';
import { heldoutLatin } from './heldout-latin.ts';
import { heldoutMixed, heldoutScript } from './heldout-script.ts';

export { heldoutMixed };

/** The held-out set by language, with every Burmese advert a second time in Zawgyi. */
export function heldoutAdverts(): HandwrittenAdvert[] {
  const all = [...heldoutLatin, ...heldoutScript];
  const zawgyi = all
    .filter((advert) => advert.language === 'my')
    .map((advert) => ({ ...advert, text: toZawgyiBurmese(advert.text) }));
  return [...all, ...zawgyi];
}
