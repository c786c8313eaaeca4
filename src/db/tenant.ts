import type { Db, Tx } from './db.ts';

/** Who a request acts as, as the database's row-level security policies see it. */
export interface TenantScope {
  readonly userId: string;
  readonly agencyId: string;
  readonly permissions: Iterable<string>;
}

/**
 * Runs `work` in a transaction as the non-superuser role `lindung_app`, with the user, acting
 * agency and permissions set for the transaction only. Row-level security then limits every
 * statement to what this agency may see, whatever the application code above it does.
 */
export function inTenant<T>(db: Db, scope: TenantScope, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query(
      `select set_config('role', 'lindung_app', true),
              set_config('lindung.user_id', $1, true),
              set_config('lindung.agency_id', $2, true),
              set_config('lindung.permissions', $3, true)`,
      [scope.userId, scope.agencyId, [...scope.permissions].join(',')],
    );
    return work(tx);
  });
}
