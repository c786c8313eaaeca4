import { levenshtein } from '../../linkage/record.ts';
import { foldName, matchTokens, normalizeName } from '../../names/index.ts';

/** Two words of a pair's names that are not the same name, as each side wrote it. */
export interface NameDifference {
  readonly a: string;
  readonly b: string;
  /** How many letters differ (insertions, deletions, substitutions); more than 3 reads as 4. */
  readonly letters: number;
  /** One side wrote the other's word as its initial (Văn / V.): not letters that differ. */
  readonly initial?: true;
}

interface Word {
  readonly written: string;
  readonly folded: string;
  /** The names the word holds: one, or more for names written as one word (Noorhaliza: nur, haliza). */
  readonly canonicals: readonly string[];
}

/**
 * The words of a name that say who someone is, as written: bin, binti and the like have no
 * canonical form, and titles (Puan, Haji, Dato' Seri) are those the whole name's reading drops —
 * a title read alone would be taken for a name.
 */
function wordsOf(name: string): Word[] {
  const titles = new Set(normalizeName(name).honorifics.flatMap((title) => title.split(' ')));
  return name.split(/\s+/).flatMap((written) => {
    const folded = foldName(written);
    if (titles.has(folded.replace(/[^\p{L}\p{N}]/gu, ''))) return [];
    const canonicals = matchTokens(normalizeName(written)).map((token) => token.canonical);
    return canonicals.length > 0 ? [{ written, folded, canonicals }] : [];
  });
}

/** A word's letters alone, as compared: Văn → van, V. → v. */
const lettersOf = (word: Word) => word.folded.replace(/[^\p{L}\p{N}]/gu, '');

/** Whether one of two words is a single letter that begins the other (V. of Văn, either way round). */
function isInitialOf(a: Word, b: Word): boolean {
  const [shorter, longer] = [lettersOf(a), lettersOf(b)].sort((x, y) => x.length - y.length);
  return shorter?.length === 1 && (longer?.length ?? 0) > 1 && longer?.startsWith(shorter) === true;
}

/** Whether every name a word holds is among those of the other side's words. */
function namedIn(side: readonly Word[]): (word: Word) => boolean {
  const names = new Set(side.flatMap((word) => word.canonicals));
  return (word) => word.canonicals.every((canonical) => names.has(canonical));
}

/** Where two names differ: words paired with their nearest, and the words left without one on either side. */
export interface NameDifferences {
  readonly differences: readonly NameDifference[];
  readonly onlyInA: readonly string[];
  readonly onlyInB: readonly string[];
}

/** The words of `a` and `b` not found in the other as the same name, each paired with its nearest. */
function differingWords(a: readonly Word[], b: readonly Word[]): NameDifferences {
  const inB = namedIn(b);
  const inA = namedIn(a);
  const left = a.filter((word) => !inB(word));
  const right = b.filter((word) => !inA(word));
  const differences: NameDifference[] = [];
  const onlyInA: string[] = [];
  for (const word of left) {
    let nearest: { index: number; letters: number } | undefined;
    right.forEach((other, index) => {
      const letters = levenshtein(word.folded, other.folded);
      if (!nearest || letters < nearest.letters) nearest = { index, letters };
    });
    if (!nearest) {
      onlyInA.push(word.written);
      continue;
    }
    const [other] = right.splice(nearest.index, 1);
    if (!other) continue;
    const difference = { a: word.written, b: other.written, letters: nearest.letters };
    differences.push(isInitialOf(word, other) ? { ...difference, initial: true } : difference);
  }
  return { differences, onlyInA, onlyInB: right.map((word) => word.written) };
}

/**
 * Where two persons' names differ, word against word: what a reviewer must see when the model
 * calls two names nearly the same (twins Nur Aina / Nur Aini: "Aina / Aini", one letter). Of each
 * side's names, the two closest are compared (fewest differing words, then fewest left
 * unpaired); words that are one name written another way (Mohd / Muhammad), or written joined
 * on one side and apart on the other (Noorhaliza / Nur Haliza), do not differ, nor do titles. A word
 * one side wrote and the other did not (a father's name, a second given name) is listed as only
 * in that side, never dropped. Nothing when a pair of names agrees word for word.
 */
export function nameDifferences(namesA: readonly string[], namesB: readonly string[]): NameDifferences {
  const none: NameDifferences = { differences: [], onlyInA: [], onlyInB: [] };
  const unpaired = (d: NameDifferences) => d.onlyInA.length + d.onlyInB.length;
  let best: NameDifferences | undefined;
  for (const nameA of namesA)
    for (const nameB of namesB) {
      const found = differingWords(wordsOf(nameA), wordsOf(nameB));
      const fewer =
        !best ||
        found.differences.length < best.differences.length ||
        (found.differences.length === best.differences.length && unpaired(found) < unpaired(best));
      if (fewer) best = found;
      if (best && best.differences.length === 0 && unpaired(best) === 0) return best;
    }
  return best ?? none;
}
