import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { personWithCase, recordConsent } from '../referrals/referral.factory.ts';

/** Issue 4: every read of a case is audited, its parts too; the timeline shows every event on it. */
for (const kind of await testDatabaseKinds()) {
  describe(`reads of a case's parts, audited, and its timeline [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let caseId: string;
    let personId: string;
    const audited = async (action: string) =>
      (
        await platform().db.query<{ actor_user_id: string }>(
          `select actor_user_id from audit_event where action = $1 and subject_type = 'case' and subject_id = $2`,
          [action, caseId],
        )
      ).map((row) => row.actor_user_id);

    it('sets up a case', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      ({ personId, caseId } = await personWithCase(jkm));
    });

    for (const [part, path] of [
      ['timeline', 'timeline'],
      ['tasks', 'tasks'],
      ['attachments', 'attachments'],
      ['progress', 'progress'],
    ] as const) {
      it(`audits a read of the case's ${part}, by whom`, async () => {
        assert.deepEqual(await audited(`case.read_${part}`), []);
        const response = await jkm.request('GET', `/api/cases/${caseId}/${path}`);
        assert.equal(response.statusCode, 200, response.body);
        assert.deepEqual(await audited(`case.read_${part}`), [jkm.userId]);
      });
    }

    it('shows a consent withdrawal on the timeline of the person’s case', async () => {
      const consentId = await recordConsent(jkm, personId, {
        recipientAgencyIds: [platform().agencyIds.kbri],
        purposes: ['repatriation'],
        dataCategories: ['identity'],
      });
      const withdrawn = await jkm.request('POST', `/api/consents/${consentId}/withdraw`, {
        reason: 'She asked us to stop sharing.',
      });
      assert.equal(withdrawn.statusCode, 200, withdrawn.body);
      const timeline = (await jkm.request('GET', `/api/cases/${caseId}/timeline`)).json();
      const event = timeline.items.find((item: { kind: string }) => item.kind === 'consent.withdrawn');
      assert.ok(event, JSON.stringify(timeline.items.map((item: { kind: string }) => item.kind)));
      assert.deepEqual(event.detail, { consentId, personId });
      assert.equal(event.actorUserId, jkm.userId);
    });
  });
}
