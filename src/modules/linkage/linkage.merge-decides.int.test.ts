import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { personWithCase } from '../referrals/referral.factory.ts';
import { anhRecords, type CandidateView, pairOf } from './linkage.factory.ts';

interface Step {
  step: string;
  status: string;
  reason: string;
  by: { id: string } | null;
  mergeId: string | null;
}

/** Decision 0130: a pair merged before anyone decided it is decided "same" by the merge's reviewer. */
for (const kind of await testDatabaseKinds()) {
  describe(`a merge of an undecided pair records the decision [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;

    /** Two records of Anh at JKM, and their pair as queued by a scan. */
    const openPair = async (): Promise<CandidateView> => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const anh = await personWithCase(jkm, anhRecords.withAccents);
      const anhAgain = await personWithCase(jkm, anhRecords.withoutAccents);
      const pair = await pairOf(jkm, anh.personId, anhAgain.personId);
      assert.ok(pair, 'the pair is queued');
      assert.equal(pair.status, 'open');
      return pair;
    };
    const auditOf = (id: string) =>
      platform().db.query<{ action: string; actor: string; decision: string | null }>(
        `select action, actor_user_id::text as actor, detail->>'decision' as decision from audit_event
          where outcome = 'success' and action in ('linkage.decide', 'person.merge')
            and (subject_id = $1 or detail->>'candidateId' = $1) order by id`,
        [id],
      );

    it('records the decision "same" with the reviewer and reason of the merge, audited as linkage.decide and the merge', async () => {
      const pair = await openPair();
      const merged = await jkm.request('POST', `/api/linkage/candidates/${pair.id}/merge`, {
        survivorId: pair.personA.id,
        reason: 'Same passport photo',
        version: pair.version,
      });
      assert.equal(merged.statusCode, 201, merged.body);
      const read = (await jkm.request('GET', `/api/linkage/candidates/${pair.id}`)).json();
      assert.equal(read.status, 'same');
      assert.deepEqual(
        (read.history as Step[]).map((h) => [h.step, h.status, h.reason, h.by?.id === jkm.userId, h.mergeId]),
        [
          ['decided', 'same', 'Same passport photo', true, null],
          ['merged', 'same', 'Same passport photo', true, merged.json().id],
        ],
      );
      assert.deepEqual(
        (await auditOf(pair.id)).map((entry) => [entry.action, entry.actor, entry.decision]),
        [
          ['linkage.decide', jkm.userId, 'same'],
          ['person.merge', jkm.userId, null],
        ],
      );
    });

    it('records no second decision when the pair was already decided "same"', async () => {
      const pair = await openPair();
      const decided = await jkm.request('POST', `/api/linkage/candidates/${pair.id}/decision`, {
        decision: 'same',
        reason: 'Same mother named',
        version: pair.version,
      });
      assert.equal(decided.statusCode, 200, decided.body);
      const merged = await jkm.request('POST', `/api/linkage/candidates/${pair.id}/merge`, {
        survivorId: pair.personA.id,
        reason: 'Same passport photo',
        version: decided.json().version,
      });
      assert.equal(merged.statusCode, 201, merged.body);
      const history = (await jkm.request('GET', `/api/linkage/candidates/${pair.id}`)).json()
        .history as Step[];
      assert.deepEqual(
        history.map((h) => [h.step, h.reason]),
        [
          ['decided', 'Same mother named'],
          ['merged', 'Same passport photo'],
        ],
      );
      assert.equal((await auditOf(pair.id)).filter((entry) => entry.action === 'linkage.decide').length, 1);
    });

    it('still refuses to merge a pair decided "not the same" (409), changing nothing', async () => {
      const pair = await openPair();
      const decided = await jkm.request('POST', `/api/linkage/candidates/${pair.id}/decision`, {
        decision: 'different',
        reason: 'Different mothers',
        version: pair.version,
      });
      assert.equal(decided.statusCode, 200, decided.body);
      const refused = await jkm.request('POST', `/api/linkage/candidates/${pair.id}/merge`, {
        survivorId: pair.personA.id,
        reason: 'Same passport photo',
        version: decided.json().version,
      });
      assert.equal(refused.statusCode, 409, refused.body);
      assert.equal(refused.json().code, 'linkage_candidate_different');
      assert.match(refused.json().detail, /decide it again as the same person first/);
      const read = (await jkm.request('GET', `/api/linkage/candidates/${pair.id}`)).json();
      assert.equal(read.status, 'different');
      assert.deepEqual(
        (read.history as Step[]).map((h) => h.step),
        ['decided'],
      );
    });
  });
}
