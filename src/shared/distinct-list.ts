import { z } from 'zod';

/**
 * A list in which each value counts once (exploitation types, purposes, services): a value given
 * twice is folded into its first place, so that it is never stored, shown or counted twice (the
 * statistics count a case once per exploitation type it holds). The bound counts distinct values.
 * `overwrite` keeps the list's type, so the OpenAPI document still describes it as a plain array.
 */
export function distinctList<Item extends z.ZodType>(item: Item, max: number) {
  return z
    .array(item)
    .overwrite((list) => [...new Set(list)])
    .max(max);
}
