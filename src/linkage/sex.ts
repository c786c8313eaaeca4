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
 * Female and male as the region's registers write them, each read as the English word's first
 * letter, so that an agency writing "Perempuan" or "Nữ" agrees with one writing "F" — read by their
 * own first letters, "p" and "n", every such record disagreed with the same person's other
 * records. Where each comes from:
 * - "1", "2": ISO/IEC 5218's codes for male and female.
 * - "lelaki", "perempuan" and the forms' "l", "p": Malaysia's identity card (MyKad) and Malay forms.
 * - "laki laki" (laki-laki with its hyphen spaced out), "pria", "wanita": Indonesia's identity card
 *   (KTP, jenis kelamin) and everyday Indonesian; "perempuan" as in Malay.
 * - "nam", "nữ" ("nu" without its mark): Vietnam's citizen identity card (giới tính).
 * - "ชาย", "หญิง": Thai; "ကျား", "မ": Burmese; "ប្រុស", "ស្រី": Khmer — the words on those countries'
 *   identity documents.
 */
const sexWords: ReadonlyMap<string, string> = new Map([
  ['1', 'm'],
  ['2', 'f'],
  ['lelaki', 'm'],
  ['l', 'm'],
  ['laki laki', 'm'],
  ['laki', 'm'],
  ['pria', 'm'],
  ['perempuan', 'f'],
  ['p', 'f'],
  ['wanita', 'f'],
  ['nam', 'm'],
  ['nữ', 'f'],
  ['nu', 'f'],
  ['ชาย', 'm'],
  ['หญิง', 'f'],
  ['ကျား', 'm'],
  ['မ', 'f'],
  ['ប្រុស', 'm'],
  ['ស្រី', 'f'],
]);

/**
 * A sex as the persons' model compares it, from a value already lower-cased with its punctuation
 * spaced out: '' — compared as missing — when the value says the sex was not recorded; the English
 * word's first letter for a word of the region's registers (`sexWords`); otherwise its own first
 * letter ("female" → "f", "M" → "m").
 */
export const sexCode = (value: string): string =>
  notRecorded.has(value) ? '' : (sexWords.get(value) ?? value.slice(0, 1));
