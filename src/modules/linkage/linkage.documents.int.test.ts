import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { personWithCase } from '../referrals/referral.factory.ts';
import { type CandidateView, drainMatches, pairOf } from './linkage.factory.ts';
import { scanAcrossAgencies } from './linkage.scan.ts';

const passport = (number: string, issuingCountry = 'ID') => ({
  type: 'passport',
  number,
  issuingCountry,
  heldBy: 'person',
});

/** The walk's case (issue 8): one woman, as an embassy and a ministry wrote her, with one passport. */
const person = (fullName: string, birth: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  names: [{ kind: 'birth', fullName }],
  sex: 'female',
  birth,
  nationality: 'ID',
  ...extra,
});
const sumiati = (documents: unknown[] = [passport('B 1234567')]) =>
  person('Sumiati', { precision: 'exact', date: '1994-10-10' }, { documents });
// The walk's ministry wrote 1993; since decision 0153 Sumiyati is a spelling of Sumiati (a y gliding
// from i) and that year alone pairs them: three years off leaves the case only the passport decides.
const sumiyati = (documents: unknown[] = [passport('b1234567')]) =>
  person('Sumiyati', { precision: 'year', year: 1991 }, { documents });
/** A man whose record carries her passport number: the agent's passport written down by mistake. */
const budi = person(
  'Budi Santoso',
  { precision: 'exact', date: '1979-03-02' },
  { sex: 'male', documents: [passport('B1234567')] },
);

interface DocumentEvidence {
  field: string;
  level: string;
  weight: number;
  document?: { type: string; country: string | null; heldBy?: string };
}

/** The session's queued pair of these two persons, as the match jobs left it (no scan). */
async function queuedPair(session: TestSession, a: string, b: string) {
  const list = await session.request('GET', '/api/linkage/candidates?status=open&limit=200');
  assert.equal(list.statusCode, 200, list.body);
  return (list.json().items as CandidateView[]).find(
    (c) => [c.personA.id, c.personB.id].sort().join() === [a, b].sort().join(),
  );
}

const documentOf = (pair: CandidateView | undefined) =>
  (pair?.evidence as DocumentEvidence[] | undefined)?.find((e) => e.field === 'document');

for (const kind of await testDatabaseKinds()) {
  describe(`identity documents as evidence that two records are one person [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    const drain = () => drainMatches(platform().db);
    const asTenant = tenantQuery(() => platform().db);
    const indexOf = async (personId: string) =>
      (
        await platform().db.query<{ number_index: string }>(
          'select number_index from identity_document where person_id = $1',
          [personId],
        )
      )[0]?.number_index as string;
    const hintFor = async (session: TestSession, personId: string) => {
      const response = await session.request('GET', '/api/linkage/hints?limit=100');
      assert.equal(response.statusCode, 200, response.body);
      return {
        body: response.body,
        hint: (response.json().items as { personId: string; probability: number }[]).find(
          (h) => h.personId === personId,
        ),
      };
    };

    it('leaves Sumiati (1994-10-10) and Sumiyati (1991) unpaired without their passport: the names and years alone are not enough', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const a = (await personWithCase(jkm, sumiati([]))).personId;
      const b = (await personWithCase(jkm, sumiyati([]))).personId;
      await drain();
      assert.equal(await queuedPair(jkm, a, b), undefined);
      assert.equal(await pairOf(jkm, a, b), undefined);
    });

    it('pairs them as a likely match in one agency when both carry the same passport, by the match job and by the scan', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const a = (await personWithCase(jkm, sumiati())).personId;
      const b = (await personWithCase(jkm, sumiyati())).personId;
      await drain();
      for (const pair of [await queuedPair(jkm, a, b), await pairOf(jkm, a, b)]) {
        assert.ok(pair, 'the pair is queued');
        assert.equal(pair.band, 'likely');
        assert.deepEqual(documentOf(pair)?.document, { type: 'passport', country: 'ID' });
        assert.equal(documentOf(pair)?.level, 'same document');
      }
      const read = await jkm.request('GET', `/api/linkage/candidates/${(await queuedPair(jkm, a, b))?.id}`);
      assert.equal(read.statusCode, 200, read.body);
      assert.ok(!/1234567/.test(read.body), 'the number is not shown');
      assert.ok(!read.body.includes(await indexOf(a)), 'nor its index');
    });

    it('does not take one number under two issuing countries for one document', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const a = (await personWithCase(jkm, sumiati([passport('C7654321', 'ID')]))).personId;
      const b = (await personWithCase(jkm, sumiyati([passport('C7654321', 'MY')]))).personId;
      await drain();
      const pair = await pairOf(jkm, a, b);
      assert.equal(documentOf(pair)?.level, undefined);
      assert.notEqual(pair?.band, 'likely');
    });

    it('keeps a shared passport whose holders differ in name and sex for review, never as likely', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const a = (await personWithCase(jkm, sumiati([passport('B1234567')]))).personId;
      const b = (await personWithCase(jkm, budi)).personId;
      await drain();
      const pair = await queuedPair(jkm, a, b);
      assert.ok(pair, 'queued for a reviewer to look at');
      assert.equal(pair.band, 'possible');
      assert.ok(pair.probability < 0.5, String(pair.probability));
      assert.equal(documentOf(pair)?.document?.heldBy, 'name');
    });

    it('hints the match to the other agency without showing it the number, its index or the other record', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      const held = (await personWithCase(jkm, sumiati([passport('E 555 0101')]))).personId;
      await drain();
      const newer = (await personWithCase(molisa, sumiyati([passport('e5550101')]))).personId;
      const man = (
        await personWithCase(molisa, {
          ...budi,
          names: [{ kind: 'birth', fullName: 'Hendra Wijaya' }],
          birth: { precision: 'exact', date: '1970-07-07' },
          documents: [passport('E5550101')],
        })
      ).personId;
      await drain();
      const told = await hintFor(molisa, newer);
      assert.ok(told.hint, 'the newer side is told a match exists');
      assert.ok(told.hint.probability >= 0.5, String(told.hint.probability));
      assert.equal((await hintFor(molisa, man)).hint, undefined, 'the man sharing the number is no hint');
      assert.ok((await hintFor(jkm, held)).hint, 'the holder is told');
      const index = await indexOf(held);
      for (const body of [told.body, (await hintFor(jkm, held)).body]) {
        assert.ok(!/5550101/.test(body), 'the number is not shown');
        assert.ok(!body.includes(index), 'nor its index');
      }
      // The full scan across agencies finds it as the match did.
      await platform().db.query('delete from person_match_hint where person_id = any ($1::uuid[])', [
        [held, newer],
      ]);
      await scanAcrossAgencies(platform().db, { mode: 'full' });
      assert.ok((await hintFor(molisa, newer)).hint, 'the scan hints it again');
    });

    it("never lets another agency's role find a person by a document number's index", async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      const held = (await personWithCase(jkm, sumiati([passport('F1112223')]))).personId;
      const index = await indexOf(held);
      const permissions = ['person:read', 'person:write', 'person:link'];
      const seen = (session: TestSession) =>
        asTenant(session, permissions, 'select person_id from identity_document where number_index = $1', [
          index,
        ]);
      assert.deepEqual(await seen(jkm), [{ person_id: held }]);
      assert.deepEqual(await seen(molisa), [], "the other agency's holders stay unseen");
    });
  });
}
