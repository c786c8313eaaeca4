import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { anhThreePairs, type CandidateView } from './linkage.factory.ts';

interface PairRead extends CandidateView {
  history: { step: string; status: string; mergeId: string | null }[];
}

/** Decision 0138: a pair whose two records merges put in one person leaves the queue, until an undo separates them. */
for (const kind of await testDatabaseKinds()) {
  describe(`a pair settled by merges of its records into one person [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let ids: string[] = [];
    let pairs: Record<'ab' | 'ac' | 'bc', CandidateView>;
    let secondMerge: string;
    const read = async (pair: CandidateView): Promise<PairRead> =>
      (await jkm.request('GET', `/api/linkage/candidates/${pair.id}`)).json();
    const openIds = async () =>
      (
        (await jkm.request('GET', '/api/linkage/candidates?status=open&limit=200')).json()
          .items as CandidateView[]
      ).map((pair) => pair.id);
    const merge = async (pair: CandidateView, survivorId: string) => {
      const current = await read(pair);
      const merged = await jkm.request('POST', `/api/linkage/candidates/${pair.id}/merge`, {
        survivorId,
        reason: 'Same passport photo',
        version: current.version,
      });
      assert.equal(merged.statusCode, 201, merged.body);
      return merged.json().id as string;
    };
    const auditOf = (candidateId: string) =>
      platform().db.query<{ action: string; actor: string; detail: Record<string, string> }>(
        `select action, actor_user_id::text as actor, detail from audit_event
          where action in ('linkage.settle', 'linkage.reopen') and subject_id = $1 order by id`,
        [candidateId],
      );

    it('queues the three pairs of three records of one woman', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      ({ ids, pairs } = await anhThreePairs(jkm));
    });

    it('settles the third pair when both its records are merged into the first: out of the queue, same, audited', async () => {
      const [a = ''] = ids;
      await merge(pairs.ab, a);
      assert.ok((await openIds()).includes(pairs.bc.id), 'still open after one merge');
      secondMerge = await merge(pairs.ac, a);
      assert.ok(!(await openIds()).includes(pairs.bc.id), 'left the queue');
      const settled = await read(pairs.bc);
      assert.equal(settled.status, 'same');
      assert.deepEqual(
        settled.history.map((step) => [step.step, step.status, step.mergeId]),
        [['settled', 'same', secondMerge]],
      );
      assert.deepEqual(
        (await auditOf(pairs.bc.id)).map((entry) => [entry.action, entry.actor, entry.detail.mergeId]),
        [['linkage.settle', jkm.userId, secondMerge]],
      );
    });

    it('puts the pair back undecided when an undo separates its records again, audited', async () => {
      const undone = await jkm.request('POST', `/api/linkage/merges/${secondMerge}/undo`, {
        reason: 'Another woman of the same name',
      });
      assert.equal(undone.statusCode, 200, undone.body);
      const open = await openIds();
      assert.ok(
        open.includes(pairs.bc.id) && open.includes(pairs.ac.id),
        'both pairs of the third record back',
      );
      assert.ok(!open.includes(pairs.ab.id), 'the first merge stands');
      const reopened = await read(pairs.bc);
      assert.equal(reopened.status, 'open');
      assert.deepEqual(
        reopened.history.map((step) => [step.step, step.status, step.mergeId]),
        [
          ['settled', 'same', secondMerge],
          ['merge_undone', 'open', secondMerge],
        ],
      );
      assert.deepEqual(
        (await auditOf(pairs.bc.id)).map((entry) => entry.action),
        ['linkage.settle', 'linkage.reopen'],
      );
    });
  });
}
