import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`changing a committee's members [${kind}]`, () => {
    const platform = useTestPlatform(kind);

    it('should let the secretariat add, re-role and remove members on the version read, audited', async () => {
      const rows = await platform().db.query<{ id: string; name: string }>('select id, name from agency');
      const agency = (part: string) => rows.find((row) => row.name.includes(part))?.id as string;
      const mapo = await signInAs(platform().app, 'coordinator.mapo@demo.lindung.org');
      const jkm = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      const gugus = await signInAs(platform().app, 'coordinator.gugustugas@demo.lindung.org');
      const created = await mapo.request('POST', '/api/committees', {
        name: 'Council for Anti-Trafficking in Persons',
        members: [
          { agencyId: agency('Majlis Anti Pemerdagangan'), role: 'chair' },
          { agencyId: agency('Kebajikan Masyarakat'), role: 'member' },
          { agencyId: agency('Polis Diraja'), role: 'member' },
        ],
      });
      assert.equal(created.statusCode, 201, created.body);
      const id = created.json().id;
      assert.equal((await mapo.request('GET', `/api/committees/${id}`)).headers.etag, '"1"');

      const members = [
        { agencyId: agency('Majlis Anti Pemerdagangan'), role: 'chair' },
        { agencyId: agency('Kebajikan Masyarakat'), role: 'deputy_chair' },
        { agencyId: agency('Pembangunan Wanita'), role: 'observer' },
      ];
      const url = `/api/committees/${id}/members`;
      const noVersion = await mapo.request('PUT', url, { members });
      assert.equal(noVersion.statusCode, 428);
      const saved = await mapo.request('PUT', url, { members }, { 'if-match': '"1"' });
      assert.equal(saved.statusCode, 200, saved.body);
      assert.equal(saved.headers.etag, '"2"');
      assert.deepEqual(
        saved
          .json()
          .members.map((m: { agencyId: string; role: string }) => [m.agencyId, m.role])
          .sort(),
        members.map((m) => [m.agencyId, m.role]).sort(),
      );
      const [audit] = await platform().db.query<{ detail: Record<string, number> }>(
        "select detail from audit_event where action = 'committee.members'",
      );
      assert.deepEqual(audit?.detail, { version: 2, added: 1, removed: 1, rerolled: 1 });

      const stale = await mapo.request('PUT', url, { members: members.slice(0, 1) }, { 'if-match': '"1"' });
      assert.equal(stale.statusCode, 412);
      assert.equal(stale.json().code, 'committee_changed');
      const foreign = await mapo.request(
        'PUT',
        url,
        { members: [...members, { agencyId: agency('Kementerian Sosial'), role: 'member' }, members[0]] },
        { 'if-match': '"2"' },
      );
      assert.equal(foreign.statusCode, 400);
      assert.deepEqual(
        foreign.json().errors.map((e: { field: string }) => e.field),
        ['members.3.agencyId', 'members.4.agencyId'],
      );
      assert.equal((await jkm.request('PUT', url, { members }, { 'if-match': '"2"' })).statusCode, 403);
      assert.equal((await gugus.request('PUT', url, { members }, { 'if-match': '"2"' })).statusCode, 404);
      const [row] = await platform().db.query<{ version: number }>(
        'select version from committee where id = $1',
        [id],
      );
      assert.equal(row?.version, 2, 'the refused changes wrote nothing');
    });
  });
}
