import { levenshtein } from '../../linkage/record.ts';
import { foldName, matchTokens, normalizeName } from '../../names/index.ts';

/** Two words of a pair's names that are not the same name, as each side wrote it. */
export interface NameDifference {
  readonly a: string;
  readonly b: string;
  /** How many letters differ (insertions, deletions, substitutions); more than 3 reads as 4. */
  readonly letters: number;
}

interface Word {
  readonly written: string;
  readonly folded: string;
  readonly canonical: string;
}

/** The words of a name that say who someone is, as written: bin, binti, Haji and the like have no canonical form. */
function wordsOf(name: string): Word[] {
  return name.split(/\s+/).flatMap((written) => {
    const [token] = matchTokens(normalizeName(written));
    return token ? [{ written, folded: foldName(written), canonical: token.canonical }] : [];
  });
}

/** The words of `a` and `b` not found in the other as the same name, each paired with its nearest. */
function differingWords(a: readonly Word[], b: readonly Word[]): NameDifference[] {
  const left = a.filter((word) => !b.some((other) => other.canonical === word.canonical));
  const right = b.filter((word) => !a.some((other) => other.canonical === word.canonical));
  const differences: NameDifference[] = [];
  for (const word of left) {
    let nearest: { index: number; letters: number } | undefined;
    right.forEach((other, index) => {
      const letters = levenshtein(word.folded, other.folded);
      if (!nearest || letters < nearest.letters) nearest = { index, letters };
    });
    if (!nearest) break;
    const [other] = right.splice(nearest.index, 1);
    if (other) differences.push({ a: word.written, b: other.written, letters: nearest.letters });
  }
  return differences;
}

/**
 * Where two persons' names differ, word against word: what a reviewer must see when the model
 * calls two names nearly the same (twins Nur Aina / Nur Aini: "Aina / Aini", one letter). Of each
 * side's names, the two closest are compared (fewest differing words); words that are one name
 * written another way (Mohd / Muhammad) do not differ. Empty when a pair of names agrees word for word.
 */
export function nameDifferences(namesA: readonly string[], namesB: readonly string[]): NameDifference[] {
  let best: NameDifference[] | undefined;
  for (const nameA of namesA)
    for (const nameB of namesB) {
      const differences = differingWords(wordsOf(nameA), wordsOf(nameB));
      if (!best || differences.length < best.length) best = differences;
      if (best.length === 0) return best;
    }
  return best ?? [];
}
