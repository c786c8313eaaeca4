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
