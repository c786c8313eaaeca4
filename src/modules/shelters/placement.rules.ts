import type { Warning } from '../../shared/errors.ts';
import type { PlacementWarning } from './placement.schema.ts';

export interface ShelterRules {
  readonly admits_sexes: readonly string[];
  readonly min_age: number | null;
  readonly max_age: number | null;
}

/**
 * What placing this person goes against in the shelter's rules: a sex it does not admit (or an
 * unrecorded sex where it admits only some), an age outside its range (or an unknown age where it
 * has one). Warnings, not blocks: a placement may knowingly set them aside.
 */
export function placementWarnings(
  rules: ShelterRules,
  person: { readonly sex: string; readonly age: number | null },
): (Warning & { code: PlacementWarning })[] {
  const warnings: (Warning & { code: PlacementWarning })[] = [];
  if (!rules.admits_sexes.includes(person.sex) && rules.admits_sexes.length < 3) {
    warnings.push({
      code: 'shelter_rules_sex',
      message:
        person.sex === 'unknown'
          ? `The person's sex is not recorded; the shelter admits ${rules.admits_sexes.join(', ')} only.`
          : `The shelter admits ${rules.admits_sexes.join(', ')} only; the person is ${person.sex}.`,
    });
  }
  const limited = rules.min_age !== null || rules.max_age !== null;
  const range = `${rules.min_age ?? 0}–${rules.max_age ?? 'any'}`;
  if (limited && person.age === null) {
    warnings.push({
      code: 'shelter_rules_age',
      message: `The person's age is not known; the shelter admits ages ${range}.`,
    });
  } else if (
    person.age !== null &&
    ((rules.min_age !== null && person.age < rules.min_age) ||
      (rules.max_age !== null && person.age > rules.max_age))
  ) {
    warnings.push({
      code: 'shelter_rules_age',
      message: `The shelter admits ages ${range}; the person is ${person.age}.`,
    });
  }
  return warnings;
}
