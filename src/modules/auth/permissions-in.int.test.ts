import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { testDatabaseKinds, useFreshDatabase } from '../../../test/support/databases.ts';
import { permissionsIn } from './auth.repo.ts';

/*
 * `lindung_permissions` (migrations 0004 and 0179): what a user may do in one agency, which every
 * session lookup and every session check (0152) asks. 0179 rewrote it in plpgsql so that its plan
 * is kept for the connection (decision 0066); these prove it answers as before.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`the permissions a user holds in an agency [${kind}]`, () => {
    const db = useFreshDatabase(kind);
    const [agencyA, agencyB, closedAgency] = [randomUUID(), randomUUID(), randomUUID()];
    const [userA, nobody] = [randomUUID(), randomUUID()];
    const held = (userId: string, agencyId: string) =>
      db().transaction((tx) => permissionsIn(tx, userId, agencyId));
    const ofRoles = async (...roles: string[]) =>
      (
        await db().query<{ permission: string }>(
          'select distinct permission from role_permission where role_code = any ($1) order by permission',
          [roles],
        )
      ).map((row) => row.permission);

    it('is set up with a user holding two roles in one agency, one in another, one in an inactive agency', async () => {
      await db().exec(`
        insert into agency (id, name, type, country, active) values
          ('${agencyA}', 'Agency A', 'welfare', 'MY', true), ('${agencyB}', 'Agency B', 'embassy', 'ID', true),
          ('${closedAgency}', 'Agency C', 'law_enforcement', 'MY', false);
        insert into app_user (id, email, display_name, password_hash) values
          ('${userA}', 'a@example.org', 'A', 'x'), ('${nobody}', 'n@example.org', 'N', 'x');
        insert into membership (user_id, agency_id, role_code) values
          ('${userA}', '${agencyA}', 'case_manager'), ('${userA}', '${agencyA}', 'auditor'),
          ('${userA}', '${agencyB}', 'trainer'), ('${userA}', '${closedAgency}', 'agency_admin');
      `);
    });

    it('gives the permissions of all the user’s roles in that agency, each once, in order', async () => {
      const expected = await ofRoles('case_manager', 'auditor');
      assert.ok(expected.length > 1);
      assert.deepEqual(await held(userA, agencyA), expected);
      assert.deepEqual(await held(userA, agencyB), await ofRoles('trainer'));
    });

    it('gives none in an inactive agency, in an agency the user is not a member of, or to a stranger', async () => {
      assert.deepEqual(await held(userA, closedAgency), []);
      assert.deepEqual(await held(nobody, agencyA), []);
      assert.deepEqual(await held(randomUUID(), randomUUID()), []);
    });

    it('follows a change of roles in the next transaction, on the same connections', async () => {
      const before = await held(userA, agencyB);
      await db().query(`update membership set role_code = 'auditor' where user_id = $1 and agency_id = $2`, [
        userA,
        agencyB,
      ]);
      assert.deepEqual(await held(userA, agencyB), await ofRoles('auditor'));
      assert.notDeepEqual(await held(userA, agencyB), before);
      await db().query(`update agency set active = false where id = $1`, [agencyB]);
      assert.deepEqual(await held(userA, agencyB), []);
    });

    it('keeps its plan for the connection: a SQL function that is not inlined is planned in every transaction', async () => {
      const [row] = await db().query<{ language: string }>(
        `select l.lanname as language from pg_proc p join pg_language l on l.oid = p.prolang
          where p.proname = 'lindung_permissions'`,
      );
      assert.equal(row?.language, 'plpgsql', 'decision 0066: lindung_permissions must not go back to SQL');
    });
  });
}
