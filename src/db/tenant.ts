import type { Db, OpenTransaction, TransactionOptions, Tx } from './db.ts';

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
  const lent = lentTransactions.get(scope);
  if (lent?.db === db) {
    lentTransactions.delete(scope);
    return lent.transaction.run(work);
  }
  const opening = openings.get(scope);
  if (opening?.db === db) {
    openings.delete(scope);
    return db.transaction(work, { opening: opening.statement });
  }
  return db.transaction(work, { prelude: tenantPrelude(scope) });
}

const openings = new WeakMap<
  TenantScope,
  { db: Db; statement: NonNullable<TransactionOptions['opening']> }
>();

/**
 * Has the first `inTenant` given this very `scope` object and `db` open its transaction with
 * `statement` instead of the tenant prelude: a statement that switches to `lindung_app` with the
 * settings of `scope` or fails (the caller answers for that), and that on server PostgreSQL goes
 * out in one write with the transaction's first statement (`TransactionOptions.opening`). A
 * request on a remembered session sends the session's check this way (decision 0056). Unlike a
 * loan, nothing is held meanwhile: a scope that never reaches `inTenant` leaves nothing to undo.
 */
export function openWith(
  db: Db,
  scope: TenantScope,
  statement: NonNullable<TransactionOptions['opening']>,
): void {
  if (openings.has(scope) || lentTransactions.has(scope))
    throw new Error('a transaction is already prepared for this scope');
  openings.set(scope, { db, statement });
}

const lentTransactions = new WeakMap<TenantScope, { db: Db; transaction: OpenTransaction }>();

/**
 * Lends a transaction already begun as `scope` (role `lindung_app` and the settings of `scope`
 * made by its prelude: the caller answers for that) to the first `inTenant` given this very
 * `scope` object and `db`, saving the round trip of BEGIN and the settings. A request's session
 * check lends the transaction it begun while looking the session up.
 *
 * The loan lasts until the event loop turns: a route that reaches its transaction at once takes
 * it; one that first waits for anything else (another query, a file) must not hold a connection
 * meanwhile — a pool of held connections each waiting for another would never move again — so
 * the transaction is then rolled back unused, and `inTenant` begins its own.
 */
export function lendTransaction(db: Db, scope: TenantScope, transaction: OpenTransaction): void {
  // A second loan would leave the first one's connection checked out for good.
  if (lentTransactions.has(scope)) throw new Error('a transaction is already lent for this scope');
  lentTransactions.set(scope, { db, transaction });
  setImmediate(() => {
    if (lentTransactions.get(scope)?.transaction !== transaction) return;
    lentTransactions.delete(scope);
    // A failed rollback destroys the connection; nothing was done in it that could be lost.
    transaction.rollback().catch(() => {});
  });
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const permission = /^[a-z_]+:[a-z_]+$/;

export class InvalidTenantScopeError extends Error {
  override readonly name = 'InvalidTenantScopeError';
}

/**
 * The settings as literal SQL, so that they travel with BEGIN in one round trip. Every value is
 * checked against a strict pattern first (ids are UUIDs, permissions `word:word`): nothing else
 * can reach the statement, so it cannot carry SQL of its own.
 */
export function tenantPrelude(scope: TenantScope): string {
  const permissions = [...scope.permissions];
  if (
    !uuid.test(scope.userId) ||
    !uuid.test(scope.agencyId) ||
    !permissions.every((p) => permission.test(p))
  ) {
    throw new InvalidTenantScopeError('a tenant scope holds a value that is not a UUID or permission name');
  }
  return `select set_config('role', 'lindung_app', true),
    set_config('lindung.user_id', '${scope.userId}', true),
    set_config('lindung.agency_id', '${scope.agencyId}', true),
    set_config('lindung.permissions', '${permissions.join(',')}', true)`;
}

/**
 * Runs `work` inside an open transaction as `scope` (role `lindung_app`, row-level security on),
 * then returns the transaction to its own role. For work that seeds data through the application's
 * commands, so the database's rules apply to it as to a request (the demo seed).
 */
export async function actingAs<T>(tx: Tx, scope: TenantScope, work: () => Promise<T>): Promise<T> {
  await tx.query(tenantPrelude(scope));
  // On failure the transaction is aborted and rolled back: nothing to reset then.
  const result = await work();
  await tx.query(
    `select set_config('lindung.user_id', '', true), set_config('lindung.agency_id', '', true),
            set_config('lindung.permissions', '', true)`,
  );
  await tx.query('reset role');
  return result;
}
