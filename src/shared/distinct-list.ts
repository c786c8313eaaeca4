import { z } from 'zod';
import { fieldRule } from './field-rules.ts';

/**
 * A list in which each value may appear once (exploitation types, purposes, services): a value
 * given twice is a slip that would be counted twice in statistics and shown twice on a case, so it
 * is refused with `given_twice` rather than silently folded.
 */
export function distinctList<Item extends z.ZodType>(item: Item, max: number) {
  return z
    .array(item)
    .max(max)
    .refine((list) => new Set(list).size === list.length, fieldRule('given_twice', 'lists a value twice'));
}
