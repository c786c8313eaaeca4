import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { testDatabaseKinds, useFreshDatabase } from '../../test/support/databases.ts';
import { inTenant, type TenantScope } from './tenant.ts';

/*
 * Row-level security on its own, as the application role, with no application check in the way:
 * a user acting for agency A cannot read or change agency B's rows, whatever SQL runs.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`row-level security between agencies [${kind}]`, () => {
    const db = useFreshDatabase(kind);
    const agencyA = randomUUID();
    const agencyB = randomUUID();
    const userA = randomUUID();
    const userB = randomUUID();
    const adminA: TenantScope = {
      userId: userA,
      agencyId: agencyA,
      permissions: ['user:manage', 'audit:read'],
    };

    it('is set up with two agencies, each with a member', async () => {
      await db().exec(`
        insert into agency (id, name, type, country) values
          ('${agencyA}', 'Agency A', 'welfare', 'MY'), ('${agencyB}', 'Agency B', 'embassy', 'ID');
        insert into app_user (id, email, display_name, password_hash) values
          ('${userA}', 'a@example.org', 'A', 'x'), ('${userB}', 'b@example.org', 'B', 'x');
        insert into membership (user_id, agency_id, role_code) values
          ('${userA}', '${agencyA}', 'agency_admin'), ('${userB}', '${agencyB}', 'agency_admin');
        insert into audit_event (actor_user_id, agency_id, action) values
          ('${userA}', '${agencyA}', 'test.one'), ('${userB}', '${agencyB}', 'test.two');
      `);
    });

    it('runs requests as a role that is neither superuser nor exempt from row-level security', async () => {
      const [role] = await inTenant(db(), adminA, (tx) =>
        tx.query<{ current_user: string; rolsuper: boolean; rolbypassrls: boolean }>(
          'select current_user, rolsuper, rolbypassrls from pg_roles where rolname = current_user',
        ),
      );
      assert.deepEqual(role, { current_user: 'lindung_app', rolsuper: false, rolbypassrls: false });
    });

    it('does not show another agency\u2019s members or their user accounts', async () => {
      const rows = await inTenant(db(), adminA, (tx) =>
        tx.query<{ agency_id: string }>('select agency_id from membership'),
      );
      assert.deepEqual(
        rows.map((row) => row.agency_id),
        [agencyA],
      );
      const users = await inTenant(db(), adminA, (tx) => tx.query<{ id: string }>('select id from app_user'));
      assert.deepEqual(
        users.map((row) => row.id),
        [userA],
      );
    });

    it('does not let an agency administrator change another agency\u2019s user', async () => {
      const changed = await inTenant(db(), adminA, (tx) =>
        tx.query(`update app_user set display_name = 'taken over' where id = $1 returning 1`, [userB]),
      );
      assert.equal(changed.length, 0);
      const [row] = await db().query<{ display_name: string }>(
        'select display_name from app_user where id = $1',
        [userB],
      );
      assert.equal(row?.display_name, 'B');
    });

    it('refuses a membership in another agency even with the permission to manage users', async () => {
      await assert.rejects(
        inTenant(db(), adminA, (tx) =>
          tx.query(`insert into membership (user_id, agency_id, role_code) values ($1, $2, 'case_manager')`, [
            userA,
            agencyB,
          ]),
        ),
        (error: { code?: string }) => error.code === '42501',
      );
    });

    it('refuses to let an agency administrator make a system administrator', async () => {
      await assert.rejects(
        inTenant(db(), adminA, (tx) =>
          tx.query(`insert into membership (user_id, agency_id, role_code) values ($1, $2, 'system_admin')`, [
            userA,
            agencyA,
          ]),
        ),
        (error: { code?: string }) => error.code === '42501',
      );
    });

    it('does not delete another agency\u2019s memberships', async () => {
      const deleted = await inTenant(db(), adminA, (tx) =>
        tx.query('delete from membership where agency_id = $1 returning 1', [agencyB]),
      );
      assert.equal(deleted.length, 0);
    });

    it('shows an auditor only their own agency\u2019s audit entries', async () => {
      const rows = await inTenant(db(), adminA, (tx) =>
        tx.query<{ action: string }>('select action from audit_event'),
      );
      assert.deepEqual(
        rows.map((row) => row.action),
        ['test.one'],
      );
    });

    it('refuses audit entries written in another agency\u2019s name', async () => {
      await assert.rejects(
        inTenant(db(), adminA, (tx) =>
          tx.query(
            `insert into audit_event (actor_user_id, agency_id, action) values ($1, $2, 'test.forged')`,
            [userA, agencyB],
          ),
        ),
        (error: { code?: string }) => error.code === '42501',
      );
    });

    it('shows nothing at all when no user is set', async () => {
      const rows = await db().transaction(async (tx) => {
        await tx.query(`select set_config('role', 'lindung_app', true)`);
        return tx.query('select id from agency');
      });
      assert.equal(rows.length, 0);
    });

    it('forgets the role and settings when the transaction ends', async () => {
      await inTenant(db(), adminA, async () => {});
      const [row] = await db().query<{ role: string; agency: string | null }>(
        `select current_user as role, nullif(current_setting('lindung.agency_id', true), '') as agency`,
      );
      assert.notEqual(row?.role, 'lindung_app');
      assert.equal(row?.agency, null);
    });
  });
}
