import { generateVariantSet } from '../../../bench/support/se-asian-variants.ts';
import type { LinkablePerson } from './person-scoring.ts';

let next = 0;

/**
 * A person as the linkage model reads her, for unit tests: a Vietnamese woman whose birth is not
 * known, with a new id each time, unless `more` says otherwise (a date, a nationality, documents).
 */
export const linkablePerson = (names: string[], more: Partial<LinkablePerson> = {}): LinkablePerson => ({
  id: `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}`,
  names,
  sex: 'female',
  birth_precision: 'unknown',
  birth_date: null,
  birth_year: null,
  estimated_age: null,
  estimated_on: null,
  nationality: 'VN',
  ...more,
});

/** A birth known to the day, as a person's columns hold it. */
export const exactBirth = (date: string): Partial<LinkablePerson> => ({
  birth_precision: 'exact',
  birth_date: date,
});

/** Generated Southeast Asian persons, each recorded 2–4 times (bench/support/se-asian-variants.ts). */
export const generatedPersons = (persons: number, seed: number): LinkablePerson[] =>
  generateVariantSet(persons, seed).map((r) =>
    linkablePerson([r.name as string], {
      ...(r.birth?.length === 10
        ? exactBirth(r.birth)
        : r.birth
          ? { birth_precision: 'year', birth_year: Number(r.birth) }
          : {}),
      nationality: r.nationality ?? 'VN',
    }),
  );
