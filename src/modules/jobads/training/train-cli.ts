import { writeFileSync } from 'node:fs';
import { redFlagsVersion } from '../screening/red-flags.ts';
import { generateAdverts } from './generate.ts';
import { defaultTraining, trainModel } from './train.ts';

/**
 * `npm run train:jobads`: generates the training corpus (seeded, training phrases only), trains
 * the model and writes `src/modules/jobads/screening/model.json`. Deterministic: the same code
 * gives the same file.
 */
const perLanguage = 1600;
const seed = 20261201;
const adverts = generateAdverts({ perLanguage, seed, split: 'train' });
const started = performance.now();
const model = trainModel(adverts, defaultTraining);
// Named after the rules it was trained with: two retrains on one day differ, and the file is the
// same whatever the day (a saved screening's model version then says which rules shaped it).
const file = model.toFile({ adverts: adverts.length, seed }, `jobads-lr-${redFlagsVersion}`);
const target = new URL('../screening/model.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(file)}\n`);
console.log(
  `trained on ${adverts.length} adverts in ${Math.round(performance.now() - started)} ms; ` +
    `${file.ngrams.length} n-gram weights; flags ${JSON.stringify(file.flags)}`,
);
