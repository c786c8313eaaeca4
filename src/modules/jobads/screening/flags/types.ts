import type { AdvertLanguage } from '../language.ts';

/** A reason as the reader sees it, in the four languages of the web app. */
export interface Reason {
  readonly en: string;
  readonly ms: string;
  readonly id: string;
  readonly vi: string;
}

export interface RedFlag {
  readonly id: string;
  /** Positive for a red flag, negative for a counter-signal. */
  readonly weight: number;
  readonly reason: Reason;
  readonly patterns: Partial<Record<AdvertLanguage, readonly string[]>>;
  /** Fires from the other flags, not from patterns (see `firedFlags`). */
  readonly derived?: true;
}
