import { recordRead } from '../audit/audit.ts';
import type { Db, Tx } from '../db/db.ts';
import { inTenant } from '../db/tenant.ts';
import type { Actor } from '../policy/policy.ts';
import { decodeCursor, toPage } from '../shared/pagination.ts';

/**
 * A page of one of the acting agency's lists whose every row points at one of its own persons
 * (likely matches another agency holds, erasure notices): the rows after the cursor in the order
 * `rowsAfter` keeps, with the read of the page's persons audited as one read of that list under the
 * agency (an empty page audits nothing). The cursor is checked before the transaction opens.
 */
export async function auditedPersonsPage<
  Key extends (string | number)[],
  Row extends { person_id: string },
  Item,
>(props: {
  readonly db: Db;
  readonly actor: Actor;
  readonly requestId: string;
  readonly query: { readonly limit: number; readonly cursor?: string | undefined };
  /** What the audit entry says was read (`<list>.read`, the agency as its subject). */
  readonly list: string;
  /** How many parts the sort key has: the length a cursor must decode to. */
  readonly keyLength: Key['length'];
  readonly rowsAfter: (tx: Tx, page: { after: Key | undefined; limit: number }) => Promise<Row[]>;
  readonly present: (row: Row) => Item;
  readonly keyOf: (row: Row) => Key;
}): Promise<{ items: Item[]; nextCursor: string | null }> {
  const { actor, query } = props;
  const after = query.cursor ? (decodeCursor(query.cursor, props.keyLength) as Key) : undefined;
  return inTenant(props.db, actor, async (tx) => {
    const rows = await props.rowsAfter(tx, { after, limit: query.limit });
    if (rows.length > 0) {
      await recordRead(tx, {
        actor,
        subject: { type: props.list, id: actor.agencyId },
        requestId: props.requestId,
        detail: { persons: rows.slice(0, query.limit).map((row) => row.person_id) },
      });
    }
    return toPage(rows, query.limit, props.present, props.keyOf);
  });
}
