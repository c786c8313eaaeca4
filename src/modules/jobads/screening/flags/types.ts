import type { AdvertLanguage } from '../language.ts';

/** A reason as the reader sees it, in the four languages of the web app. */
export interface Reason {
  readonly en: string;
  readonly ms: string;
  readonly id: string;
  readonly vi: string;
}

/** Regular-expression sources per language (see `red-flags.ts` for how they are matched). */
export type PatternsByLanguage = Partial<Record<AdvertLanguage, readonly string[]>>;

export interface RedFlag {
  readonly id: string;
  /** Positive for a red flag, negative for a counter-signal. */
  readonly weight: number;
  readonly reason: Reason;
  readonly patterns: PatternsByLanguage;
  /** Fires from the other flags, not from patterns (see `firedFlags`). */
  readonly derived?: true;
  /**
   * A match does not count where the advert negates or waives it ("no processing fee", "tidak
   * ada potongan gaji", "phí hồ sơ: miễn phí", "công ty không giữ hộ chiếu"): the cues, per
   * language, are in `flags/negation.ts`.
   */
  readonly negatable?: true;
  /**
   * The flag fires only when the advert also says this somewhere (any of the patterns, or one of
   * the flags): "free transport" is a lure when it takes the worker abroad, not on a commute.
   */
  readonly requires?: { readonly patterns: PatternsByLanguage; readonly flags: readonly string[] };
}
