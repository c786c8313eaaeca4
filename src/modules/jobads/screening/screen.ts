import { toUnicodeBurmese } from './burmese.ts';
import { advertFeatures } from './features.ts';
import { type AdvertLanguage, detectAdvertLanguage } from './language.ts';
import { type AdvertModel, shippedModel, sigmoid } from './model.ts';
import { firedFlags, normaliseAdvert, type Reason, redFlags, redFlagsVersion } from './red-flags.ts';

export type RiskLevel = 'low' | 'medium' | 'high';
export type ReaderLanguage = keyof Reason;

export interface ScreeningFinding {
  readonly id: string;
  readonly kind: 'red_flag' | 'counter_signal';
  readonly reason: string;
}

export interface AdvertScreening {
  readonly risk: RiskLevel;
  /** The model's probability that the advert is risky, 0–1, rounded to two places. */
  readonly score: number;
  readonly language: AdvertLanguage;
  /** Set for Burmese: the encoding the advert came in (Zawgyi is converted before screening). */
  readonly burmeseEncoding: 'zawgyi' | 'unicode' | null;
  readonly findings: readonly ScreeningFinding[];
  readonly rulesVersion: string;
  readonly modelVersion: string;
}

/** Thresholds on the probability: at or above `medium` the advert is flagged. */
export const riskThresholds = { medium: 0.5, high: 0.8 } as const;

/**
 * Screens one advert: converts Zawgyi to Unicode, detects the language, runs the red-flag rules
 * and the trained model, and returns the risk level with the reasons (the red flags that fired,
 * strongest first, then the counter-signals) in the reader's language. It labels an advert,
 * never a person: the result is "risk indicators", to be checked by a human.
 */
export function screenAdvert(
  text: string,
  reader: ReaderLanguage = 'en',
  model: AdvertModel = shippedModel(),
): AdvertScreening {
  const { text: unicode, encoding } = toUnicodeBurmese(text);
  const normalised = normaliseAdvert(unicode);
  const fired = firedFlags(normalised);
  const score = sigmoid(model.logit(advertFeatures(normalised, fired)));
  const risk: RiskLevel =
    score >= riskThresholds.high ? 'high' : score >= riskThresholds.medium ? 'medium' : 'low';
  const findings = redFlags
    .filter((flag) => fired.includes(flag.id))
    .sort((a, b) => b.weight - a.weight)
    .map((flag) => ({
      id: flag.id,
      kind: flag.weight > 0 ? ('red_flag' as const) : ('counter_signal' as const),
      reason: flag.reason[reader],
    }));
  return {
    risk,
    score: Math.round(score * 100) / 100,
    language: detectAdvertLanguage(unicode).language,
    burmeseEncoding: encoding ?? null,
    findings,
    rulesVersion: redFlagsVersion,
    modelVersion: model.meta.version,
  };
}

/**
 * The keyword baseline the evaluation compares against: flagged when the red flags that fired
 * add up to 1.5 or more, counter-signals and the model ignored.
 */
export function keywordBaseline(text: string): boolean {
  const normalised = normaliseAdvert(toUnicodeBurmese(text).text);
  const fired = new Set(firedFlags(normalised));
  const total = redFlags.filter((f) => f.weight > 0 && fired.has(f.id)).reduce((sum, f) => sum + f.weight, 0);
  return total >= 1.5;
}
