/**
 * How a written name goes wrong on its way into an agency's system, independent of the name's
 * group: keyboard slips, OCR confusions on scanned documents, Vietnamese marks lost, decomposed (NFD)
 * or read in the wrong encoding, and Burmese script typed in the Zawgyi legacy encoding.
 */
import type { Draw } from './holdout4-random.ts';

/** Keys next to each other on a QWERTY keyboard (the layout every agency in the region uses). */
const rows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function neighbours(letter: string): string {
  const lower = letter.toLowerCase();
  const row = rows.findIndex((r) => r.includes(lower));
  if (row === -1) return '';
  const at = (rows[row] as string).indexOf(lower);
  const near = [rows[row]?.[at - 1], rows[row]?.[at + 1], rows[row - 1]?.[at], rows[row + 1]?.[at]];
  return near.filter((c): c is string => c !== undefined).join('');
}

const matchCase = (model: string, letter: string) =>
  model === model.toUpperCase() ? letter.toUpperCase() : letter.toLowerCase();

/** One keyboard slip inside a word of two letters or more: a neighbour key, a letter lost, doubled or two swapped. */
export function keyboardSlip(draw: Draw, text: string): string {
  const letters = [...text];
  const positions = letters.flatMap((c, i) => (/\p{L}/u.test(c) && i > 0 ? [i] : []));
  if (positions.length === 0) return text;
  const i = draw.pick(positions);
  const letter = letters[i] as string;
  switch (draw.weighted({ neighbour: 45, lost: 25, doubled: 15, swapped: 15 })) {
    case 'neighbour': {
      const near = neighbours(letter);
      if (near) letters[i] = matchCase(letter, draw.pick([...near]));
      break;
    }
    case 'lost':
      letters.splice(i, 1);
      break;
    case 'doubled':
      letters.splice(i, 0, letter);
      break;
    case 'swapped': {
      const next = letters[i + 1];
      if (next !== undefined && /\p{L}/u.test(next)) [letters[i], letters[i + 1]] = [next, letter];
      break;
    }
  }
  return letters.join('');
}

/** What OCR of a passport page or a scanned form reads wrong (capitals and small letters). */
const ocrConfusions: readonly [string, string][] = [
  ['rn', 'm'],
  ['m', 'rn'],
  ['cl', 'd'],
  ['d', 'cl'],
  ['h', 'b'],
  ['e', 'c'],
  ['i', 'l'],
  ['l', 'I'],
  ['O', '0'],
  ['I', '1'],
  ['S', '5'],
  ['B', '8'],
  ['H', 'N'],
  ['U', 'V'],
  ['E', 'F'],
  ['Q', 'O'],
  ['G', 'C'],
];

/** One OCR confusion, if the text holds something OCR confuses. */
export function ocrMisread(draw: Draw, text: string): string {
  const possible = ocrConfusions.filter(([from]) => text.includes(from));
  if (possible.length === 0) return text;
  const [from, to] = draw.pick(possible);
  const places: number[] = [];
  for (let i = text.indexOf(from); i !== -1; i = text.indexOf(from, i + 1)) places.push(i);
  const at = draw.pick(places);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Vietnamese without its marks, as an ASCII-only form or a passport's MRZ writes it (đ → d). */
export function withoutMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Tone marks dropped but vowel shapes and đ kept: what a half-configured keyboard gives. */
export function withoutTones(text: string): string {
  // Grave, acute, hook above, tilde, dot below are the five tone marks; circumflex, breve and horn stay.
  return text
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0309\u0303\u0323]/g, '')
    .normalize('NFC');
}

/** UTF-8 bytes read as Windows-1252 (the usual mojibake of a Vietnamese name through an old export). */
export function mojibake(text: string): string {
  const cp1252: Record<number, string> = {
    128: '€',
    130: '‚',
    131: 'ƒ',
    132: '„',
    133: '…',
    134: '†',
    135: '‡',
    136: 'ˆ',
    137: '‰',
    138: 'Š',
    139: '‹',
    140: 'Œ',
    142: 'Ž',
    145: '‘',
    146: '’',
    147: '“',
    148: '”',
    149: '•',
    150: '–',
    151: '—',
    152: '˜',
    153: '™',
    154: 'š',
    155: '›',
    156: 'œ',
    158: 'ž',
    159: 'Ÿ',
  };
  return [...Buffer.from(text.normalize('NFC'), 'utf8')]
    .map((byte) => cp1252[byte] ?? String.fromCharCode(byte))
    .join('');
}

/** Đ typed as the look-alike Icelandic Eth (U+00D0), as happens when the form has no Vietnamese keyboard. */
export function ethForDyet(text: string): string {
  return text.replace(/Đ/g, 'Ð');
}

/**
 * Burmese Unicode to Zawgyi, for the letters of the name syllables in this set: Zawgyi puts the
 * vowel sign E (U+1031) and medial ra before the consonant, and numbers the signs one lower
 * (asat U+103A → U+1039, medial ya U+103B → U+103A, ra U+103C → U+103B, wa → U+103C, ha → U+103D).
 */
export function toZawgyi(unicode: string): string {
  const shifted: Record<string, string> = {
    '\u103a': '\u1039',
    '\u103b': '\u103a',
    '\u103d': '\u103c',
    '\u103e': '\u103d',
  };
  let out = '';
  // A syllable here starts at a consonant or independent vowel (U+1000–U+102A, U+1026 ဦ).
  for (const syllable of unicode.match(/[\u1000-\u102a][\u102b-\u103f]*|[^\u1000-\u102a]+/gu) ?? []) {
    const head = syllable[0] as string;
    const rest = [...syllable.slice(1)];
    const before = (rest.includes('\u1031') ? '\u1031' : '') + (rest.includes('\u103c') ? '\u103b' : '');
    const after = rest
      .filter((c) => c !== '\u1031' && c !== '\u103c')
      .map((c) => shifted[c] ?? c)
      .join('');
    out += head === '\u1026' ? `\u1025\u102e${after}` : before + head + after;
  }
  return out;
}

/** Words run together ("Kyaw Zin" → "Kyawzin"), as some forms with one name box get them. */
export function joined(words: readonly string[]): string {
  return words.map((w, i) => (i === 0 ? w : w.toLowerCase())).join('');
}

export const titleCase = (text: string) =>
  text
    .toLowerCase()
    .replace(/(^|[\s\-'/.(])(\p{L})/gu, (_, before: string, c: string) => before + c.toUpperCase());
