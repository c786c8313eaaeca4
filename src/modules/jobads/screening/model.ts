import { readFileSync } from 'node:fs';
import { featureCount, flagOffset, type SparseVector } from './features.ts';
import { redFlags, redFlagsVersion } from './red-flags.ts';

/**
 * The trained logistic regression, stored as JSON in the repository (`model.json`, written by
 * `npm run train:jobads`): the bias, the red flags' learned weights by id, and the non-zero
 * n-gram weights as [index, weight] pairs. Loaded once; nothing is fetched at run time.
 */
export interface ModelFile {
  readonly version: string;
  readonly redFlagsVersion: string;
  readonly trainedOn: { readonly adverts: number; readonly seed: number };
  readonly bias: number;
  readonly flags: Readonly<Record<string, number>>;
  readonly ngrams: readonly (readonly [number, number])[];
}

export class AdvertModel {
  readonly bias: number;
  readonly weights: Float64Array;
  readonly meta: Pick<ModelFile, 'version' | 'redFlagsVersion' | 'trainedOn'>;

  constructor(bias: number, weights: Float64Array, meta: AdvertModel['meta']) {
    this.bias = bias;
    this.weights = weights;
    this.meta = meta;
  }

  static fromFile(file: ModelFile): AdvertModel {
    const weights = new Float64Array(featureCount);
    for (const [index, weight] of file.ngrams) weights[index] = weight;
    redFlags.forEach((flag, position) => {
      weights[flagOffset + position] = file.flags[flag.id] ?? flag.weight;
    });
    return new AdvertModel(file.bias, weights, file);
  }

  toFile(trainedOn: ModelFile['trainedOn'], version: string): ModelFile {
    const ngrams: [number, number][] = [];
    for (let i = 0; i < flagOffset; i++) {
      const w = Math.round((this.weights[i] as number) * 1e4) / 1e4;
      if (w !== 0) ngrams.push([i, w]);
    }
    const flags = Object.fromEntries(
      redFlags.map((flag, position) => [
        flag.id,
        Math.round((this.weights[flagOffset + position] as number) * 1e4) / 1e4,
      ]),
    );
    return { version, redFlagsVersion, trainedOn, bias: Math.round(this.bias * 1e4) / 1e4, flags, ngrams };
  }

  /** The log-odds that the advert is risky. */
  logit(vector: SparseVector): number {
    let sum = this.bias;
    for (const [index, value] of vector) sum += (this.weights[index] ?? 0) * value;
    return sum;
  }
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

let loaded: AdvertModel | undefined;

/** The shipped model (read once from `model.json` beside this file). */
export function shippedModel(): AdvertModel {
  loaded ??= AdvertModel.fromFile(
    JSON.parse(readFileSync(new URL('./model.json', import.meta.url), 'utf8')) as ModelFile,
  );
  return loaded;
}
