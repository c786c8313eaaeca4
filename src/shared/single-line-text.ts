import { z } from 'zod';
import type { FieldRuleCode } from './field-rules.ts';

/** Control characters (Unicode's Cc: C0 with tab and newline, DEL, and C1). */
const controlCharacter = /\p{Cc}/u;
const controlCode: FieldRuleCode = 'control_character';

/**
 * Text of one line that a person reads and types: a name, a document number. A control character
 * (a BEL, an escape, a tab, a line break) is never part of one — it came from a paste or a
 * script, prints as nothing or moves the cursor, and makes two names that read the same differ
 * (issue 4). Trimmed, from `min` to `max` characters, refused with its code.
 */
export function singleLineText(min: number, max: number) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((text) => !controlCharacter.test(text), {
      message: 'holds a control character (such as a bell, a tab or a line break)',
      params: { code: controlCode },
    });
}
