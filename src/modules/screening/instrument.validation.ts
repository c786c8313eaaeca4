import type { FieldProblem } from '../../shared/errors.ts';
import { type ScreeningInstrument, screeningInstrumentSchema } from './instrument.schema.ts';
import { InvalidInstrumentError } from './screening.errors.ts';
import { canBePresent, strengthCounts } from './threshold.ts';

/**
 * Parses an instrument and checks that its parts fit together. Throws `InvalidInstrumentError`
 * listing every problem; returns the parsed instrument, safe to hand to `assessScreening`.
 */
export function validateInstrument(input: unknown): ScreeningInstrument {
  const parsed = screeningInstrumentSchema.safeParse(input);
  if (!parsed.success) {
    throw new InvalidInstrumentError(
      parsed.error.issues.map((issue) => ({
        field: issue.path.join('.') || 'instrument',
        message: issue.message,
      })),
    );
  }
  const problems = findInstrumentProblems(parsed.data);
  if (problems.length > 0) throw new InvalidInstrumentError(problems);
  return parsed.data;
}

/**
 * The cross-reference checks the schema alone cannot make: unique codes, references to stages,
 * dimensions and profiles that exist, every profile covering every dimension, and every dimension
 * reachable by at least one threshold combination in every profile.
 */
export function findInstrumentProblems(instrument: ScreeningInstrument): FieldProblem[] {
  const stages = new Set(instrument.stages.map((stage) => stage.code));
  const dimensions = new Map(instrument.dimensions.map((dimension) => [dimension.code, dimension]));
  const profiles = new Set(instrument.profiles.map((profile) => profile.code));
  const problems: FieldProblem[] = [
    ...duplicates(
      instrument.stages.map((stage) => stage.code),
      'stages',
      'code',
    ),
    ...duplicates(
      instrument.dimensions.map((dimension) => dimension.code),
      'dimensions',
      'code',
    ),
    ...duplicates(
      instrument.profiles.map((profile) => profile.code),
      'profiles',
      'code',
    ),
    ...duplicates(
      instrument.indicators.map((indicator) => indicator.id),
      'indicators',
      'id',
    ),
  ];

  instrument.dimensions.forEach((dimension, i) => {
    if (!stages.has(dimension.stage)) {
      problems.push({ field: `dimensions.${i}.stage`, message: `${dimension.stage} is not a stage` });
    }
  });

  instrument.indicators.forEach((indicator, i) => {
    if (!dimensions.has(indicator.dimension)) {
      problems.push({
        field: `indicators.${i}.dimension`,
        message: `${indicator.dimension} is not a dimension`,
      });
    }
    const listedIn = Object.keys(indicator.strengths);
    if (listedIn.length === 0) {
      problems.push({
        field: `indicators.${i}.strengths`,
        message: `${indicator.id} is in no profile's list`,
      });
    }
    for (const profile of listedIn.filter((code) => !profiles.has(code))) {
      problems.push({
        field: `indicators.${i}.strengths.${profile}`,
        message: `${profile} is not a profile`,
      });
    }
  });

  problems.push(...thresholdProblems(instrument), ...profileRuleProblems(instrument, stages, dimensions));
  problems.push(...coverageProblems(instrument));
  return problems;
}

function duplicates(codes: readonly string[], list: string, key: string): FieldProblem[] {
  const seen = new Set<string>();
  return codes.flatMap((code, i) => {
    if (!seen.has(code)) {
      seen.add(code);
      return [];
    }
    return [{ field: `${list}.${i}.${key}`, message: `${code} is used more than once` }];
  });
}

function thresholdProblems(instrument: ScreeningInstrument): FieldProblem[] {
  const dimensions = new Set(instrument.dimensions.map((dimension) => dimension.code));
  const thresholds = instrument.decisionRule.thresholds.map((threshold) => threshold.dimension);
  const problems = duplicates(thresholds, 'decisionRule.thresholds', 'dimension');
  thresholds.forEach((dimension, i) => {
    if (!dimensions.has(dimension)) {
      problems.push({
        field: `decisionRule.thresholds.${i}.dimension`,
        message: `${dimension} is not a dimension`,
      });
    }
  });
  for (const dimension of dimensions) {
    if (!thresholds.includes(dimension)) {
      problems.push({
        field: 'decisionRule.thresholds',
        message: `has no thresholds for dimension ${dimension}`,
      });
    }
  }
  return problems;
}

function profileRuleProblems(
  instrument: ScreeningInstrument,
  stages: ReadonlySet<string>,
  dimensions: ReadonlyMap<string, { stage: string }>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const ruled = instrument.decisionRule.profileRules.flatMap((rule) => rule.profiles);
  problems.push(...duplicates(ruled, 'decisionRule.profileRules', 'profiles'));
  instrument.decisionRule.profileRules.forEach((rule, r) => {
    const at = `decisionRule.profileRules.${r}`;
    for (const profile of rule.profiles) {
      if (!instrument.profiles.some((p) => p.code === profile)) {
        problems.push({ field: `${at}.profiles`, message: `${profile} is not a profile` });
      }
    }
    rule.requires.forEach((requirement, q) => {
      if (!stages.has(requirement.stage)) {
        problems.push({ field: `${at}.requires.${q}.stage`, message: `${requirement.stage} is not a stage` });
      }
      for (const code of requirement.anyOf) {
        const dimension = dimensions.get(code);
        if (!dimension) {
          problems.push({ field: `${at}.requires.${q}.anyOf`, message: `${code} is not a dimension` });
        } else if (dimension.stage !== requirement.stage) {
          problems.push({
            field: `${at}.requires.${q}.anyOf`,
            message: `${code} belongs to stage ${dimension.stage}, not ${requirement.stage}`,
          });
        }
      }
    });
  });
  for (const profile of instrument.profiles) {
    if (!ruled.includes(profile.code)) {
      problems.push({
        field: 'decisionRule.profileRules',
        message: `has no rule for profile ${profile.code}`,
      });
    }
  }
  return problems;
}

/** A profile with no indicator in a dimension, or none strong enough to meet a threshold, can never find it present. */
function coverageProblems(instrument: ScreeningInstrument): FieldProblem[] {
  const problems: FieldProblem[] = [];
  instrument.profiles.forEach((profile, p) => {
    for (const dimension of instrument.dimensions) {
      const listed = instrument.indicators.filter(
        (indicator) =>
          indicator.dimension === dimension.code && indicator.strengths[profile.code] !== undefined,
      );
      const threshold = instrument.decisionRule.thresholds.find((t) => t.dimension === dimension.code);
      if (listed.length === 0) {
        problems.push({ field: `profiles.${p}`, message: `has no indicator in dimension ${dimension.code}` });
      } else if (
        threshold &&
        !canBePresent(strengthCounts(listed, profile.code), threshold.presentWhenAnyOf)
      ) {
        problems.push({
          field: `profiles.${p}`,
          message: `can never find dimension ${dimension.code} present: no threshold is reachable with its indicators`,
        });
      }
    }
  });
  return problems;
}
