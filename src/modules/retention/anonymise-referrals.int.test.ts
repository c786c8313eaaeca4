import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { useTestPlatform } from '../../../test/support/platform.ts';
import { answer, embassyReferralScene, refer } from '../referrals/referral.factory.ts';
import { anonymiseCases } from './anonymise.ts';

/**
 * A case past its retention period is anonymised whatever its referrals' answers: the reasons
 * and notes agencies wrote (free text, often naming the person) go, the workflow's shape stays.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`anonymising a case's referrals [${kind}]`, () => {
    const platform = useTestPlatform(kind);

    it('erases decline and cancel reasons, acceptance and completion notes of declined, cancelled and completed referrals', async () => {
      const { jkm, kbri, caseId, toKbri } = await embassyReferralScene(platform(), {
        purposes: ['repatriation'],
      });
      await answer(kbri, await refer(jkm, toKbri()), 'decline', 'Ani asked us not to contact her family');
      await answer(jkm, await refer(jkm, toKbri()), 'cancel', 'Ani went home with her sister');
      const completed = await refer(jkm, toKbri());
      await answer(kbri, completed, 'accept', 'Ani can stay with us until her flight');
      await answer(kbri, completed, 'complete', 'Ani flew to Surabaya on 3 December');

      const { db, keyring } = platform();
      await assert.rejects(
        db.query(
          `update referral set decline_reason = 'anonymised' where case_id = $1 and status = 'declined'`,
          [caseId],
        ),
        /changes only with its status/,
        'a case not anonymised keeps its reasons',
      );
      const anonymised = await db.transaction((tx) => anonymiseCases(tx, keyring, [caseId]));
      assert.deepEqual(anonymised.caseIds, [caseId]);
      const rows = await db.query<{
        status: string;
        decline_reason: string | null;
        cancel_reason: string | null;
        completion_note: string | null;
        acceptance_note: string | null;
      }>(
        `select status, decline_reason, cancel_reason, completion_note, acceptance_note from referral where case_id = $1 order by status`,
        [caseId],
      );
      assert.deepEqual(
        rows.map((row) => row.status),
        ['cancelled', 'completed', 'declined'],
      );
      const text = JSON.stringify(rows);
      assert.doesNotMatch(text, /Ani|Surabaya|sister|family|flight/);
      assert.equal(rows.find((row) => row.status === 'completed')?.completion_note, null);
    });
  });
}
