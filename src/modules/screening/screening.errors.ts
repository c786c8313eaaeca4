import { type FieldProblem, ValidationError } from '../../shared/errors.ts';

/**
 * The instrument does not parse, or its parts do not fit together. Lists every problem at once
 * (as field problems, so the HTTP layer shows them) rather than stopping at the first.
 */
export class InvalidInstrumentError extends ValidationError {
  constructor(problems: readonly FieldProblem[]) {
    super(
      problems,
      `The screening instrument is invalid:\n${problems.map((p) => `  - ${p.field}: ${p.message}`).join('\n')}`,
    );
  }

  /** The same list as `fields`, under the name the screening code uses. */
  get problems(): readonly FieldProblem[] {
    return this.fields;
  }
}

/** The requested profile (e.g. `child_sexual`) is not one of the instrument's lists. */
export class UnknownProfileError extends ValidationError {
  readonly profile: string;
  constructor(instrumentLabel: string, profile: string) {
    super(
      [
        {
          code: 'profile_not_of_instrument',
          field: 'profile',
          message: `is not a profile of screening instrument ${instrumentLabel}`,
        },
      ],
      `Screening instrument ${instrumentLabel} has no profile ${profile}.`,
    );
    this.profile = profile;
  }
}

/**
 * Answers were given for indicators that are not in the chosen profile's list (e.g. an adult-only
 * indicator in a child screening). Rejected rather than ignored: silently dropping a "yes" would
 * hide information the officer recorded.
 */
export class IndicatorNotInProfileError extends ValidationError {
  readonly profile: string;
  readonly indicatorIds: readonly string[];
  constructor(instrumentLabel: string, profile: string, indicatorIds: readonly string[]) {
    super(
      indicatorIds.map((id) => ({
        code: 'indicator_not_in_profile',
        field: `answers.${id}`,
        message: `is not an indicator of profile ${profile} in screening instrument ${instrumentLabel}`,
      })),
      `Answers name indicators that are not in profile ${profile}: ${indicatorIds.join(', ')}.`,
    );
    this.profile = profile;
    this.indicatorIds = indicatorIds;
  }
}
