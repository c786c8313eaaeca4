/**
 * Whether a name written in Burmese, Thai or Khmer script meets the Latin spelling of the same
 * name (issue 8): for each name of the SE-Asian generator's pools in its script
 * (support/se-asian-scripts.ts), a search in Latin compared with the script name as src/names does
 * (our romanisers), and, as the baseline in the same run, the same comparison with the script
 * name read letter by letter by any-ascii. A pair counts as found at a search score of 0.85 or more
 * on a word that says who someone is.
 *
 * Then Latin spellings of one Thai or Burmese name (support/romanisation-variants.ts): a pair of
 * spellings is met at a pair score of 0.9 or more and found by a search; pairs of different names
 * alike in letters must not be met. The baseline is the generic name comparison's first fuzzy
 * level, Jaro–Winkler above 0.92 on the folded names (Splink's NameComparison).
 *
 *   npm run bench:name-scripts
 */
import { loadavg } from 'node:os';
import anyAscii from 'any-ascii';
import { compareNames, foldName, jaroWinkler, normalizeName } from '../src/names/index.ts';
import { differentNames, sameNameSpellings } from './support/romanisation-variants.ts';
import { scriptSpellings } from './support/se-asian-scripts.ts';

const found = (latin: string, other: string): boolean => {
  const comparison = compareNames(normalizeName(latin), normalizeName(other), 'search');
  return comparison.score >= 0.85 && comparison.meaningful;
};

const groupOf = (script: string) =>
  /[\u0e00-\u0e7f]/u.test(script) ? 'Thai' : /[\u1780-\u17ff]/u.test(script) ? 'Khmer' : 'Burmese';

console.log(
  `load average before: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(
  '\n| script | names | found (ours) | found (any-ascii letter by letter) | still missed (ours: reading) |',
);
console.log('|---|---|---|---|---|');
for (const group of ['Burmese', 'Thai', 'Khmer']) {
  const pairs = scriptSpellings.filter(([script]) => groupOf(script) === group);
  const ours = pairs.filter(([script, latin]) => found(latin, script));
  const baseline = pairs.filter(([script, latin]) => found(latin, anyAscii(script)));
  const missed = pairs
    .filter((pair) => !ours.includes(pair))
    .map(([script, latin]) => `${latin}: ${normalizeName(script).latin?.display ?? '—'}`);
  console.log(`| ${group} | ${pairs.length} | ${ours.length} | ${baseline.length} | ${missed.join('; ')} |`);
}
/** Two Latin spellings are the same name to the matcher: a strong pair score, and a search finds one from the other. */
const met = (a: string, b: string): boolean =>
  compareNames(normalizeName(a), normalizeName(b)).score >= 0.9 && found(a, b);
const baselineMet = (a: string, b: string): boolean => jaroWinkler(foldName(a), foldName(b)) > 0.92;

const spellingPairs = sameNameSpellings.flatMap((spellings) =>
  spellings.flatMap((a) => spellings.filter((b) => b !== a).map((b) => [a, b] as const)),
);
const missedSpellings = spellingPairs.filter(([a, b]) => !met(a, b)).map(([a, b]) => `${a} / ${b}`);
const wronglyMet = differentNames.filter(([a, b]) => met(a, b) || met(b, a)).map(([a, b]) => `${a} / ${b}`);
console.log(
  '\n| Latin spellings | pairs | met (ours) | met (Jaro–Winkler > 0.92) | ours missed or wrongly met |',
);
console.log('|---|---|---|---|---|');
console.log(
  `| same name | ${spellingPairs.length} | ${spellingPairs.length - missedSpellings.length} | ${
    spellingPairs.filter(([a, b]) => baselineMet(a, b)).length
  } | ${missedSpellings.join('; ')} |`,
);
console.log(
  `| different names | ${differentNames.length} | ${wronglyMet.length} | ${
    differentNames.filter(([a, b]) => baselineMet(a, b)).length
  } | ${wronglyMet.join('; ')} |`,
);

console.log(
  `\nload average after: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
