/**
 * A table keyed by a name word, without Object's prototype: a name may be any word, and a plain
 * object answers `table['constructor']` with a function — a person named "Constructor" would read
 * as a patronymic marker or a Vietnamese middle name, or break normalisation outright.
 */
export const wordTable = <T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> =>
  Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
