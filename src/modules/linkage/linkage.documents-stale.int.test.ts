import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { generateKeyText, parseKeys } from '../../crypto/keyring.ts';
import { reencryptAll } from '../../crypto/rotate.ts';
import { personWithCase } from '../referrals/referral.factory.ts';
import { type CandidateView, drainMatches } from './linkage.factory.ts';

/** One woman as an embassy and a ministry wrote her, holding one passport (decision 0121). */
const sumiati = (number: string) => ({
  names: [{ kind: 'birth', fullName: 'Sumiati' }],
  sex: 'female',
  birth: { precision: 'exact', date: '1994-10-10' },
  nationality: 'ID',
  documents: [{ type: 'passport', number, issuingCountry: 'ID', heldBy: 'person' }],
});
const sumiyati = (number: string) => ({
  ...sumiati(number),
  names: [{ kind: 'birth', fullName: 'Sumiyati' }],
  birth: { precision: 'year', year: 1993 },
});

for (const kind of await testDatabaseKinds()) {
  describe(`a pair's fingerprint and the persons' identity documents [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;

    /** Two records sharing a passport, paired by their match jobs: the pair as the queue shows it. */
    async function pairSharing(number: string) {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const a = (await personWithCase(jkm, sumiati(number))).personId;
      const b = (await personWithCase(jkm, sumiyati(number))).personId;
      await drainMatches(platform().db);
      const list = await jkm.request('GET', '/api/linkage/candidates?status=open&limit=200');
      const pair = (list.json().items as CandidateView[]).find(
        (c) => [c.personA.id, c.personB.id].sort().join() === [a, b].sort().join(),
      );
      assert.ok(pair, list.body);
      return { a, pair };
    }
    const decide = (pair: CandidateView) =>
      jkm.request('POST', `/api/linkage/candidates/${pair.id}/decision`, {
        decision: 'same',
        reason: 'One passport, one woman',
        version: pair.version,
      });
    async function edit(personId: string, body: Record<string, unknown>) {
      const read = await jkm.request('GET', `/api/persons/${personId}`);
      const edited = await jkm.request('PUT', `/api/persons/${personId}`, body, {
        'if-match': String(read.headers.etag),
      });
      assert.equal(edited.statusCode, 200, edited.body);
    }
    const indexOf = async (personId: string) =>
      (
        await platform().db.query<{ number_index: string }>(
          'select number_index from identity_document where person_id = $1',
          [personId],
        )
      )[0]?.number_index;

    it('leaves an open pair as scored when a key rotation recomputes the numbers’ blind indexes', async () => {
      const { a, pair } = await pairSharing('B 7001001');
      const oldKey = platform().keyring.current.material.toString('base64');
      const newKey = generateKeyText();
      const before = await indexOf(a);
      await reencryptAll(platform().db, parseKeys(`${newKey}\n${oldKey}`, 'the rotated keys'));
      assert.notEqual(await indexOf(a), before, 'the index moved to the new key');
      const decided = await decide(pair);
      // Back to the platform's key, which the rest of the suite encrypts with.
      await reencryptAll(platform().db, parseKeys(`${oldKey}\n${newKey}`, 'the keys rotated back'));
      assert.equal(decided.statusCode, 200, decided.body);
    });

    it('leaves an open pair as scored when an edit keeps the documents as they were', async () => {
      const { a, pair } = await pairSharing('B 7002002');
      await edit(a, { ...sumiati('B 7002002'), languages: ['id'] });
      const decided = await decide(pair);
      assert.equal(decided.statusCode, 200, decided.body);
    });

    it('makes an open pair stale when a document is edited', async () => {
      const { a, pair } = await pairSharing('B 7003003');
      await edit(a, sumiati('B 7003004'));
      const stale = await decide(pair);
      assert.equal(stale.statusCode, 409, stale.body);
      assert.equal(stale.json().code, 'linkage_candidate_stale');
    });
  });
}
