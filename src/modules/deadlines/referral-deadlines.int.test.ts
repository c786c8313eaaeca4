import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { answer, personWithCase, recordConsent, refer } from '../referrals/referral.factory.ts';

interface Deadline {
  sourceKind: string;
  sourceId: string;
  dueAt: string;
  caseId: string | null;
}

for (const kind of await testDatabaseKinds()) {
  describe(`referrals' response deadlines on the receiver's dashboard [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let kbri: TestSession;
    let caseId: string;
    let consentId: string;

    const referralDeadlines = async (session: TestSession) =>
      ((await session.request('GET', '/api/deadlines?sourceKind=referral_response')).json().items ??
        []) as Deadline[];

    it("puts a referral's answer on the receiving agency's deadlines, not the sender's", async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      const made = await personWithCase(jkm);
      caseId = made.caseId;
      consentId = await recordConsent(jkm, made.personId, {
        recipientAgencyIds: [platform().agencyIds.kbri],
        purposes: ['repatriation'],
        dataCategories: ['identity'],
      });
      const referralId = await refer(jkm, {
        caseId,
        consentId,
        toAgencyId: platform().agencyIds.kbri,
        purpose: 'repatriation',
        urgency: 'emergency',
      });
      const referral = (
        await jkm.request('GET', `/api/referrals/${referralId}`, undefined, { 'x-lindung-reason': 'test' })
      ).json();
      const [deadline] = await referralDeadlines(kbri);
      assert.equal(deadline?.sourceId, referralId);
      assert.equal(deadline?.dueAt, referral.responseDeadline);
      assert.equal(deadline?.caseId, null, 'the receiver cannot read the case, so the deadline names none');
      assert.deepEqual(await referralDeadlines(jkm), []);
      await answer(kbri, referralId, 'accept');
      assert.deepEqual(await referralDeadlines(kbri), [], 'answered: met');
    });

    it('cancels the deadline when the sender cancels the referral', async () => {
      const referralId = await refer(jkm, {
        caseId,
        consentId,
        toAgencyId: platform().agencyIds.kbri,
        purpose: 'repatriation',
      });
      assert.equal((await referralDeadlines(kbri)).length, 1);
      await answer(jkm, referralId, 'cancel', 'Sent by mistake');
      assert.deepEqual(await referralDeadlines(kbri), []);
      const [row] = await platform().db.query<{ status: string }>(
        `select status from deadline where source_kind = 'referral_response' and source_id = $1`,
        [referralId],
      );
      assert.equal(row?.status, 'cancelled');
    });
  });
}
