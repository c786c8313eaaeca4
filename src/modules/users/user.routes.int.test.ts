import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';
import { demoUsers } from '../demo/index.ts';

const password = 'correct horse battery';

for (const kind of await testDatabaseKinds()) {
  describe(`users API [${kind}]`, () => {
    const platform = useTestPlatform(kind);

    it('lets an agency administrator create a user in their agency, who can then sign in', async () => {
      const admin = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      const response = await admin.request('POST', '/api/users', {
        email: 'Officer.Baru@JKM.example.gov.my',
        displayName: 'Pegawai Baru',
        locale: 'ms',
        password,
        memberships: [{ agencyId: platform().agencyIds.jkm, role: 'frontline_officer' }],
      });
      assert.equal(response.statusCode, 201);
      assert.deepEqual(response.json().memberships, [
        { agencyId: platform().agencyIds.jkm, role: 'frontline_officer' },
      ]);
      const session = await signInAs(platform().app, 'officer.baru@jkm.example.gov.my', {}, password);
      assert.equal(session.agencyId, platform().agencyIds.jkm);
    });

    it('refuses an agency administrator a membership elsewhere, or the system administrator\u2019s role', async () => {
      const admin = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      const response = await admin.request('POST', '/api/users', {
        email: 'sneaky@example.org',
        displayName: 'Sneaky',
        password,
        memberships: [
          { agencyId: platform().agencyIds.kbri, role: 'case_manager' },
          { agencyId: platform().agencyIds.jkm, role: 'system_admin' },
        ],
      });
      assert.equal(response.statusCode, 400);
      assert.deepEqual(
        response.json().errors.map((e: { field: string }) => e.field),
        ['memberships.0.agencyId', 'memberships.1.role'],
      );
    });

    it('refuses a weak password, a duplicate e-mail and an unknown role, naming the field', async () => {
      const admin = await signInAs(platform().app, 'admin@demo.lindung.org');
      const base = {
        displayName: 'X',
        memberships: [{ agencyId: platform().agencyIds.jkm, role: 'case_manager' }],
      };
      const weak = await admin.request('POST', '/api/users', {
        ...base,
        email: 'weak@example.org',
        password: 'short',
      });
      assert.equal(weak.json().errors[0].field, 'password');
      const duplicate = await admin.request('POST', '/api/users', {
        ...base,
        email: 'CM.JKM@demo.lindung.org',
        password,
      });
      assert.equal(duplicate.statusCode, 409);
      assert.equal(duplicate.json().code, 'email_taken');
      assert.deepEqual(duplicate.json().errors, [
        { code: 'email_taken', field: 'email', message: 'is already used' },
      ]);
      const role = await admin.request('POST', '/api/users', {
        ...base,
        email: 'role@example.org',
        password,
        memberships: [{ agencyId: platform().agencyIds.jkm, role: 'wizard' }],
      });
      assert.equal(role.json().errors[0].field, 'memberships.0.role');
    });

    it('lists only the administrator\u2019s own agency\u2019s users to an agency administrator', async () => {
      const admin = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      const response = await admin.request('GET', '/api/users?limit=200');
      assert.equal(response.statusCode, 200);
      const users = response.json().items as { email: string; memberships: { agencyId: string }[] }[];
      assert.ok(users.length >= 3);
      assert.ok(users.every((u) => u.memberships.every((m) => m.agencyId === platform().agencyIds.jkm)));
      assert.ok(!users.some((u) => u.email === 'cm.kbri@demo.lindung.org'));
    });

    it('lists every user to a system administrator, filtered and a page at a time', async () => {
      const admin = await signInAs(platform().app, 'admin@demo.lindung.org');
      const first = (await admin.request('GET', '/api/users?limit=4')).json();
      assert.equal(first.items.length, 4);
      const second = (await admin.request('GET', `/api/users?limit=4&cursor=${first.nextCursor}`)).json();
      assert.ok(second.items.every((u: { email: string }) => u.email > first.items[3].email));
      const managers = (await admin.request('GET', '/api/users?role=case_manager')).json();
      assert.deepEqual(
        managers.items
          .map((u: { email: string }) => u.email)
          .filter((e: string) => e.endsWith('demo.lindung.org')),
        demoUsers
          .filter((user) => user.role === 'case_manager')
          .map((user) => user.email)
          .sort(),
      );
    });

    it('answers 404, not 403, for another agency\u2019s user', async () => {
      const admin = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      const [other] = await platform().db.query<{ id: string }>(
        `select id from app_user where email = 'cm.kbri@demo.lindung.org'`,
      );
      for (const [method, body] of [
        ['GET', undefined],
        ['PATCH', { displayName: 'Renamed' }],
        ['DELETE', undefined],
      ] as const) {
        const response = await admin.request(method, `/api/users/${other?.id}`, body);
        assert.equal(response.statusCode, 404, method);
      }
    });

    it('refuses user management to roles without it', async () => {
      for (const email of [
        'cm.jkm@demo.lindung.org',
        'auditor.jkm@demo.lindung.org',
        'coordinator.mapo@demo.lindung.org',
      ]) {
        const session = await signInAs(platform().app, email);
        assert.equal((await session.request('GET', '/api/users')).statusCode, 403, email);
      }
    });

    it('deactivates a user, and resets two-factor sign-in for a user who lost their phone', async () => {
      const admin = await signInAs(platform().app, 'admin@demo.lindung.org');
      const created = await admin.request('POST', '/api/users', {
        email: 'leaver@example.org',
        displayName: 'Leaver',
        password,
        memberships: [{ agencyId: platform().agencyIds.pdrm, role: 'investigator' }],
      });
      const id = created.json().id;
      const leaver = await signInAs(platform().app, 'leaver@example.org', {}, password);
      await leaver.request('POST', '/api/auth/two-factor/enrol');
      assert.equal((await admin.request('POST', `/api/users/${id}/reset-two-factor`)).statusCode, 204);
      assert.equal((await leaver.request('GET', '/api/me')).statusCode, 401, 'sessions end with the reset');
      assert.equal((await admin.request('DELETE', `/api/users/${id}`)).statusCode, 204);
      assert.equal((await admin.request('GET', `/api/users/${id}`)).json().active, false);
    });

    it('lets a user read their own account', async () => {
      const session = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      const response = await session.request('GET', `/api/users/${session.userId}`);
      assert.equal(response.statusCode, 200);
      assert.equal(response.json().email, 'cm.kbri@demo.lindung.org');
    });

    it('lists every role with its permissions and its name in four languages, and says which the reader may give', async () => {
      type Role = {
        code: string;
        labels: Record<string, string>;
        permissions: string[];
        assignable: boolean;
      };
      const rolesOf = async (email: string) => {
        const session = await signInAs(platform().app, email);
        const response = await session.request('GET', '/api/roles');
        assert.equal(response.statusCode, 200, email);
        return response.json().items as Role[];
      };
      const agencyAdmin = await rolesOf('admin.jkm@demo.lindung.org');
      const stored = await platform().db.query<{ code: string }>('select code from role');
      assert.deepEqual(agencyAdmin.map((role) => role.code).sort(), stored.map((role) => role.code).sort());
      assert.equal(agencyAdmin[0]?.code, 'frontline_officer', 'in the order forms show them');
      const caseManager = agencyAdmin.find((role) => role.code === 'case_manager');
      assert.deepEqual(caseManager?.labels, {
        en: 'Case manager',
        ms: 'Pengurus kes',
        id: 'Manajer kasus',
        vi: 'Cán bộ quản lý hồ sơ',
      });
      assert.ok(caseManager?.permissions.includes('case:write'));
      const given = (roles: Role[]) => roles.filter((role) => role.assignable).map((role) => role.code);
      assert.ok(!given(agencyAdmin).includes('system_admin'));
      assert.ok(given(agencyAdmin).includes('case_manager'));
      assert.ok(given(await rolesOf('admin@demo.lindung.org')).includes('system_admin'));
      assert.deepEqual(
        given(await rolesOf('cm.kbri@demo.lindung.org')),
        [],
        'read, but not given, by others',
      );
    });
  });
}
