import { seededRandom } from '../../../shared/seeded-random.ts';
import { toUnicodeBurmese } from '../screening/burmese.ts';
import { advertFeatures, featureCount, flagOffset, type SparseVector } from '../screening/features.ts';
import { AdvertModel, sigmoid } from '../screening/model.ts';
import { firedFlags, normaliseAdvert, redFlags } from '../screening/red-flags.ts';
import type { LabelledAdvert } from './generate.ts';

/**
 * Logistic regression by stochastic gradient descent. The n-gram weights are pulled towards 0
 * (L2); the red flags' weights are pulled towards the weights the rules give them, not towards
 * 0 — the expert weights are the prior, and the generated corpus may only move them. That keeps
 * the rules in charge where the corpus says little, which is what carries to adverts unlike
 * the generated ones.
 */
export interface TrainingOptions {
  readonly epochs: number;
  readonly learningRate: number;
  readonly ngramL2: number;
  readonly flagPrior: number;
  readonly seed: number;
}

export const defaultTraining: TrainingOptions = {
  epochs: 8,
  learningRate: 0.3,
  ngramL2: 2e-3,
  flagPrior: 0.02,
  seed: 11,
};

export function vectorOf(text: string): SparseVector {
  const normalised = normaliseAdvert(toUnicodeBurmese(text).text);
  return advertFeatures(normalised, firedFlags(normalised));
}

export function trainModel(
  adverts: readonly LabelledAdvert[],
  options: TrainingOptions = defaultTraining,
): AdvertModel {
  const weights = new Float64Array(featureCount);
  const prior = new Float64Array(redFlags.length);
  redFlags.forEach((flag, position) => {
    prior[position] = flag.weight;
    weights[flagOffset + position] = flag.weight;
  });
  const model = new AdvertModel(-1, weights, {
    version: 'training',
    redFlagsVersion: '',
    trainedOn: { adverts: 0, seed: 0 },
  });
  const rows = adverts.map((advert) => ({ x: vectorOf(advert.text), y: advert.risky ? 1 : 0 }));
  const random = seededRandom(options.seed);
  const order = rows.map((_, i) => i);
  let bias = model.bias;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const rate = options.learningRate / (1 + epoch);
    for (const index of order) {
      const { x, y } = rows[index] as { x: SparseVector; y: number };
      let z = bias;
      for (const [k, v] of x) z += (weights[k] as number) * v;
      const gradient = sigmoid(z) - y;
      bias -= rate * gradient;
      for (const [k, v] of x) {
        const w = weights[k] as number;
        const pull =
          k >= flagOffset ? options.flagPrior * (w - (prior[k - flagOffset] as number)) : options.ngramL2 * w;
        weights[k] = w - rate * (gradient * v + pull);
      }
    }
  }
  return new AdvertModel(bias, weights, model.meta);
}
