/*
 * Titles and honorifics peeled off the front of a name (Haji, Datuk, Daw, ဦး U…), as long as a
 * name of the person's own remains after them.
 */
import { burmeseSyllablesOf } from './romanise/burmese.ts';
import {
  alsoVietnameseNames,
  burmeseHonorifics,
  burmeseScriptHonorifics,
  hereditaryTitles,
  honorifics,
  thaiScriptHonorifics,
} from './rules/honorifics.ts';
import { patronymicMarkers } from './rules/patronymics.ts';
import { vietnameseFamilyNames } from './rules/vietnamese.ts';
import { canonicalOf } from './tokens.ts';

const multiWordHonorifics = honorifics.filter((h) => h.includes(' ')).map((h) => h.split(' '));
const singleHonorifics = new Set(honorifics.filter((h) => !h.includes(' ')).map((h) => h.replace(/\.$/, '')));
const titles = new Set(hereditaryTitles);
const burmeseTitles = new Set(burmeseHonorifics);

/**
 * Whether a name of the person's own follows the first `n` tokens: a token that is no patronymic
 * marker ("Wan bin Ahmad": after Wan comes only the father's name, so Wan is the given name).
 */
const ownNameAfter = (tokens: readonly string[], n: number): boolean =>
  tokens.length > n && patronymicMarkers[tokens[n] as string] === undefined;

/**
 * Peels titles off the front while a name of the person's own remains after them: a title word
 * that is the whole given name (Wan, Nik, Che, Awang, Haji in "Wan bin Ahmad", "Nik binti Hassan")
 * is the name, as it is when written alone.
 */
export function peelTitles(tokens: string[], looksBurmese: boolean): { titles: string[]; rest: string[] } {
  const peeled: string[] = [];
  let rest = tokens;
  for (;;) {
    if (!ownNameAfter(rest, 1)) break;
    const multi = multiWordHonorifics.find(
      (words) =>
        ownNameAfter(rest, words.length) && words.every((w, i) => rest[i]?.replace(/[.']$/, '') === w),
    );
    if (multi) {
      peeled.push(multi.join(' '));
      rest = rest.slice(multi.length);
      continue;
    }
    const head = (rest[0] as string).replace(/[.']+$/, '');
    // A doubled word is a name, not a title twice (Maung Maung, Mg Mg, Ko Ko), as in Myanmar script.
    if (canonicalOf(head) === canonicalOf(rest[1] as string)) break;
    // Tuan Nguyen is Tuấn Nguyễn, not Mr Nguyen.
    if (alsoVietnameseNames.has(head) && rest.some((t) => vietnameseFamilyNames.has(canonicalOf(t)))) break;
    if (singleHonorifics.has(head) || titles.has(head) || (looksBurmese && burmeseTitles.has(head))) {
      peeled.push(head);
      rest = rest.slice(1);
      continue;
    }
    break;
  }
  return { titles: peeled, rest };
}

/**
 * Peels Burmese honorifics written in Myanmar script (ဦး U, ဒေါ် Daw, မ Ma…) off the front of a
 * folded name, whole syllables only (မြ Mya is not မ Ma), while more of a name follows them: the
 * script has no spaces between a name's syllables, so this cannot be done on words as in Latin.
 */
export function peelBurmeseScriptTitles(folded: string): { titles: string[]; rest: string } {
  const titles: string[] = [];
  let rest = folded;
  for (;;) {
    const word = /^[\u1000-\u109f]+/u.exec(rest)?.[0];
    if (word === undefined) break;
    const parts = burmeseSyllablesOf(word);
    // Marks before the first consonant: not well-formed, left as written.
    if (parts.join('') !== word) break;
    const size = [3, 2, 1].find(
      (n) => n <= parts.length && burmeseScriptHonorifics[parts.slice(0, n).join('')] !== undefined,
    );
    if (size === undefined) break;
    const head = parts.slice(0, size).join('');
    const after = rest.slice(head.length).replace(/^[\s,.\u104a\u104b]+/u, '');
    const next = burmeseSyllablesOf(/^[\u1000-\u109f]*/u.exec(after)?.[0] ?? '')
      .slice(0, size)
      .join('');
    // A doubled syllable is a name (ကိုကို Ko Ko, မမ Ma Ma, မောင်မောင် Maung Maung), as in Latin.
    if (!/\p{L}/u.test(after) || next === head) break;
    titles.push(burmeseScriptHonorifics[head] as string);
    rest = after;
  }
  return { titles, rest };
}

const thaiTitlesLongestFirst = Object.keys(thaiScriptHonorifics).sort((a, b) => b.length - a.length);

/**
 * Peels a Thai title written in Thai script (นาย Nai, นาง Nang, นางสาว Nangsao, เด็กหญิง…) off the
 * front of a folded name, joined to the name as Thai writes it or apart, when a name follows it:
 * a Thai consonant or leading vowel and another letter (นายิกา is a name, not นาย + ิกา).
 */
export function peelThaiScriptTitles(folded: string): { titles: string[]; rest: string } {
  // Every title begins with a Thai letter: most names are told apart by their first character.
  const first = folded.charCodeAt(0);
  if (first < 0x0e00 || first > 0x0e7f) return { titles: [], rest: folded };
  const title = thaiTitlesLongestFirst.find((t) => folded.startsWith(t));
  if (title === undefined) return { titles: [], rest: folded };
  const after = folded.slice(title.length).replace(/^\s+/u, '');
  if (!/^[\u0e01-\u0e2e\u0e40-\u0e44][\u0e01-\u0e4e]/u.test(after)) return { titles: [], rest: folded };
  return { titles: [thaiScriptHonorifics[title] as string], rest: after };
}
