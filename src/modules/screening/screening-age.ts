import { type FieldProblem, RuleViolationError } from '../../shared/errors.ts';

/** What a person's record says of their birth (the person row's columns). */
export interface BirthOnRecord {
  readonly birth_precision: string;
  readonly birth_date: string | null;
  readonly birth_year: number | null;
}

/** The youngest and oldest a person can be on `on` (YYYY-MM-DD), from a birth date or year. */
export interface AgeBounds {
  readonly min: number;
  readonly max: number;
}

const years = (on: string) => Number(on.slice(0, 4));
const monthDay = (on: string) => on.slice(5, 10);

/**
 * The age bounds a recorded birth gives on a date: one age for an exact date; for a year only,
 * the age of someone born on 31 December (youngest) and on 1 January (oldest) of that year. An
 * estimated or unknown age gives none: an estimate is an officer's view, not a record to refuse on.
 */
export function ageBoundsOn(birth: BirthOnRecord, on: string): AgeBounds | undefined {
  if (birth.birth_precision === 'exact' && birth.birth_date) {
    const age = years(on) - years(birth.birth_date) - (monthDay(on) < monthDay(birth.birth_date) ? 1 : 0);
    return { min: age, max: age };
  }
  if (birth.birth_precision === 'year' && birth.birth_year !== null) {
    const max = years(on) - birth.birth_year;
    return { min: max - (monthDay(on) < '12-31' ? 1 : 0), max };
  }
  return undefined;
}

/** The age from which the ILO/EC adult indicators apply; below it, the child lists (Palermo art. 3(d)). */
export const adultAge = 18;

const isChildProfile = (profile: string) => profile.startsWith('child_');
const isAdultProfile = (profile: string) => profile.startsWith('adult_');

/** The reason kept with a profile: only a child profile has one (a change to an adult one drops it). */
export function profileReasonKept(profile: string, reason: string | null): string | null {
  return isChildProfile(profile) ? reason : null;
}

/**
 * Checks a screening's profile against the person's recorded birth on the screening date
 * (decision 0059): a person certainly under 18 is never screened with an adult profile; a person
 * certainly 18 or over is screened with a child profile only with a reason (exploited as a child).
 * Where the record leaves the age uncertain (a year-only birth around the birthday, an estimate),
 * either profile goes, without a reason: the officer sees the person; the presumption of
 * childhood favours the child profile, and nothing refuses it.
 */
export function checkProfileForAge(props: {
  readonly birth: BirthOnRecord;
  readonly profile: string;
  readonly screenedOn: string;
  readonly profileReason: string | null;
}): void {
  const bounds = ageBoundsOn(props.birth, props.screenedOn);
  if (!bounds) return;
  if (bounds.max < adultAge && isAdultProfile(props.profile)) {
    const problem: FieldProblem = {
      code: 'profile_not_for_age',
      field: 'profile',
      message: `is for adults; the person was under ${adultAge} on the screening date`,
    };
    throw new RuleViolationError(
      'profile_not_for_age',
      `The person's birth date makes them under ${adultAge} on ${props.screenedOn}: screen them with a child profile (profile).`,
      [problem],
    );
  }
  if (bounds.min >= adultAge && isChildProfile(props.profile) && !props.profileReason) {
    throw new RuleViolationError(
      'profile_reason_required',
      `The person was ${adultAge} or over on ${props.screenedOn}: a child profile needs a reason, e.g. that they were exploited as a child (profileReason).`,
      [
        {
          code: 'reason_required',
          field: 'profileReason',
          message: 'is required to screen an adult with a child profile',
        },
      ],
    );
  }
}
