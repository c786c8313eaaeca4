import { seededRandom } from '../../../shared/seeded-random.ts';
import { toZawgyiBurmese } from '../screening/burmese.ts';
import type { AdvertLanguage } from '../screening/language.ts';
import { stripDiacritics } from '../screening/red-flags.ts';
import type { PhraseBank } from './phrase-bank.ts';
import { latinBanks } from './phrases-latin.ts';
import { scriptBanks } from './phrases-script.ts';

/**
 * Generated, labelled job adverts in seven languages for training and evaluation: templates ×
 * slots × noise. A risky advert draws several lures (pay, no experience, travel paid, a scam-hub
 * destination, messaging-only contact, urgency, fees…); a legitimate one names an employer, a
 * real job, realistic pay and a way to apply, and a third of them are the hard cases: overseas
 * work through a licensed agency or a government scheme, employers who pay the ticket, skilled
 * jobs paid well, local customer-service jobs, local jobs with free transport to work and no fees. Some risky adverts are subtle (two or three lures).
 * A third of the risky adverts are forced labour outside the scam compounds (fishing, plantation,
 * building, domestic and factory work), and the same jobs are also hired legitimately.
 *
 * `split` keeps training and evaluation apart: each slot's phrases are divided (every third
 * phrase is for evaluation only where a slot has three or more), and the two use other seeds.
 */
export interface LabelledAdvert {
  readonly language: AdvertLanguage;
  readonly text: string;
  readonly risky: boolean;
}

export type Split = 'train' | 'evaluation';

const banks: Readonly<Record<AdvertLanguage, PhraseBank>> = { ...latinBanks, ...scriptBanks };

function phrasesOf(list: readonly string[], split: Split): readonly string[] {
  if (list.length < 3) return list;
  return list.filter((_, index) => (index % 3 === 2) === (split === 'evaluation'));
}

const emoji = ['🔥', '✅', '💰', '✈️', '📢', '👉', '⭐', '📌', ''];
const separators = ['\n', '. ', ' | ', '\n- ', ' ✅ ', '; ', '\n• '];

function composer(language: AdvertLanguage, split: Split, random: () => number) {
  const bank = banks[language];
  const pick = (slot: keyof PhraseBank) => {
    const list = phrasesOf(bank[slot], split);
    return list[Math.floor(random() * list.length)] as string;
  };
  const maybe = (p: number, slot: keyof PhraseBank) => (random() < p ? [pick(slot)] : []);
  const shuffleTail = (parts: string[]) => {
    const [head, ...tail] = parts;
    for (let i = tail.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [tail[i], tail[j]] = [tail[j] as string, tail[i] as string];
    }
    return [head as string, ...tail];
  };
  const render = (parts: string[]) => {
    const separator = separators[Math.floor(random() * separators.length)] as string;
    const mark = emoji[Math.floor(random() * emoji.length)] as string;
    let text = `${mark}${mark ? ' ' : ''}${shuffleTail(parts).join(separator)}`;
    if (random() < 0.15) text = text.toUpperCase();
    if (language === 'my' && random() < 0.4) text = toZawgyiBurmese(text);
    // Vietnamese is often typed without its tone marks on phones.
    if (language === 'vi' && random() < 0.15) text = stripDiacritics(text);
    return text;
  };
  return { pick, maybe, render };
}

/**
 * Forced labour and debt bondage outside the scam compounds: a fishing, plantation, building,
 * domestic or factory job, often in an ordinary destination, with costs repaid from wages, wages
 * held back, no contract, papers kept or no leaving — and at least one of those.
 */
function forcedLabourAdvert(language: AdvertLanguage, split: Split, random: () => number): string {
  const { pick, maybe, render } = composer(language, split, random);
  const coercion = [
    ...maybe(0.5, 'debt'),
    ...maybe(0.4, 'withheld'),
    ...maybe(0.3, 'noContract'),
    ...maybe(0.3, 'restricted'),
    ...maybe(0.35, 'documents'),
  ];
  if (coercion.length === 0) coercion.push(pick('debt'));
  return render([
    ...maybe(0.7, 'open'),
    pick('laborRole'),
    ...maybe(0.5, 'legitPlace'),
    ...maybe(0.3, 'legitPay'),
    ...coercion,
    ...maybe(0.4, 'agentArranges'),
    ...maybe(0.25, 'fee'),
    ...maybe(0.4, 'noExperience'),
    ...maybe(0.3, 'travelPaid'),
    ...maybe(0.3, 'room'),
    ...maybe(0.3, 'urgency'),
    ...maybe(0.3, 'messaging'),
  ]);
}

function riskyAdvert(language: AdvertLanguage, split: Split, random: () => number): string {
  if (random() < 0.35) return forcedLabourAdvert(language, split, random);
  const { pick, maybe, render } = composer(language, split, random);
  const subtle = random() < 0.3;
  const lures = [
    ...maybe(subtle ? 0.6 : 0.85, 'riskyPlace'),
    ...maybe(subtle ? 0.5 : 0.85, 'riskyPay'),
    ...maybe(subtle ? 0.3 : 0.7, 'noExperience'),
    ...maybe(subtle ? 0.3 : 0.6, 'travelPaid'),
    ...maybe(0.4, 'room'),
    ...maybe(subtle ? 0.5 : 0.8, 'messaging'),
    ...maybe(subtle ? 0.2 : 0.5, 'urgency'),
    ...maybe(0.25, 'age'),
    ...maybe(0.2, 'fee'),
    ...maybe(0.1, 'documents'),
    ...maybe(0.2, 'visa'),
  ];
  if (lures.length < 2) lures.push(pick('riskyPay'), pick('messaging'));
  return render([...maybe(0.8, 'open'), pick('riskyRole'), ...lures]);
}

function legitimateAdvert(language: AdvertLanguage, split: Split, random: () => number): string {
  const { pick, maybe, render } = composer(language, split, random);
  const overseas = random() < 0.35;
  // Everyday local hiring: no experience, housing, urgency, a messaging app — and nothing else.
  const local = !overseas && random() < 0.3;
  if (local) {
    return render([
      ...maybe(0.7, 'open'),
      ...maybe(0.6, 'company'),
      random() < 0.25 ? pick('laborRole') : pick('legitRole'),
      ...maybe(0.8, 'legitPay'),
      ...maybe(0.7, 'noExperience'),
      ...maybe(0.6, 'room'),
      ...maybe(0.5, 'localPerks'),
      ...maybe(0.4, 'urgency'),
      ...maybe(0.6, 'messaging'),
    ]);
  }
  const parts = [
    ...maybe(0.7, 'open'),
    pick('company'),
    overseas && random() < 0.4 ? pick('laborRole') : pick('legitRole'),
    pick('legitPlace'),
    ...maybe(0.75, 'legitPay'),
    ...maybe(0.75, 'requirements'),
    ...maybe(0.6, 'benefits'),
    ...(overseas ? [] : maybe(0.3, 'localPerks')),
    ...maybe(0.9, 'apply'),
    ...maybe(0.15, 'urgency'),
    ...maybe(0.15, 'messaging'),
    ...maybe(0.2, 'room'),
  ];
  if (overseas) {
    parts.push(random() < 0.5 ? pick('licence') : pick('scheme'));
    parts.push(
      ...maybe(0.5, 'ethicalPaid'),
      ...maybe(0.4, 'room'),
      ...maybe(0.3, 'licence'),
      ...maybe(0.4, 'protections'),
    );
  }
  return render(parts);
}

/** `perLanguage` adverts per language, half risky, reproducible from the seed. */
export function generateAdverts(options: {
  perLanguage: number;
  seed: number;
  split: Split;
}): LabelledAdvert[] {
  const adverts: LabelledAdvert[] = [];
  for (const [index, language] of (Object.keys(banks) as AdvertLanguage[]).entries()) {
    const random = seededRandom(options.seed * 7919 + index);
    for (let i = 0; i < options.perLanguage; i++) {
      const risky = i % 2 === 0;
      const text = risky
        ? riskyAdvert(language, options.split, random)
        : legitimateAdvert(language, options.split, random);
      adverts.push({ language, text, risky });
    }
  }
  return adverts;
}
