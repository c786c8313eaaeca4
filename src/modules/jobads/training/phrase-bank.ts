/** The slots of a generated advert: phrases of a risky advert, of a legitimate one, and shared. */
export interface PhraseBank {
  readonly open: readonly string[];
  readonly riskyRole: readonly string[];
  readonly riskyPlace: readonly string[];
  readonly riskyPay: readonly string[];
  readonly noExperience: readonly string[];
  readonly travelPaid: readonly string[];
  readonly room: readonly string[];
  readonly messaging: readonly string[];
  readonly urgency: readonly string[];
  readonly age: readonly string[];
  readonly fee: readonly string[];
  readonly documents: readonly string[];
  readonly visa: readonly string[];
  readonly company: readonly string[];
  readonly legitRole: readonly string[];
  readonly legitPlace: readonly string[];
  readonly legitPay: readonly string[];
  readonly requirements: readonly string[];
  readonly benefits: readonly string[];
  /**
   * What a local employer offers that reads like a lure and is not one: transport to the workplace,
   * no fees to applicants, no deductions from wages.
   */
  readonly localPerks: readonly string[];
  readonly apply: readonly string[];
  readonly licence: readonly string[];
  readonly scheme: readonly string[];
  /** Ethical recruitment: the employer pays travel and fees (reads like a lure, is not one). */
  readonly ethicalPaid: readonly string[];
  /** Forced labour outside the scam compounds: the jobs (also hired legitimately) and the lures. */
  readonly laborRole: readonly string[];
  readonly debt: readonly string[];
  readonly withheld: readonly string[];
  readonly noContract: readonly string[];
  readonly restricted: readonly string[];
  readonly agentArranges: readonly string[];
  /** What a legitimate labour-migration advert promises the worker keeps (passport, own account). */
  readonly protections: readonly string[];
}
