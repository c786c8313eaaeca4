import { foldName, matchTokens, type NameToken, normalizeName, spelledAlike } from '../../names/index.ts';

/**
 * A word of a summary or of a name: folded, and as the name matcher reads it — none for "binti"
 * alone, two for a word it reads as two joined (Sitirahmawati).
 */
interface Word {
  readonly folded: string;
  readonly tokens: readonly NameToken[];
}

const wordOf = (folded: string): Word => ({ folded, tokens: matchTokens(normalizeName(folded)) });

/**
 * A text's words, folded for case and accents. A run of single letters ("S i t i", "S.i.t.i") is
 * read as the word it spells: letters spaced out are the easiest way past a check of whole words.
 */
function foldedWords(text: string): string[] {
  const words: string[] = [];
  let letters = '';
  for (const word of foldName(text).match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) {
    if ([...word].length === 1) {
      letters += word;
      continue;
    }
    if (letters) words.push(letters);
    letters = '';
    words.push(word);
  }
  if (letters) words.push(letters);
  return words;
}

const noWord: Word = { folded: '', tokens: [] };

/** Equal as written, or read as the same name words one for one (a joined word is not its first part). */
function sameWord(a: Word, b: Word): boolean {
  if (a.folded === b.folded) return true;
  return (
    a.tokens.length > 0 &&
    a.tokens.length === b.tokens.length &&
    a.tokens.every((token, i) => spelledAlike(token, b.tokens[i] as NameToken))
  );
}

/** A name as the words to look for one after another, and as one word (spaced letters run together). */
interface SoughtName {
  readonly words: readonly Word[];
  readonly joined: Word;
}

/**
 * The names of a case's persons as a check of free text: whether a text holds one of them, as
 * whole words one after another, ignoring case and accents, in another spelling of the same name
 * (old Indonesian spellings, romanisations, known variants, a letter more or less in a long
 * name) or with its letters spaced out (src/names says which spellings are one name).
 */
export function nameFinder(names: readonly string[]): (text: string) => boolean {
  const sought: SoughtName[] = names
    .map((name) => foldedWords(name))
    .filter((words) => words.length > 0)
    .map((words) => ({ words: words.map(wordOf), joined: wordOf(words.join('')) }));
  return (text) => {
    const words = foldedWords(text).map(wordOf);
    return sought.some(
      (name) =>
        words.some((_, start) => name.words.every((word, i) => sameWord(word, words[start + i] ?? noWord))) ||
        (name.words.length > 1 && words.some((word) => sameWord(name.joined, word))),
    );
  };
}
