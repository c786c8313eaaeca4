/** A first-level subdivision of a country (state, province, federal territory), by ISO 3166-2 code. */
export interface Region {
  readonly code: string;
  /** The subdivision's own name, as its country writes it; proper names are not translated. */
  readonly name: string;
  /**
   * Subdivisions merged into this one, with the codes records made before the merger hold. Such a
   * code is no longer a region of its country: a client still sending it is told where it went.
   */
  readonly formerly?: readonly Region[];
  /**
   * The code is the platform's choice, not yet one ISO 3166-2 is known to have published (the
   * reference notes keep unconfirmed facts marked as such).
   */
  readonly codeUnconfirmed?: true;
}
