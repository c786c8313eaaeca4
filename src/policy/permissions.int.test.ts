import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createFreshDatabase } from '../../test/support/databases.ts';
import { permissionSchema } from './permissions.ts';

describe('permissions kept as data', () => {
  it('names in the roles only permissions the code checks, and every one the code checks is held by some role', async () => {
    const fresh = await createFreshDatabase('pglite');
    try {
      const rows = await fresh.db.query<{ permission: string }>(
        'select distinct permission from role_permission',
      );
      const held = new Set(rows.map((row) => row.permission));
      const known = new Set<string>(permissionSchema.options);
      assert.deepEqual(
        [...held].filter((p) => !known.has(p)),
        [],
        'unknown permissions in role_permission',
      );
      assert.deepEqual(
        [...known].filter((p) => !held.has(p)),
        [],
        'permissions no role holds',
      );
    } finally {
      await fresh.drop();
    }
  });
});
