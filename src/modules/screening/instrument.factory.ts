import type {
  Indicator,
  ScreeningAnswers,
  ScreeningInstrument,
  TranslatedText,
} from './instrument.schema.ts';

/**
 * Test factory: a small valid instrument whose indicators are named by their strength, so a test
 * reads as the rule it checks ("dec_s1 and dec_w1 answered yes"). Not part of the module's surface.
 */

export interface FactoryDimension {
  readonly code: string;
  readonly stage: string;
  /** Indicator ids are `${prefix}_s1`, `_s2` (strong), `_m1`..`_m3` (medium), `_w1`, `_w2` (weak). */
  readonly prefix: string;
}

export const recruitmentStage = 'recruitment';
export const exploitationStage = 'exploitation';
export const destinationStage = 'coercion_or_vulnerability_at_destination';

const iloLikeDimensions: readonly FactoryDimension[] = [
  { code: 'deceptive_recruitment', stage: recruitmentStage, prefix: 'dec' },
  { code: 'coercive_recruitment', stage: recruitmentStage, prefix: 'cr' },
  { code: 'recruitment_abuse_of_vulnerability', stage: recruitmentStage, prefix: 'rv' },
  { code: 'exploitative_conditions', stage: exploitationStage, prefix: 'ex' },
  { code: 'coercion_at_destination', stage: destinationStage, prefix: 'cd' },
  { code: 'abuse_of_vulnerability_at_destination', stage: destinationStage, prefix: 'vd' },
];

function text(value: string): TranslatedText {
  return { en: value, ms: `${value} (ms)`, id: `${value} (id)`, vi: `${value} (vi)` };
}

const both = (strength: 'strong' | 'medium' | 'weak') => ({ adult: strength, child: strength });

/**
 * Builds an instrument with profiles `adult` (needs every stage) and `child` (needs recruitment and
 * exploitation only), and one extra indicator `adult_only` (medium, exploitation) missing from the
 * child list.
 */
export function buildInstrument(
  dimensions: readonly FactoryDimension[] = iloLikeDimensions,
): ScreeningInstrument {
  const stages = [...new Set(dimensions.map((d) => d.stage))];
  const indicators: Indicator[] = dimensions.flatMap((dimension) =>
    (
      [
        ['s1', 'strong'],
        ['s2', 'strong'],
        ['m1', 'medium'],
        ['m2', 'medium'],
        ['m3', 'medium'],
        ['w1', 'weak'],
        ['w2', 'weak'],
      ] as const
    ).map(([suffix, strength]) => ({
      id: `${dimension.prefix}_${suffix}`,
      dimension: dimension.code,
      question: text(`${dimension.code} ${suffix}?`),
      strengths: both(strength),
    })),
  );
  const exploitation = dimensions.find((d) => d.stage === exploitationStage);
  if (exploitation) {
    indicators.push({
      id: 'adult_only',
      dimension: exploitation.code,
      question: text('adult only?'),
      strengths: { adult: 'medium' },
    });
  }
  const requirement = (stage: string) => ({
    stage,
    anyOf: dimensions.filter((d) => d.stage === stage).map((d) => d.code),
  });
  return {
    id: 'test-instrument',
    version: '1',
    title: text('Test instrument'),
    sources: [{ title: 'Test factory' }],
    stages: stages.map((code) => ({ code, name: text(code) })),
    dimensions: dimensions.map((d) => ({
      code: d.code,
      stage: d.stage,
      name: text(d.code),
      description: text(d.code),
    })),
    profiles: [
      {
        code: 'adult',
        population: 'adult',
        exploitation: 'labour',
        status: 'confirmed',
        name: text('Adult'),
      },
      {
        code: 'child',
        population: 'child',
        exploitation: 'labour',
        status: 'confirmed',
        name: text('Child'),
      },
    ],
    indicators,
    decisionRule: {
      thresholds: dimensions.map((d) => ({
        dimension: d.code,
        presentWhenAnyOf: [
          { strong: 2 },
          { strong: 1, mediumOrWeak: 1 },
          { medium: 3 },
          { medium: 2, weak: 1 },
        ],
      })),
      profileRules: [
        { profiles: ['adult'], requires: stages.map(requirement) },
        {
          profiles: ['child'],
          requires: stages.filter((stage) => stage !== destinationStage).map(requirement),
        },
      ],
    },
  };
}

/**
 * Answers for every indicator of a profile: the listed ids `yes` or `unknown`, the rest `no`
 * (so nothing is unanswered unless the test says so).
 */
export function buildAnswers(
  instrument: ScreeningInstrument,
  profile: string,
  props: { yes?: readonly string[]; unknown?: readonly string[]; omit?: readonly string[] },
): ScreeningAnswers {
  const answers: Record<string, 'yes' | 'no' | 'unknown'> = {};
  for (const indicator of instrument.indicators) {
    if (indicator.strengths[profile] === undefined || props.omit?.includes(indicator.id)) continue;
    answers[indicator.id] = props.yes?.includes(indicator.id)
      ? 'yes'
      : props.unknown?.includes(indicator.id)
        ? 'unknown'
        : 'no';
  }
  return answers;
}
