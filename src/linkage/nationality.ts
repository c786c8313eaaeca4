import countries from 'i18n-iso-countries';
import englishNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { cleanField } from './field-text.ts';

/*
 * A nationality as agencies write it: an ISO 3166-1 code of two or three letters or three digits
 * (VN, VNM, 704), the country's name in a language of the region ("Vietnam", "Việt Nam", "Viet
 * Nam"), or the nationality's own word ("Vietnamese", "warganegara Malaysia", "WNI"). Compared as
 * written, one agency's "Vietnam" disagreed with another's "VN" for every person they both met.
 * Each is read as its lower-case two-letter code; a value read as none of them is compared as written.
 */

/**
 * The languages whose country names are read: those of the platform and of the countries whose
 * registers it links, and of the main countries of origin met there. The names are the Unicode
 * CLDR's (Intl.DisplayNames), as the platform's own screens show them.
 */
const nameLanguages = ['en', 'ms', 'id', 'vi', 'th', 'my', 'km', 'lo', 'fil', 'zh', 'bn', 'ne', 'hi', 'ur'];

/**
 * Nationality words that are not a country's name: English adjectives and nouns of nationality for
 * the region and the main countries of origin (the CIA World Factbook's "Nationality" entries),
 * Indonesia's "WNI" (warga negara Indonesia, an Indonesian citizen, on its forms) and "Lao PDR",
 * the Lao People's Democratic Republic as ASEAN's documents name it.
 */
const nationalityWords: ReadonlyMap<string, string> = new Map([
  ['malaysian', 'my'],
  ['indonesian', 'id'],
  ['wni', 'id'],
  ['vietnamese', 'vn'],
  ['burmese', 'mm'],
  ['myanma', 'mm'],
  ['cambodian', 'kh'],
  ['khmer', 'kh'],
  ['thai', 'th'],
  ['lao', 'la'],
  ['lao pdr', 'la'],
  ['laotian', 'la'],
  ['filipino', 'ph'],
  ['filipina', 'ph'],
  ['philippine', 'ph'],
  ['singaporean', 'sg'],
  ['bruneian', 'bn'],
  ['timorese', 'tl'],
  ['bangladeshi', 'bd'],
  ['nepali', 'np'],
  ['nepalese', 'np'],
  ['indian', 'in'],
  ['pakistani', 'pk'],
  ['sri lankan', 'lk'],
  ['chinese', 'cn'],
  ['north korean', 'kp'],
]);

/**
 * Words written around a nationality that say only that it is one: "citizen of (the)", "warganegara",
 * "warga negara", "rakyat", "orang" (Malay and Indonesian), "quốc tịch", "công dân", "người"
 * (Vietnamese). Left out before the rest is read again.
 */
const nationalityFrame = new Set([
  'citizen',
  'of',
  'the',
  'national',
  'nationality',
  'warganegara',
  'warga',
  'negara',
  'kewarganegaraan',
  'rakyat',
  'orang',
  'quốc',
  'tịch',
  'công',
  'dân',
  'người',
]);

let countryNames: Map<string, string> | undefined;

/** A name as the index holds it: read by `cleanField`, its spaces left out ("Viet Nam", "Vietnam"). */
const nameKey = (name: string): string => cleanField(name).replaceAll(' ', '');

/**
 * Every country's name to its two-letter code: the CLDR's name in every language read, and the
 * ISO 3166-1 English names with their other English forms (the i18n-iso-countries data), as
 * `nameKey` reads them.
 */
function countryByName(): Map<string, string> {
  if (countryNames) return countryNames;
  // Registered here, not when the module loads: the server starts without it, and a register
  // writing codes never needs the names.
  countries.registerLocale(englishNames);
  const names = new Map<string, string>();
  const add = (name: string, code: string) => {
    // "Myanmar (Burma)": the whole, and each part, is the country's name.
    for (const form of [name, ...name.split(/[()]/)]) {
      const key = nameKey(form);
      if (key && !names.has(key)) names.set(key, code.toLowerCase());
    }
  };
  for (const [code, english] of Object.entries(countries.getNames('en', { select: 'all' })))
    for (const name of english) add(name, code);
  const codes = Object.keys(countries.getAlpha2Codes());
  for (const language of nameLanguages) {
    const cldr = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    for (const code of codes) {
      const name = cldr.of(code);
      if (name) add(name, code);
    }
  }
  countryNames = names;
  return names;
}

/** The country a value names without a frame word, or undefined. */
function countryOf(value: string): string | undefined {
  if (/^[a-z]{2}$/.test(value)) return countries.isValid(value.toUpperCase()) ? value : undefined;
  if (/^[a-z]{3}$/.test(value)) {
    const code = countries.alpha3ToAlpha2(value.toUpperCase());
    if (code) return code.toLowerCase();
  }
  if (/^\d{3}$/.test(value)) return countries.numericToAlpha2(value)?.toLowerCase();
  return nationalityWords.get(value) ?? countryByName().get(value.replaceAll(' ', ''));
}

/**
 * A nationality as the persons' model compares it, from a value already read by `cleanField`: its
 * lower-case ISO 3166-1 alpha-2 code when the value is a code, a country's name or a nationality's
 * word, with or without the words around it; otherwise the value as written.
 */
export function nationalityCode(value: string): string {
  if (value === '') return value;
  const read = countryOf(value);
  if (read !== undefined) return read;
  const framed = value
    .split(' ')
    .filter((word) => !nationalityFrame.has(word))
    .join(' ');
  return (framed !== value && framed !== '' ? countryOf(framed) : undefined) ?? value;
}
