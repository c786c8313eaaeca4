/**
 * Whether a name written in Burmese, Thai or Khmer script meets the Latin spelling of the same
 * name (issue 8): for each name of the SE-Asian generator's pools in its script
 * (support/se-asian-scripts.ts), a search in Latin compared with the script name as src/names does
 * (our romanisers), and, as the baseline in the same run, the same comparison with the script
 * name read letter by letter by any-ascii. A pair counts as found at a search score of 0.85 or more
 * on a word that says who someone is.
 *
 *   npm run bench:name-scripts
 */
import { loadavg } from 'node:os';
import anyAscii from 'any-ascii';
import { compareNames, normalizeName } from '../src/names/index.ts';
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
console.log(
  `\nload average after: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
