import type { TFunction } from 'i18next';
import type { Evidence } from './types.ts';

/**
 * What the reasons table says of a field's weight: bits for or against the match; for a level
 * that weighs nothing itself, the field whose weight counts it (the father's name agreeing is
 * counted in the whole name's: decision 0112); otherwise no evidence.
 */
export function evidenceWeightText(
  evidence: Evidence,
  t: TFunction,
  number: (value: number) => string,
): string {
  if (evidence.weight > 0) return t('linkage.for', { bits: number(evidence.weight) });
  if (evidence.weight < 0) return t('linkage.against', { bits: number(-evidence.weight) });
  if (evidence.countedIn) return t('linkage.countedIn', { field: t(`linkage.field.${evidence.countedIn}`) });
  return t('linkage.noEvidence');
}
