import { createHash } from 'node:crypto';
import type { Queryable } from '../db/db.ts';

export interface ChainBreak {
  readonly seq: number;
  readonly problem: string;
}

export interface VerifyReport {
  /** Chained entries checked (up to the first break). */
  readonly entries: number;
  readonly firstBreak: ChainBreak | undefined;
  /** Committed entries not chained yet: they have no hash to check, which is not a break. */
  readonly pending: number;
}

interface StoredEntry {
  seq: number;
  prev_hash: string;
  hash: string;
  present: boolean;
  fields: (string | null)[];
}

const genesis = '0'.repeat(64);
const pageSize = 5000;

/**
 * Rebuilds each chained entry's hash here, in the application, from its stored columns (the same
 * text the database's chainer hashed) and walks the chain in order. Any altered column, removed
 * entry or reordered entry shows as the first entry whose hash, link or number is wrong. Entries
 * not chained yet (see chain.ts) are counted as pending; run `chainAuditEntries` first to check
 * everything committed so far.
 */
export async function verifyAuditChain(db: Queryable): Promise<VerifyReport> {
  let previousHash = genesis;
  let expectedSeq = 1;
  let entries = 0;
  for (;;) {
    // The chain rows in order, each with its entry's fields (null when the entry is gone).
    const page = await db.query<StoredEntry>(
      `select c.seq, c.prev_hash, c.hash, e.id is not null as present, array[
         c.seq::text,
         to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
         e.actor_user_id::text, e.agency_id::text, e.action, e.subject_type, e.subject_id, e.outcome,
         e.reason, e.request_id, e.detail::text
       ] as fields
       from audit_chain c left join audit_event e on e.id = c.entry_id
       where c.seq >= $1 order by c.seq limit ${pageSize}`,
      [expectedSeq],
    );
    for (const entry of page) {
      const problem = checkEntry(entry, expectedSeq, previousHash);
      if (problem)
        return { entries, firstBreak: { seq: entry.seq, problem }, pending: await countPending(db) };
      previousHash = entry.hash;
      expectedSeq += 1;
      entries += 1;
    }
    if (page.length < pageSize) return { entries, firstBreak: undefined, pending: await countPending(db) };
  }
}

async function countPending(db: Queryable): Promise<number> {
  const [row] = await db.query<{ pending: number }>(
    `select count(*)::int as pending from audit_event e
      where not exists (select 1 from audit_chain c where c.entry_id = e.id)`,
  );
  return row?.pending ?? 0;
}

function checkEntry(entry: StoredEntry, expectedSeq: number, previousHash: string): string | undefined {
  if (entry.seq !== expectedSeq) return `entry ${expectedSeq} is missing (next entry is ${entry.seq})`;
  if (!entry.present) return 'its entry was removed (the chain row has no entry)';
  if (entry.prev_hash !== previousHash) return 'does not link to the entry before it (prev_hash differs)';
  if (entryHash(entry.prev_hash, entry.fields) !== entry.hash)
    return 'its content does not match its hash (altered)';
  return undefined;
}

/** The same text `audit_event_hash()` builds in SQL: each field length-prefixed in bytes, null as `-`. */
export function entryHash(prevHash: string, fields: readonly (string | null)[]): string {
  const text = fields
    .map((field) => (field === null ? '-' : `${Buffer.byteLength(field, 'utf8')}:${field}`))
    .join('|');
  return createHash('sha256')
    .update(prevHash + text, 'utf8')
    .digest('hex');
}
