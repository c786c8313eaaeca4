import type { Indicator, Strength, ThresholdCombination } from './instrument.schema.ts';

/** How many indicators of each strength (answered yes, or available) a dimension has. */
export type StrengthCounts = Readonly<Record<Strength, number>>;

/** Counts the given indicators by their strength in one profile; indicators not in it are skipped. */
export function strengthCounts(indicators: readonly Indicator[], profile: string): StrengthCounts {
  const counts = { strong: 0, medium: 0, weak: 0 };
  for (const indicator of indicators) {
    const strength = indicator.strengths[profile];
    if (strength) counts[strength] += 1;
  }
  return counts;
}

/**
 * Whether the counts meet one combination. Strengths are counted exactly (a strong answer does not
 * stand in for a medium one), except that `mediumOrWeak` takes whatever medium and weak answers the
 * `medium` and `weak` parts left over. Each answer is used once.
 */
export function meetsCombination(counts: StrengthCounts, combination: ThresholdCombination): boolean {
  const medium = combination.medium ?? 0;
  const weak = combination.weak ?? 0;
  return (
    counts.strong >= (combination.strong ?? 0) &&
    counts.medium >= medium &&
    counts.weak >= weak &&
    counts.medium - medium + (counts.weak - weak) >= (combination.mediumOrWeak ?? 0)
  );
}

/** The first listed combination the counts meet, or undefined. */
export function firstCombinationMet(
  counts: StrengthCounts,
  combinations: readonly ThresholdCombination[],
): ThresholdCombination | undefined {
  return combinations.find((combination) => meetsCombination(counts, combination));
}

/** Whether any listed combination is met. */
export function canBePresent(counts: StrengthCounts, combinations: readonly ThresholdCombination[]): boolean {
  return firstCombinationMet(counts, combinations) !== undefined;
}
