import { z } from 'zod';

/**
 * Text as a person types it, trimmed, from `min` to `max` characters. A value of spaces alone (or
 * nothing) is refused once, as blank — zod's `too_small` at 1, which the web app says as "fill this
 * in" — and no other check of the field runs on it: "   " is not "shorter than 2 characters", nor
 * missing a name for the search beside it (issue 8). `typed` is the text before trimming, for a
 * caller that cleans it first (single-line-text.ts removes zero-width spaces).
 */
export function trimmedText(min: number, max: number, typed: z.ZodString = z.string()) {
  const text = typed.trim().min(1, { message: 'must not be blank', abort: true });
  return (min > 1 ? text.min(min) : text).max(max);
}
