import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Db, OpenTransaction, Tx } from './db.ts';
import { InvalidTenantScopeError, inTenant, lendTransaction, tenantPrelude } from './tenant.ts';

const userId = '0d0bd02b-1c9e-4c0b-a4f0-97a0d2189d24';
const agencyId = 'ec8278d1-442c-4a77-b723-9affcbcdee0c';

describe('the tenant prelude', () => {
  it('sets the role, user, agency and permissions for the transaction only', () => {
    const sql = tenantPrelude({ userId, agencyId, permissions: ['case:read', 'person:read'] });
    assert.match(sql, /set_config\('role', 'lindung_app', true\)/);
    assert.match(sql, new RegExp(`'lindung.agency_id', '${agencyId}', true`));
    assert.match(sql, /'case:read,person:read'/);
  });

  it('refuses any value that could carry SQL of its own', () => {
    for (const scope of [
      { userId: `${userId}'; drop table agency; --`, agencyId, permissions: [] },
      { userId, agencyId: 'not-a-uuid', permissions: [] },
      { userId, agencyId, permissions: ["case:read', true); select 1; --"] },
      { userId: userId.toUpperCase(), agencyId, permissions: [] },
    ]) {
      assert.throws(() => tenantPrelude(scope), InvalidTenantScopeError);
    }
  });
});

describe('a transaction lent to the request', () => {
  /** A database whose own transactions and the lent one only say that they ran. */
  function fakes() {
    const events: string[] = [];
    const tx = {} as Tx;
    const db = {
      transaction: async (work: (tx: Tx) => Promise<unknown>) => {
        events.push('own transaction');
        return work(tx);
      },
    } as unknown as Db;
    const lent: OpenTransaction = {
      rows: [],
      run: async (work) => {
        events.push('lent transaction');
        return work(tx);
      },
      rollback: async () => {
        events.push('lent transaction rolled back');
      },
    };
    return { events, db, lent };
  }
  const scope = { userId, agencyId, permissions: ['case:read'] };
  const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

  it('is taken by the first inTenant for the very same scope, and by no later one', async () => {
    const { events, db, lent } = fakes();
    lendTransaction(db, scope, lent);
    await inTenant(db, scope, async () => {});
    await inTenant(db, scope, async () => {});
    await nextTurn();
    assert.deepEqual(events, ['lent transaction', 'own transaction']);
  });

  it('is not taken for another scope with the same values, nor on another database', async () => {
    const { events, db, lent } = fakes();
    lendTransaction(db, scope, lent);
    await inTenant(db, { ...scope }, async () => {});
    await inTenant(fakes().db, scope, async () => {});
    await nextTurn();
    assert.deepEqual(events, ['own transaction', 'lent transaction rolled back']);
  });

  it('is rolled back unused once the event loop turns, and inTenant then begins its own', async () => {
    const { events, db, lent } = fakes();
    lendTransaction(db, scope, lent);
    await nextTurn();
    await inTenant(db, scope, async () => {});
    assert.deepEqual(events, ['lent transaction rolled back', 'own transaction']);
  });
});
