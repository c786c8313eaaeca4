import { detectBurmeseEncoding } from '../../../names/index.ts';

/**
 * Zawgyi → Unicode for Burmese adverts, so that one set of Unicode patterns and one model read
 * both encodings. Zawgyi stores text in visual order (vowel sign E and medial RA before their
 * consonant) and reuses code points for other marks; the table maps those marks, then the marks
 * written before a consonant are moved after it, and the marks of each syllable are put in
 * Unicode's storage order. It covers what adverts use (medials, vowels, asat, kinzi, the common
 * stacked forms); a rare stacked form it does not know is left as the consonant it carries.
 */
const zawgyiMap: Readonly<Record<string, string>> = {
  '\u103b': '\u103c', // ya yit (medial RA)
  '\u107e': '\u103c',
  '\u107f': '\u103c',
  '\u1080': '\u103c',
  '\u1081': '\u103c',
  '\u1082': '\u103c',
  '\u1083': '\u103c',
  '\u1084': '\u103c',
  '\u103a': '\u103b', // ya pin (medial YA)
  '\u103c': '\u103d', // wa hswe
  '\u103d': '\u103e', // ha htoe
  '\u1087': '\u103e',
  '\u1088': '\u103e\u102f',
  '\u1089': '\u103e\u1030',
  '\u108a': '\u103d\u103e',
  '\u1039': '\u103a', // Zawgyi's visible killer is Unicode's asat
  '\u1033': '\u102f',
  '\u1034': '\u1030',
  '\u105a': '\u102b\u103a',
  '\u1094': '\u1037',
  '\u1095': '\u1037',
  '\u1064': '\u1004\u103a\u1039',
  '\u108b': '\u1004\u103a\u1039\u102d',
  '\u108c': '\u1004\u103a\u1039\u102e',
  '\u108d': '\u1004\u103a\u1039\u1036',
  '\u106a': '\u1009',
  '\u106b': '\u100a',
  '\u108f': '\u1014',
  '\u1090': '\u101b',
  '\u1086': '\u103f',
  '\u1091': '\u100f\u1039\u100d',
  '\u1092': '\u100b\u1039\u100c',
  '\u1097': '\u100b\u1039\u100b',
  '\u1060': '\u1039\u1000',
  '\u1061': '\u1039\u1001',
  '\u1062': '\u1039\u1002',
  '\u1063': '\u1039\u1003',
  '\u1065': '\u1039\u1005',
  '\u1066': '\u1039\u1006',
  '\u1067': '\u1039\u1006',
  '\u1068': '\u1039\u1007',
  '\u1069': '\u1039\u1008',
  '\u106c': '\u1039\u100b',
  '\u106d': '\u1039\u100c',
  '\u1070': '\u1039\u100f',
  '\u1071': '\u1039\u1010',
  '\u1072': '\u1039\u1010',
  '\u1073': '\u1039\u1011',
  '\u1074': '\u1039\u1011',
  '\u1075': '\u1039\u1012',
  '\u1076': '\u1039\u1013',
  '\u1077': '\u1039\u1014',
  '\u1078': '\u1039\u1015',
  '\u1079': '\u1039\u1016',
  '\u107a': '\u1039\u1017',
  '\u107b': '\u1039\u1018',
  '\u107c': '\u1039\u1019',
  '\u1085': '\u1039\u101c',
  '\u1093': '\u1039\u1018',
  '\u1096': '\u1039\u1010\u103d',
};

const consonant = /[\u1000-\u1021\u1023-\u102a\u103f\u104e]/u;
/** Unicode's storage order of the marks that follow a consonant (UTN #11): the asat after the vowels and dot below (ဒေါ်, ည့်), before the visarga. */
const markOrder =
  '\u1039\u103b\u103c\u103d\u103e\u1031\u102d\u102e\u102f\u1030\u1032\u102b\u102c\u1036\u1037\u103a\u1038';
const rank = (c: string) => markOrder.indexOf(c);

/** Puts marks written before a consonant (Zawgyi's visual order) after it, in storage order. */
function reorder(text: string): string {
  const chars = [...text];
  const out: string[] = [];
  let pending: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if ((c === '\u1031' || c === '\u103c') && i + 1 < chars.length) {
      pending.push(c);
      continue;
    }
    if (consonant.test(c)) {
      const cluster: string[] = [c];
      let j = i + 1;
      // A stacked consonant (U+1039 + consonant) and an asat-kinzi belong to this cluster too.
      // Vowel sign E and medial RA start the next syllable in visual order, so they end this one.
      const follows = (k: number) =>
        chars[k] !== '\u1031' &&
        chars[k] !== '\u103c' &&
        (rank(chars[k] as string) >= 0 || (chars[k - 1] === '\u1039' && consonant.test(chars[k] as string)));
      while (j < chars.length && follows(j)) {
        cluster.push(chars[j] as string);
        j++;
      }
      const [head, ...rest] = cluster;
      const marks = [...pending, ...rest];
      const stacked: string[] = [];
      const plain: string[] = [];
      for (let k = 0; k < marks.length; k++) {
        if (marks[k] === '\u1039' && k + 1 < marks.length && consonant.test(marks[k + 1] as string)) {
          stacked.push('\u1039', marks[k + 1] as string);
          k++;
        } else {
          plain.push(marks[k] as string);
        }
      }
      plain.sort((a, b) => rank(a) - rank(b));
      out.push(head as string, ...stacked, ...plain);
      pending = [];
      i = j - 1;
      continue;
    }
    out.push(...pending, c);
    pending = [];
  }
  out.push(...pending);
  return out.join('');
}

/** Unicode text from Zawgyi text; Unicode (or non-Burmese) text is returned as it is. */
export function toUnicodeBurmese(text: string): { text: string; encoding: 'zawgyi' | 'unicode' | undefined } {
  const encoding = detectBurmeseEncoding(text);
  if (encoding !== 'zawgyi') return { text, encoding };
  const mapped = [...text].map((c) => zawgyiMap[c] ?? c).join('');
  return { text: reorder(mapped).normalize('NFC'), encoding };
}

const zawgyiStacked = new Map(
  Object.entries(zawgyiMap)
    .filter(([, unicode]) => unicode.length === 2 && unicode.startsWith('\u1039'))
    .map(([zawgyi, unicode]) => [unicode.slice(1), zawgyi] as const)
    .reverse(),
);

const unicodeToZawgyiMap: Readonly<Record<string, string>> = {
  '\u103b': '\u103a',
  '\u103d': '\u103c',
  '\u103e': '\u103d',
};

/**
 * Zawgyi text from Unicode text, for the training and evaluation generators: adverts in Myanmar
 * still circulate in Zawgyi, so the corpus holds both. Kinzi and stacked consonants keep their
 * Unicode form (the detector and converter accept both).
 */
export function toZawgyiBurmese(text: string): string {
  const chars = [...text.replaceAll('\u1004\u103a\u1039', '\u1064')];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (c === '\u1039' && consonant.test(chars[i + 1] ?? '')) {
      out.push(zawgyiStacked.get(chars[i + 1] as string) ?? `${c}${chars[i + 1]}`);
      i++;
      continue;
    }
    if (consonant.test(c)) {
      let j = i + 1;
      const marks: string[] = [];
      while (j < chars.length && rank(chars[j] as string) >= 0 && chars[j] !== '\u1039') {
        marks.push(chars[j] as string);
        j++;
      }
      const before: string[] = [];
      if (marks.includes('\u1031')) before.push('\u1031');
      if (marks.includes('\u103c')) before.push('\u103b');
      const after = marks
        .filter((m) => m !== '\u1031' && m !== '\u103c')
        .map((m) => (m === '\u103a' ? '\u1039' : (unicodeToZawgyiMap[m] ?? m)));
      out.push(...before, c, ...after);
      i = j - 1;
      continue;
    }
    out.push(c);
  }
  return out.join('');
}
