/** A first-level subdivision of a country (state, province, federal territory), by ISO 3166-2 code. */
export interface Region {
  readonly code: string;
  /** The subdivision's own name, as its country writes it; proper names are not translated. */
  readonly name: string;
}
