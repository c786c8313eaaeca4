import {
  documentNumberMaxLength,
  personSearchFirstResults,
  personSearchMaxResults,
  personSearchNameMaxLength,
} from '../../../../src/shared/person-codes.ts';
import { datePartsOf, isCalendarDate, isoOfParts } from '../../components/typed-date.ts';
import { birthDateParam } from './birth-date.ts';

/** What the person search asks (`GET /api/persons/matches`), as typed: every field a string. */
export const searchFields = ['name', 'documentNumber', 'birthDate', 'birthYear', 'nationality'] as const;
export type SearchField = (typeof searchFields)[number];
export type PersonSearch = Record<SearchField, string>;

/** How many persons a search shows first, and at most (the API's `limit`). */
export const firstLimit = personSearchFirstResults;
export const maxLimit = personSearchMaxResults;
/** How long typing must pause before the search is sent: one request per pause, not per key. */
export const typingPause = 300;

/** The most characters each field takes, as the API does: a short field's value in the address is cut there. */
export const searchMaxLengths: Record<SearchField, number> = {
  name: personSearchNameMaxLength,
  documentNumber: documentNumberMaxLength,
  birthDate: 20,
  birthYear: 4,
  nationality: 2,
};

/**
 * The fields a name or number is pasted into: their inputs take more than the API does, and the
 * page says a pasted value is too long rather than cutting it silently and finding nobody
 * (decision 0145). The short fields (date, year, country) stop at their length as typed.
 */
const pastedInto: readonly SearchField[] = ['name', 'documentNumber'];

/** The `maxlength` of a field's input: none for a field one pastes into (see `fieldsTooLong`). */
export function inputMaxLength(field: SearchField): number | undefined {
  return pastedInto.includes(field) ? undefined : searchMaxLengths[field];
}

/** The fields typed or pasted longer than the API takes: the search is not sent while there are any. */
export function fieldsTooLong(search: PersonSearch): SearchField[] {
  return searchFields.filter((field) => search[field].trim().length > searchMaxLengths[field]);
}

/**
 * Why a typed date of birth is not asked: a day the calendar lacks (31/02/1990), a year alone, or
 * a date typed in part or in no form the page reads (15/03, 00/00): said with the format to type.
 */
export type BirthDateTyped = 'birthDateNotInCalendar' | 'birthDateIsYear' | 'birthDatePartial';

/**
 * A date of birth the page says is wrong before asking: a day the calendar does not have, which
 * the API could only call "not a date", a year typed in the date field, which belongs in the
 * year's, or a date not typed whole (15/03, 00/00), which the API too could only call "not a
 * date" (issue 8). Day or month 00 in a whole date is left to the API, whose rule names it
 * (decision 0130). Every one of them is also a date still being typed: the page says them once
 * typing pauses (`birthDateProblemShown`).
 */
export function birthDateTyped(typed: string): BirthDateTyped | undefined {
  const text = typed.trim();
  if (text === '') return undefined;
  if (/^\d{4}$/.test(text)) return 'birthDateIsYear';
  const parts = datePartsOf(text);
  if (!parts) return 'birthDatePartial';
  if (Number(parts[1]) === 0 || Number(parts[2]) === 0) return undefined;
  return isCalendarDate(isoOfParts(parts)) ? undefined : 'birthDateNotInCalendar';
}

/**
 * The problem of the date of birth the page says under it: none while the date is still being
 * typed — only once typing paused on it (`paused`, the debounced date) or the search was sent
 * with it (`submitted`), so that no message comes and goes with each key (decision 0184).
 */
export function birthDateProblemShown(
  typed: string,
  paused: string,
  submitted: string | undefined,
): BirthDateTyped | undefined {
  return typed === paused || typed === submitted ? birthDateTyped(typed) : undefined;
}

export const emptySearch: PersonSearch = {
  name: '',
  documentNumber: '',
  birthDate: '',
  birthYear: '',
  nationality: '',
};

/**
 * The search an address holds (`/persons?name=…&birthYear=…`), fields left out being empty, each
 * cut at what its input takes: an address typed or pasted by hand never sends more than the API
 * accepts (a 10,000-character name would not even fit the server's 16 KB of URL and headers).
 */
export function searchFromParams(params: URLSearchParams): PersonSearch {
  return Object.fromEntries(
    searchFields.map((field) => {
      const value = params.get(field) ?? '';
      // A name or number in the address (a link, a bookmark) is read whole, like one pasted: cut,
      // it would be searched as another name and find nobody without a word (decision 0145).
      return [field, pastedInto.includes(field) ? value : value.slice(0, searchMaxLengths[field])];
    }),
  ) as PersonSearch;
}

/** How many persons the address asks to see: the first page unless "more" was asked, never over the API's most. */
export function limitFromParams(params: URLSearchParams): number {
  const asked = Number(params.get('limit'));
  return Number.isInteger(asked) && asked > firstLimit ? Math.min(asked, maxLimit) : firstLimit;
}

/**
 * The search as the API and the address take it: trimmed, empty fields left out, the country code
 * in capitals, and the limit only when more than the first page was asked.
 */
export function paramsOfSearch(search: PersonSearch, limit = firstLimit): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of searchFields) {
    const typed = search[field].trim();
    // A date as typed (14/03/1987) goes as the API takes it; day or month 00 goes as 00, for the API to name.
    const value =
      field === 'nationality'
        ? typed.toUpperCase()
        : field === 'birthDate' && typed
          ? birthDateParam(typed)
          : typed;
    if (value) params.set(field, value);
  }
  if (limit > firstLimit) params.set('limit', String(limit));
  return params;
}

/**
 * Whether there is anything to look for yet: a name of two letters or more, a document number, or
 * a date of birth typed whole (the API's rule, decision 0130); a year or a nationality alone is
 * not enough. Before that nothing is sent, so a first letter or digit typed
 * costs no request. A whole date with day or month 00 is sent, for the API to name the problem.
 * A field longer than the API takes is said under it and not sent.
 */
export function isAskable(search: PersonSearch): boolean {
  return (
    fieldsTooLong(search).length === 0 &&
    (search.name.trim().length >= 2 ||
      search.documentNumber.trim() !== '' ||
      datePartsOf(search.birthDate) !== undefined)
  );
}

/** The next "more results" limit: the first page again, then up to the API's most. */
export function nextLimit(limit: number): number {
  return Math.min(maxLimit, limit < 25 ? 25 : maxLimit);
}
