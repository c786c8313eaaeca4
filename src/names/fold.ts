/**
 * Case and diacritic folding for matching. Tone and vowel marks go (NFD, then the combining
 * marks that follow Latin letters), đ/Đ — which has no decomposition — becomes d, and letters
 * such as ø or ß become their ASCII readings. Marks of Myanmar, Thai and Khmer script are kept:
 * there they are vowels, not accents. What the person wrote is kept elsewhere for display.
 */
const letterReadings: Readonly<Record<string, string>> = {
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
  ʼ: "'",
  '’': "'",
  '‘': "'",
  '`': "'",
};
const latinMarks = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

export function foldName(value: string): string {
  const lower = value.normalize('NFKC').toLowerCase();
  let out = '';
  for (const char of lower) out += letterReadings[char] ?? char;
  return out.normalize('NFD').replace(latinMarks, '').normalize('NFC');
}

export type Script = 'latin' | 'myanmar' | 'thai' | 'khmer' | 'other' | 'mixed' | 'none';

/** The script a name is written in; "mixed" when letters of more than one script appear. */
export function detectScript(value: string): Script {
  const seen = new Set<Script>();
  for (const char of value) {
    if (/\p{Script=Latin}/u.test(char)) seen.add('latin');
    else if (/\p{Script=Myanmar}/u.test(char)) seen.add('myanmar');
    else if (/\p{Script=Thai}/u.test(char)) seen.add('thai');
    else if (/\p{Script=Khmer}/u.test(char)) seen.add('khmer');
    else if (/\p{L}/u.test(char)) seen.add('other');
  }
  if (seen.size === 0) return 'none';
  if (seen.size > 1) return 'mixed';
  return [...seen][0] as Script;
}
