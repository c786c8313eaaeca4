import { z } from 'zod';
import type { FieldRuleCode } from './field-rules.ts';
import { trimmedText } from './trimmed-text.ts';

/** Control characters (Unicode's Cc: C0 with tab and newline, DEL, and C1). */
const controlCharacter = /\p{Cc}/u;
const controlCode: FieldRuleCode = 'control_character';

/**
 * Bidirectional controls: the embeddings and overrides (U+202A–U+202E), the isolates
 * (U+2066–U+2069) and the directional marks (U+200E, U+200F). Invisible, and an override reverses
 * the rest of the line wherever the text is shown (decision 0072).
 */
const bidiControl = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/u;
const bidiCode: FieldRuleCode = 'direction_control';

/**
 * Zero-width space and the byte-order mark (U+200B, U+FEFF): invisible, never needed in a name,
 * and brought in by a paste from a web page or a word processor. Removed, as surrounding spaces
 * are. ZWNJ and ZWJ (U+200C, U+200D) stay: Burmese, Khmer and Indic scripts need them.
 */
const zeroWidth = /[\u200b\ufeff]/gu;

/**
 * Text of one line that a person reads and types: a name, a document number. A control character
 * (a BEL, an escape, a tab, a line break) is never part of one — it came from a paste or a
 * script, prints as nothing or moves the cursor, and makes two names that read the same differ
 * (issue 4); nor is a bidirectional control (decision 0072). Zero-width spaces are removed, then
 * the text is trimmed, from `min` to `max` characters (spaces alone are blank); each refusal
 * names its code.
 */
export function singleLineText(min: number, max: number) {
  return trimmedText(
    min,
    max,
    z.string().overwrite((text) => text.replace(zeroWidth, '')),
  )
    .refine((text) => !controlCharacter.test(text), {
      message: 'holds a control character (such as a bell, a tab or a line break)',
      params: { code: controlCode },
      abort: true,
    })
    .refine((text) => !bidiControl.test(text), {
      message:
        'holds an invisible character that changes the direction of text (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F)',
      params: { code: bidiCode },
      // One problem a field: a rule checked after this one (a telephone's form) would only repeat it.
      abort: true,
    });
}
