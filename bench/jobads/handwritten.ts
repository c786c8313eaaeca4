import { toZawgyiBurmese } from '../../src/modules/jobads/screening/burmese.ts';
import type { AdvertLanguage } from '../../src/modules/jobads/screening/language.ts';
import { handwrittenLatin } from './handwritten-latin.ts';
import { handwrittenScript } from './handwritten-script.ts';

export interface HandwrittenAdvert {
  readonly language: AdvertLanguage;
  readonly risky: boolean;
  readonly text: string;
}

/** The hand-written set, with every Burmese advert a second time in Zawgyi. */
export function handwrittenAdverts(): HandwrittenAdvert[] {
  const all = [...handwrittenLatin, ...handwrittenScript];
  const zawgyi = all
    .filter((advert) => advert.language === 'my')
    .map((advert) => ({ ...advert, text: toZawgyiBurmese(advert.text) }));
  return [...all, ...zawgyi];
}
