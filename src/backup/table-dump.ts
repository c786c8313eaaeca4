import { createHash } from 'node:crypto';
import type { Tx } from '../db/db.ts';
import { qualified, rowOrder, type TableShape } from './catalog.ts';

const batchSize = 500;

/**
 * Makes the text PostgreSQL gives for values the same on every database and session: time
 * stamps in UTC, ISO dates, the default interval style, exact floats, hex byte strings. Without
 * it a checksum taken in Kuala Lumpur would not match one taken in Hanoi. Row security is off
 * so that a policy can never silently hide rows from a backup (it errors instead).
 */
export async function useCanonicalText(tx: Tx): Promise<void> {
  await tx.exec(`set local timezone = 'UTC';
    set local datestyle = 'ISO, YMD';
    set local intervalstyle = 'postgres';
    set local extra_float_digits = 1;
    set local bytea_output = 'hex';
    set local row_security = off`);
}

export interface TableDigest {
  readonly rows: number;
  /** Hex SHA-256 over each row's `to_jsonb` text followed by a newline, in `rowOrder`. */
  readonly sha256: string;
}

/**
 * Reads a table in batches through a cursor (never all of it in memory), passing each batch of
 * rows (their `to_jsonb` text, one JSON object per row, never containing a newline) to `onBatch`,
 * and returns the row count and checksum. Runs in the caller's transaction, which should have
 * called `useCanonicalText`.
 */
export async function dumpTable(
  tx: Tx,
  table: TableShape,
  onBatch?: (rows: string[]) => Promise<void>,
): Promise<TableDigest> {
  const hash = createHash('sha256');
  let rows = 0;
  await tx.query(
    `declare lindung_dump no scroll cursor for
       select to_jsonb(t.*)::text as row from ${qualified(table.name)} t order by ${rowOrder(table, 't')}`,
  );
  for (;;) {
    const batch = await tx.query<{ row: string }>(`fetch forward ${batchSize} from lindung_dump`);
    if (batch.length === 0) break;
    const texts = batch.map((entry) => entry.row);
    for (const text of texts) hash.update(text).update('\n');
    rows += texts.length;
    await onBatch?.(texts);
  }
  // Not in a `finally`: after an error the transaction is aborted and takes the cursor with it.
  await tx.query('close lindung_dump');
  return { rows, sha256: hash.digest('hex') };
}
