import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { anhThreePairs, type CandidateView } from './linkage.factory.ts';

interface Links {
  masterId: string;
  members: { personId: string }[];
}

/**
 * Decision 0164: a cluster grows through a pair of any of its members. A person already merged
 * stands for the person it resolves to, so the pair of a record outside the cluster with one
 * inside it merges, where it answered 409 and left the reviewer no pair to merge with.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`merging into a cluster through any of its records [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let ids: string[] = [];
    let pairs: Record<'ab' | 'ac' | 'bc', CandidateView>;
    let joined: string;
    const read = async (pair: CandidateView) =>
      (await jkm.request('GET', `/api/linkage/candidates/${pair.id}`)).json() as Promise<
        CandidateView & { version: number }
      >;
    const merge = async (pair: CandidateView, survivorId: string) =>
      jkm.request('POST', `/api/linkage/candidates/${pair.id}/merge`, {
        survivorId,
        reason: 'Same passport photo',
        version: (await read(pair)).version,
      });
    const links = async (personId: string): Promise<Links> =>
      (await jkm.request('GET', `/api/linkage/persons/${personId}`)).json();
    const membersOf = async (personId: string) =>
      (await links(personId)).members.map((member) => member.personId).sort();

    it('queues the three pairs of three records of one woman, and merges the third into the first', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      ({ ids, pairs } = await anhThreePairs(jkm));
      assert.equal((await merge(pairs.ac, ids[0] ?? '')).statusCode, 201);
    });

    it('should merge the second record into the cluster through its pair with the merged third', async () => {
      const [a = '', b = '', c = ''] = ids;
      const merged = await merge(pairs.bc, c);
      assert.equal(merged.statusCode, 201, merged.body);
      joined = merged.json().id;
      assert.deepEqual(
        [merged.json().survivorId, merged.json().mergedId],
        [a, b],
        'into the person c resolves to',
      );
      assert.equal((await links(b)).masterId, a);
      assert.deepEqual(await membersOf(a), [a, b, c].sort());
      assert.equal((await read(pairs.ab)).status, 'same', 'the pair of the first two is settled by it');
      assert.equal((await read(pairs.bc)).mergeId, joined, 'the pair merged names its merge, to undo it');
      const [audited] = await platform().db.query<{ detail: Record<string, string> }>(
        `select detail from audit_event where action = 'person.merge' and subject_id = $1`,
        [joined],
      );
      assert.deepEqual(audited?.detail, { candidateId: pairs.bc.id, survivorId: a, mergedId: b });
    });

    it('should undo that merge alone: the second record separate again, the first and third still one', async () => {
      const [a = '', b = '', c = ''] = ids;
      const undone = await jkm.request('POST', `/api/linkage/merges/${joined}/undo`, { reason: 'Too soon' });
      assert.equal(undone.statusCode, 200, undone.body);
      assert.deepEqual(await membersOf(b), [b]);
      assert.deepEqual(await membersOf(a), [a, c].sort());
      assert.equal((await read(pairs.bc)).status, 'open');
    });

    it('should put the whole cluster under the record chosen to survive when that one stands alone', async () => {
      const [a = '', b = '', c = ''] = ids;
      const merged = await merge(pairs.bc, b);
      assert.equal(merged.statusCode, 201, merged.body);
      assert.deepEqual(
        [merged.json().survivorId, merged.json().mergedId],
        [b, a],
        'the cluster’s first person',
      );
      assert.equal((await links(c)).masterId, b);
      assert.deepEqual(await membersOf(c), [a, b, c].sort());
    });

    it('should refuse (409) a merge of two records already one, saying so', async () => {
      const [a = '', b = ''] = ids;
      const again = await merge(pairs.ab, a);
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().code, 'person_already_merged');
      assert.match(again.json().detail, new RegExp(`person ${a} into person ${b}`));
    });
  });
}
