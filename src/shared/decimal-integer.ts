import { z } from 'zod';
import type { FieldRuleCode } from './field-rules.ts';

/**
 * Decimal digits only, without spaces, leading zeros or a plus sign: what a person writes as a
 * number. A minus sign is how a negative number is written, so `-1` is read as -1 and answered
 * as below the bound (`too_small`), not as a number written wrongly (decision 0145).
 */
const decimalDigits = /^(?:0|-?[1-9][0-9]*)$/;
const notDecimal: FieldRuleCode = 'integer_not_decimal';

/**
 * A whole number from text (a query string, a path parameter, the environment), from `min` to
 * `max`. JavaScript's `Number()` behind `z.coerce` reads `0x7E6` as 2022, `1e1` as 10 and ` 10`
 * as 10, so a filter could mean something other than what a reviewer of the URL reads (issue 11);
 * here anything but plain decimal digits (with a minus sign for a negative number) is refused, by
 * its code. A number (a default, a test's value) passes as it is. The OpenAPI document shows an
 * integer.
 */
export function decimalInteger(min: number, max: number) {
  return z.preprocess((value, context) => {
    if (typeof value !== 'string') return value;
    if (decimalDigits.test(value)) return Number(value);
    context.addIssue({
      code: 'custom',
      message: 'must be a whole number in decimal digits (0-9), without spaces or a plus sign',
      params: { code: notDecimal },
    });
    return z.NEVER;
  }, z.number().int().min(min).max(max));
}
