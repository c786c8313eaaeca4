/**
 * Writes the reference parameters of the persons' linkage model (src/modules/linkage/person-parameters.json):
 * m, u and the match prior learnt without labels (EM, random pairs) on 4,000 generated Southeast
 * Asian persons recorded 2–4 times each, a fifth of the dates known only by year a year off. An agency's review queue is scored with them until it
 * holds enough persons to learn its own (decision 0029). Run: `npx node bench/linkage/person-parameters.ts`.
 */
import { writeFileSync } from 'node:fs';
import {
  linkRecords,
  personAnchor,
  personBlocking,
  personComparisons,
  personTraining,
} from '../../src/linkage/index.ts';
import { generateVariantSet } from '../support/se-asian-variants.ts';

// A fifth of the dates known only by year a year off: ages are estimated, and often misstated by a
// year (decision 0084), so that EM learns what a year apart weighs when one side knows only the year.
const records = generateVariantSet(4000, 29, 0, 0.2).map((r) => ({
  id: r.id,
  name: r.name,
  birth: r.birth,
  nationality: r.nationality,
}));
const { model } = linkRecords(records, {
  comparisons: personComparisons,
  blocking: personBlocking,
  training: personTraining,
  anchor: personAnchor,
  seed: 29,
});
const round = (row: readonly number[]) => row.map((x) => Number(x.toPrecision(6)));
const parameters = {
  learntOn:
    'bench/support/se-asian-variants.ts, 4000 persons, seed 29, a fifth of year-only dates a year off',
  recordCount: model.recordCount,
  prior: Number(model.prior.toPrecision(6)),
  fields: model.comparisons.map((c) => c.field),
  m: model.m.map(round),
  u: model.u.map(round),
  uWithin: (model.uWithin ?? model.u).map(round),
};
writeFileSync(
  new URL('../../src/modules/linkage/person-parameters.json', import.meta.url),
  `${JSON.stringify(parameters, null, 2)}\n`,
);
console.log(parameters);
