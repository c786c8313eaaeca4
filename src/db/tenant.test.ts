import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InvalidTenantScopeError, tenantPrelude } from './tenant.ts';

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
