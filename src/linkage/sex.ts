/**
 * The values a register writes when a person's sex was not recorded. Such a value says nothing
 * about who the person is: read as a sex of its own ("unknown" as "u"), it disagreed with every
 * "female" and "male" record of the same person and agreed with every stranger's "unknown".
 * Where each comes from:
 * - "unknown": Lindung's own code (src/shared/person-codes.ts `sexes`) and HL7 FHIR
 *   AdministrativeGender; "u": HL7 v2 table 0001 (administrative sex).
 * - "not recorded" and its Malay, Indonesian and Vietnamese forms: Lindung's own labels for that
 *   code (src/modules/statistics/statistics.labels.ts), which its exports carry.
 * - "not known", "unspecified": the words of ISO/IEC 5218 and ICAO Doc 9303; "0" and "9": ISO/IEC
 *   5218's codes for not known and not applicable; "x": ICAO Doc 9303's "unspecified" in a
 *   travel document (its machine-readable zone writes "<", which is no letter and reads as empty).
 */
const notRecorded: ReadonlySet<string> = new Set([
  'unknown',
  'u',
  'not recorded',
  'tidak direkodkan',
  'tidak dicatat',
  'chưa ghi nhận',
  'not known',
  'unspecified',
  '0',
  '9',
  'x',
]);

/**
 * A sex as the persons' model compares it, from a value already lower-cased with its punctuation
 * spaced out: its first letter ("female" → "f"), or '' — compared as missing — when the value
 * says the sex was not recorded.
 */
export const sexCode = (value: string): string => (notRecorded.has(value) ? '' : value.slice(0, 1));
