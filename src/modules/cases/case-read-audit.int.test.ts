import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { rememberedSession } from '../auth/index.ts';
import { personWithCase } from '../referrals/referral.factory.ts';

/**
 * A case read is answered only if its audit entry is written with it: the entry goes in the read's
 * own statement and transaction, so a refused entry must leave the caller with nothing of the case —
 * on the first request of a session (its lookup's transaction) and on a remembered session alike
 * (the database's check, the read and the entry under one Sync on PostgreSQL, decision 0111).
 */
for (const kind of await testDatabaseKinds()) {
  describe(`a case read whose audit entry cannot be written [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let caseId: string;
    let reference: string;

    /** The audit log refuses case reads, as a full disk would, while `work` runs. */
    const withCaseReadsRefused = async (work: () => Promise<void>) => {
      const { db } = platform();
      await db.exec(`
        create function test_refuse_case_read() returns trigger language plpgsql as $$
        begin
          raise exception 'no space left for the audit log' using errcode = 'disk_full';
        end $$;
        create trigger test_refuse_case_read before insert on audit_event
          for each row when (new.action = 'case.read') execute function test_refuse_case_read();`);
      try {
        await work();
      } finally {
        await db.exec(`drop trigger test_refuse_case_read on audit_event;
                       drop function test_refuse_case_read();`);
      }
    };
    const caseReads = async () => {
      const [row] = await platform().db.query<{ count: number }>(
        `select count(*)::int as count from audit_event where action = 'case.read' and subject_id = $1`,
        [caseId],
      );
      return row?.count ?? 0;
    };
    /** Reads the case and checks that nothing of it was answered. */
    const refusedRead = async (session: TestSession) => {
      const response = await session.request('GET', `/api/cases/${caseId}`);
      assert.ok(response.statusCode >= 500, `answered ${response.statusCode}: ${response.body}`);
      assert.equal(response.headers.etag, undefined);
      // A problem (which names the URL asked for), nothing read: no reference, no persons.
      assert.equal(response.json().code, 'internal_error');
      assert.ok(!response.body.includes(reference), response.body);
      assert.equal(response.json().persons, undefined);
    };

    it('answers nothing of the case, on a fresh session and on a remembered one', async () => {
      const { app, config } = platform();
      const owner = await signInAs(app, 'cm.jkm@demo.lindung.org');
      ({ caseId } = await personWithCase(owner));
      const read = await owner.request('GET', `/api/cases/${caseId}`);
      assert.equal(read.statusCode, 200, read.body);
      reference = read.json().reference;
      const before = await caseReads();

      const jkm = await signInAs(app, 'cm.jkm@demo.lindung.org');
      const token = jkm.cookie.replace(/^lindung_session=/, '');
      assert.equal(rememberedSession(token, config), undefined);
      await withCaseReadsRefused(async () => {
        // The session's first request: looked up, then read in the lookup's transaction.
        await refusedRead(jkm);
        // Now remembered: the database checks it in the read's own transaction.
        assert.ok(rememberedSession(token, config), 'the session is remembered after its first request');
        await refusedRead(jkm);
        await refusedRead(jkm);
      });
      assert.equal(await caseReads(), before);

      // The same session reads the case once its entry can be written, and each read is audited.
      const answered = await jkm.request('GET', `/api/cases/${caseId}`);
      assert.equal(answered.statusCode, 200, answered.body);
      assert.equal(answered.json().reference, reference);
      assert.equal(await caseReads(), before + 1);
    });
  });
}
