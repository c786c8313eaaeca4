import type { Db } from '../../src/db/db.ts';
import { tenantPrelude } from '../../src/db/tenant.ts';

/** Who a statement runs as: a signed-in user and the agency they act for. */
export interface TenantIdentity {
  readonly userId: string;
  readonly agencyId: string;
}

/**
 * Runs one statement as the application role for a user's agency, holding exactly `permissions`:
 * what row-level security sees when every check of the application is gone. RLS tests use it to
 * show that the database alone refuses what it must.
 */
export function tenantQuery(db: () => Db) {
  return <Row = Record<string, unknown>>(
    who: TenantIdentity,
    permissions: string[],
    statement: string,
    params: unknown[] = [],
  ): Promise<Row[]> =>
    db().transaction((tx) => tx.query<Row>(statement, params), {
      prelude: tenantPrelude({ userId: who.userId, agencyId: who.agencyId, permissions }),
    });
}
