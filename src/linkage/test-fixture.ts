/**
 * The generated persons and model options the linkage's unit tests share (test code only).
 */
import { generateVariantSet } from '../../bench/support/se-asian-variants.ts';
import { personAnchor, personBlocking, personTraining } from './blocking-rules.ts';
import { personComparisons } from './comparisons.ts';
import type { LinkRecord } from './record.ts';

/** `count` persons recorded 2–4 times each by different agencies (the bench's generator, seed 5). */
export function generatedPersons(count: number): (LinkRecord & { truth: string })[] {
  return generateVariantSet(count, 5).map((r) => ({
    id: r.id,
    truth: r.cluster,
    name: r.name,
    birth: r.birth,
    nationality: r.nationality,
  }));
}

/** The persons' model as the product runs it, with a fixed seed. */
export const personOptions = {
  comparisons: personComparisons,
  blocking: personBlocking,
  training: personTraining,
  anchor: personAnchor,
  seed: 1,
};
