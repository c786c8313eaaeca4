import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { aniCaseFacts, answer, personWithCase, recordConsent, refer } from '../referrals/referral.factory.ts';
import { referredMatchesToNotice } from './erasure-notice.ts';
import { closeCase, wulan } from './retention.factory.ts';
import { runRetention } from './retention.job.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`retention reaching the agencies a person was referred to [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let kemensos: TestSession;
    let molisa: TestSession;
    let expired: { personId: string; caseId: string };
    let referredTo: string;
    let notReferredTo: string;
    const noticesOn = async (session: TestSession, personId: string) => {
      const response = await session.request('GET', '/api/erasure-notices?limit=200');
      assert.equal(response.statusCode, 200, response.body);
      return (response.json().items as { personId: string; cause: string }[]).filter(
        (n) => n.personId === personId,
      );
    };
    const run = () => {
      const { db, keyring, config } = platform();
      return runRetention({ db, keyring, attachmentsDir: config.attachmentsDir });
    };

    it('tells the agency the person was referred to, on its own likely match, once her case is anonymised', async () => {
      const { app, agencyIds } = platform();
      const jkm = await signInAs(app, 'cm.jkm@demo.lindung.org');
      kemensos = await signInAs(app, 'cm.kemensos@demo.lindung.org');
      molisa = await signInAs(app, 'cm.molisa@demo.lindung.org');
      expired = await personWithCase(jkm, wulan(['Wulan Pratiwi Ningsih', 'Ulan']));
      const consentId = await recordConsent(jkm, expired.personId, {
        recipientAgencyIds: [agencyIds.kemensos],
        purposes: ['repatriation'],
        dataCategories: ['identity'],
      });
      const referralId = await refer(jkm, {
        toAgencyId: agencyIds.kemensos,
        caseId: expired.caseId,
        consentId,
        purpose: 'repatriation',
      });
      await answer(kemensos, referralId, 'accept');
      referredTo = (await personWithCase(kemensos, wulan(['Wulan Pratiwi Ningsih']))).personId;
      notReferredTo = (await personWithCase(molisa, wulan(['Wulan Pratiwi Ningsih']))).personId;
      await closeCase(jkm, expired.caseId);
      await platform().db.query(
        `update case_file set closed_at = now() - interval '11 years' where id = $1`,
        [expired.caseId],
      );
      const report = await run();
      assert.equal(report.anonymisedPersons, 1);
      assert.equal(report.erasureNotices, 1);
      assert.deepEqual(
        (await noticesOn(kemensos, referredTo)).map((n) => n.cause),
        ['retention'],
      );
      const audit = await platform().db.query<{ detail: { cause: string; caseId: string } }>(
        `select detail from audit_event where action = 'erasure_notice.create' and subject_id = $1`,
        [referredTo],
      );
      assert.deepEqual(
        audit.map((entry) => [entry.detail.cause, entry.detail.caseId]),
        [['retention', expired.caseId]],
      );
    });

    it('leaves no notice to an agency holding a likely match that the person was never referred to', async () => {
      assert.deepEqual(await noticesOn(molisa, notReferredTo), []);
    });

    it('leaves no second notice when the job runs again', async () => {
      const report = await run();
      assert.equal(report.erasureNotices, 0);
      assert.equal((await noticesOn(kemensos, referredTo)).length, 1);
    });

    it('scores and notices nobody the job keeps: a referred person with a case still open', async () => {
      const { app, agencyIds, db } = platform();
      const jkm = await signInAs(app, 'cm.jkm@demo.lindung.org');
      const dewi = { ...wulan(['Dewi Kartika Sari']), birth: { precision: 'exact', date: '1993-02-17' } };
      const kept = await personWithCase(jkm, dewi);
      const consentId = await recordConsent(jkm, kept.personId, {
        recipientAgencyIds: [agencyIds.kemensos],
        purposes: ['repatriation'],
        dataCategories: ['identity'],
      });
      const referralId = await refer(jkm, {
        toAgencyId: agencyIds.kemensos,
        caseId: kept.caseId,
        consentId,
        purpose: 'repatriation',
      });
      await answer(kemensos, referralId, 'accept');
      // A second case of hers, still open: her personal data stays with it.
      const open = await jkm.request('POST', '/api/cases', {
        type: 'victim_case',
        personId: kept.personId,
        ...aniCaseFacts,
      });
      assert.equal(open.statusCode, 201, open.body);
      const match = (await personWithCase(kemensos, dewi)).personId;
      await closeCase(jkm, kept.caseId);
      await db.query(`update case_file set closed_at = now() - interval '11 years' where id = $1`, [
        kept.caseId,
      ]);
      const report = await run();
      assert.equal(report.anonymisedCases, 1);
      assert.equal(report.anonymisedPersons, 0);
      assert.equal(report.erasureNotices, 0);
      assert.deepEqual(await noticesOn(kemensos, match), []);
      // Her matches are looked for only when she is among the persons anonymised.
      const found = await db.transaction(async (tx) => ({
        kept: await referredMatchesToNotice(tx, [kept.caseId], [expired.personId]),
        anonymised: await referredMatchesToNotice(tx, [kept.caseId], [kept.personId]),
      }));
      assert.deepEqual(found.kept, []);
      assert.deepEqual(
        found.anonymised.map((person) => person.matches.map((m) => m.personId)),
        [[match]],
        'the check above would pass for want of a match',
      );
    });
  });
}
