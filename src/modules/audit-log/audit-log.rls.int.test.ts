import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { chainAuditEntries } from '../../audit/chain.ts';

/* With the application's checks switched off, what the database shows of the audit log by itself. */
for (const kind of await testDatabaseKinds()) {
  describe(`audit log in the database [${kind}]`, () => {
    const platform = useTestPlatform(kind, { unsafeSkipPolicyChecks: true });
    const asTenant = tenantQuery(() => platform().db);

    it('shows nothing to a user who does not audit, and only its own agency to an auditor', async () => {
      const caseManager = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const auditor = await signInAs(platform().app, 'auditor.jkm@demo.lindung.org');
      const police = await signInAs(platform().app, 'officer.pdrm@demo.lindung.org');
      assert.equal((await police.request('GET', '/api/cases')).statusCode, 200);

      const unseen = await caseManager.request('GET', '/api/audit');
      assert.equal(unseen.statusCode, 200, unseen.body);
      assert.deepEqual(unseen.json().items, []);

      const pdrm = platform().agencyIds.pdrm;
      const across = await auditor.request('GET', `/api/audit?agencyId=${pdrm}`);
      assert.deepEqual(across.json().items, [], "another agency's entries stay hidden");
      const own = await auditor.request('GET', '/api/audit?limit=200');
      assert.ok(own.json().items.length > 0);
      assert.ok(own.json().items.every((entry: { agencyId: string }) => entry.agencyId === auditor.agencyId));

      const rows = await asTenant(auditor, ['audit:read'], 'select 1 from audit_event where agency_id = $1', [
        pdrm,
      ]);
      assert.deepEqual(rows, []);
      assert.deepEqual(await asTenant(caseManager, [], 'select 1 from audit_event'), []);
    });

    it("shows an entry's place in the chain only with the entry", async () => {
      const auditor = await signInAs(platform().app, 'auditor.jkm@demo.lindung.org');
      const caseManager = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const police = await signInAs(platform().app, 'officer.pdrm@demo.lindung.org');
      assert.equal((await police.request('GET', '/api/cases')).statusCode, 200);
      await chainAuditEntries(platform().db);
      const [all] = await platform().db.query<{ n: number; other: number }>(
        `select count(*)::int as n,
                count(*) filter (where e.agency_id is distinct from $1)::int as other
           from audit_chain c join audit_event e on e.id = c.entry_id`,
        [auditor.agencyId],
      );
      assert.ok(
        all && all.other > 0 && all.n > all.other,
        "the chain holds this and other agencies' entries",
      );
      const seen = await asTenant<{ agency_id: string }>(
        auditor,
        ['audit:read'],
        `select e.agency_id from audit_chain c left join audit_event e on e.id = c.entry_id`,
      );
      assert.equal(seen.length, all.n - all.other);
      assert.ok(seen.every((row) => row.agency_id === auditor.agencyId));
      assert.deepEqual(await asTenant(caseManager, [], 'select 1 from audit_chain'), []);
    });

    it('lets nobody change or remove an entry', async () => {
      const auditor = await signInAs(platform().app, 'auditor.jkm@demo.lindung.org');
      const refused = (error: { code?: string }) => error.code === '42501';
      await assert.rejects(
        asTenant(auditor, ['audit:read_any'], "update audit_event set action = 'x.y'"),
        refused,
      );
      await assert.rejects(asTenant(auditor, ['audit:read_any'], 'delete from audit_event'), refused);
      await assert.rejects(
        asTenant(auditor, ['audit:read_any'], "update audit_chain set hash = ''"),
        refused,
      );
      await assert.rejects(asTenant(auditor, ['audit:read_any'], 'delete from audit_chain'), refused);
    });
  });
}
