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

/** Where two names differ: words paired with their nearest, and the words left without one on either side. */
export interface NameDifferences {
  readonly differences: readonly NameDifference[];
  readonly onlyInA: readonly string[];
  readonly onlyInB: readonly string[];
}

/** The words of `a` and `b` not found in the other as the same name, each paired with its nearest. */
function differingWords(a: readonly Word[], b: readonly Word[]): NameDifferences {
  const left = a.filter((word) => !b.some((other) => other.canonical === word.canonical));
  const right = b.filter((word) => !a.some((other) => other.canonical === word.canonical));
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
    if (other) differences.push({ a: word.written, b: other.written, letters: nearest.letters });
  }
  return { differences, onlyInA, onlyInB: right.map((word) => word.written) };
}

/**
 * Where two persons' names differ, word against word: what a reviewer must see when the model
 * calls two names nearly the same (twins Nur Aina / Nur Aini: "Aina / Aini", one letter). Of each
 * side's names, the two closest are compared (fewest differing words, then fewest left
 * unpaired); words that are one name written another way (Mohd / Muhammad) do not differ. A word
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
