import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`agencies API [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    const admin = () => signInAs(platform().app, 'admin@demo.lindung.org');

    it('lists the directory to any signed-in user, a page at a time, without repeats', async () => {
      const session = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/api/agencies?limit=5${cursor ? `&cursor=${cursor}` : ''}`;
        const response = await session.request('GET', url);
        assert.equal(response.statusCode, 200);
        const page = response.json() as { items: { id: string; name: string }[]; nextCursor: string | null };
        assert.ok(page.items.length <= 5);
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
        assert.ok(seen.length <= 100, 'pagination ends');
      } while (cursor);
      assert.equal(seen.length, Object.keys(platform().agencyIds).length);
      assert.equal(new Set(seen).size, seen.length);
    });

    it('filters by country, type and name', async () => {
      const session = await admin();
      const embassies = (await session.request('GET', '/api/agencies?type=embassy')).json();
      assert.deepEqual(
        embassies.items.map((a: { shortName: string; hostCountry: string }) => [a.shortName, a.hostCountry]),
        [['KBRI KL', 'MY']],
      );
      const vietnam = (await session.request('GET', '/api/agencies?country=VN')).json();
      assert.ok(vietnam.items.every((a: { country: string }) => a.country === 'VN'));
      const byName = (await session.request('GET', '/api/agencies?q=kebajikan')).json();
      assert.deepEqual(
        byName.items.map((a: { shortName: string }) => a.shortName),
        ['JKM'],
      );
    });

    it('lets a system administrator register an agency under a parent', async () => {
      const session = await admin();
      const response = await session.request('POST', '/api/agencies', {
        name: 'Bahagian Anti Pemerdagangan Orang, Bukit Aman',
        shortName: 'D3 ATIPSOM',
        type: 'law_enforcement',
        country: 'MY',
        parentId: platform().agencyIds.pdrm,
        timeZone: 'Asia/Kuala_Lumpur',
      });
      assert.equal(response.statusCode, 201);
      assert.equal(response.json().parentId, platform().agencyIds.pdrm);
      const audit = await platform().db.query(
        `select 1 from audit_event where action = 'agency.create' and subject_id = $1`,
        [response.json().id],
      );
      assert.equal(audit.length, 1);
    });

    it('names each invalid field', async () => {
      const session = await admin();
      const response = await session.request('POST', '/api/agencies', {
        name: 'X',
        type: 'army',
        country: 'Malaysia',
        timeZone: 'Mars/Olympus',
        hostCountry: 'MY',
      });
      assert.equal(response.statusCode, 400);
      assert.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
      const fields = response
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort();
      assert.deepEqual(fields, ['country', 'name', 'timeZone', 'type']);
    });

    it('refuses a duplicate name in the same country with 409', async () => {
      const session = await admin();
      const response = await session.request('POST', '/api/agencies', {
        name: 'Jabatan Kebajikan Masyarakat',
        type: 'welfare',
        country: 'MY',
      });
      assert.equal(response.statusCode, 409);
      assert.equal(response.json().code, 'agency_name_taken');
    });

    it('refuses a country code that no country has', async () => {
      const session = await admin();
      for (const country of ['XX', 'ZZ', 'EU']) {
        const response = await session.request('POST', '/api/agencies', {
          name: 'Nowhere NGO',
          type: 'ngo',
          country,
        });
        assert.equal(response.statusCode, 400, country);
        assert.equal(response.json().errors[0].field, 'country');
      }
    });

    it('refuses a loop in the hierarchy', async () => {
      const session = await admin();
      const { pdrm, jkm } = platform().agencyIds;
      assert.equal(
        (await session.request('PATCH', `/api/agencies/${jkm}`, { parentId: pdrm })).statusCode,
        200,
      );
      const loop = await session.request('PATCH', `/api/agencies/${pdrm}`, { parentId: jkm });
      assert.equal(loop.statusCode, 422);
      assert.equal(loop.json().code, 'agency_hierarchy_loop');
      assert.equal(
        (await session.request('PATCH', `/api/agencies/${jkm}`, { parentId: null })).statusCode,
        200,
      );
    });

    it('lets an agency administrator change their own agency\u2019s details, and no other\u2019s', async () => {
      const session = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      const own = await session.request('PATCH', `/api/agencies/${platform().agencyIds.jkm}`, {
        shortName: 'JKM HQ',
      });
      assert.equal(own.statusCode, 200);
      assert.equal(own.json().shortName, 'JKM HQ');
      const other = await session.request('PATCH', `/api/agencies/${platform().agencyIds.kbri}`, {
        shortName: 'x',
      });
      assert.equal(other.statusCode, 403);
      const deactivate = await session.request('DELETE', `/api/agencies/${platform().agencyIds.jkm}`);
      assert.equal(deactivate.statusCode, 403);
    });

    it('refuses creation to everyone but system administrators', async () => {
      for (const email of [
        'cm.jkm@demo.lindung.org',
        'admin.jkm@demo.lindung.org',
        'coordinator.mapo@demo.lindung.org',
      ]) {
        const session = await signInAs(platform().app, email);
        const response = await session.request('POST', '/api/agencies', {
          name: 'New NGO',
          type: 'ngo',
          country: 'MY',
        });
        assert.equal(response.statusCode, 403, email);
      }
    });

    it('answers 404 for an agency that does not exist', async () => {
      const session = await admin();
      const response = await session.request('GET', '/api/agencies/00000000-0000-4000-8000-000000000000');
      assert.equal(response.statusCode, 404);
      assert.equal(response.json().code, 'agency_not_found');
    });

    it('deactivates an agency: its members can no longer sign in to act for it', async () => {
      const session = await admin();
      const created = await session.request('POST', '/api/agencies', {
        name: 'Short-lived NGO',
        type: 'ngo',
        country: 'ID',
      });
      const id = created.json().id;
      const user = await session.request('POST', '/api/users', {
        email: 'worker@shortlived.example.org',
        displayName: 'Worker',
        password: 'a long enough password',
        memberships: [{ agencyId: id, role: 'case_manager' }],
      });
      assert.equal(user.statusCode, 201);
      const member = await signInAs(
        platform().app,
        'worker@shortlived.example.org',
        {},
        'a long enough password',
      );
      assert.equal((await session.request('DELETE', `/api/agencies/${id}`)).statusCode, 204);
      assert.equal((await member.request('GET', '/api/me')).statusCode, 401);
      const again = await platform().app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: 'worker@shortlived.example.org', password: 'a long enough password' },
      });
      assert.equal(again.statusCode, 403);
      assert.equal(again.json().code, 'no_active_membership');
    });
  });
}
