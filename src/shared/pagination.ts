import { z } from 'zod';
import { decimalInteger } from './decimal-integer.ts';
import { ValidationError } from './errors.ts';

/**
 * `?limit=&cursor=` on every list endpoint; a parameter it does not know is refused by name (a
 * misspelt filter read as "no filter" would answer a list that looks right and is not).
 */
export const pageQuerySchema = z.strictObject({
  limit: decimalInteger(1, 200).default(50),
  cursor: z.string().max(500).optional(),
});

/** A page of a list, with the cursor of the next page (null on the last). */
export function pageSchema<Item extends z.ZodType>(item: Item) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/**
 * Cursors are the sort key of the last row seen, opaque to clients. Keyset pagination stays fast
 * on deep pages and does not skip or repeat rows when others are added meanwhile.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): (string | number)[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(key) &&
      key.length === length &&
      key.every((part) => typeof part === 'string' || typeof part === 'number')
    ) {
      return key;
    }
  } catch {
    // fall through to the validation error
  }
  throw new ValidationError([
    { code: 'cursor_unknown', field: 'query.cursor', message: 'is not a cursor this list gave out' },
  ]);
}

/** Splits `limit + 1` fetched rows into a page and the next cursor. */
export function toPage<Row, Item>(
  rows: readonly Row[],
  limit: number,
  present: (row: Row) => Item,
  keyOf: (row: Row) => (string | number)[],
): { items: Item[]; nextCursor: string | null } {
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return {
    items: pageRows.map(present),
    nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null,
  };
}
