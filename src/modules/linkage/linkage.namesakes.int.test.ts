import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { personWithCase } from '../referrals/referral.factory.ts';
import { type CandidateView, drainMatches } from './linkage.factory.ts';

/** A woman recorded with this name, born as given (`null`: not known). */
const recorded = (fullName: string, date: string | null) => ({
  names: [{ kind: 'birth', fullName }],
  sex: 'female',
  birth: date ? { precision: 'exact', date } : { precision: 'unknown' },
  nationality: 'ID',
});

const queue = async (session: TestSession) => {
  const list = await session.request('GET', '/api/linkage/candidates?status=open&limit=200');
  assert.equal(list.statusCode, 200, list.body);
  return list.json().items as CandidateView[];
};
const pairIn = (items: CandidateView[], a: string, b: string) =>
  items.find((c) => [c.personA.id, c.personB.id].sort().join() === [a, b].sort().join());
/** A pair's probability is its weight's: the weight said is the one the probability was made from. */
const weighsItsProbability = (pair: CandidateView & { weight: number }) =>
  Math.abs(pair.probability - 1 / (1 + 2 ** -pair.weight)) < 0.001;

for (const kind of await testDatabaseKinds()) {
  describe(`a new person without a full date matched against namesakes (decision 0160) [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    const drain = () => drainMatches(platform().db);
    let jkm: TestSession;
    let born1990: string;
    let born1985: string;

    it('shares her pairs with two Siti Aminahs born years apart: both possible, equal, and the reasons say why', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      born1990 = (await personWithCase(jkm, recorded('Siti Aminah', '1990-03-02'))).personId;
      born1985 = (await personWithCase(jkm, recorded('Siti Aminah', '1985-11-20'))).personId;
      await drain();
      const newcomer = (await personWithCase(jkm, recorded('Siti Aminah', null))).personId;
      await drain();
      const items = await queue(jkm);
      const [first, second] = [pairIn(items, newcomer, born1990), pairIn(items, newcomer, born1985)];
      assert.ok(first && second, JSON.stringify(items));
      assert.equal(first.probability, second.probability);
      assert.ok(first.probability < 0.5, String(first.probability));
      assert.equal(first.band, 'possible');
      const shared = first.evidence.find((e) => e.field === 'namesakes');
      assert.equal(shared?.level, 'shared');
      assert.ok((shared?.weight as number) < 0, JSON.stringify(first.evidence));
      assert.equal(first.evidence.find((e) => e.field === 'name')?.level, 'exact', 'each field as compared');
      assert.ok(weighsItsProbability(first as CandidateView & { weight: number }), JSON.stringify(first));
    });

    it('leaves the pair of a newcomer with a full date as scored alone', async () => {
      const newcomer = (await personWithCase(jkm, recorded('Siti Aminah', '1990-03-02'))).personId;
      await drain();
      const pair = pairIn(await queue(jkm), newcomer, born1990);
      assert.ok(pair);
      assert.equal(pair.band, 'likely');
      assert.ok(!pair.evidence.some((e) => e.field === 'namesakes'), JSON.stringify(pair.evidence));
    });

    it("leaves a dateless newcomer's pairs with one person recorded twice as scored alone", async () => {
      const once = (await personWithCase(jkm, recorded('Nurul Hidayah Binti Ahmad', '1992-07-14'))).personId;
      const twice = (await personWithCase(jkm, recorded('Nurul Hidayah Ahmad', '1992-07-14'))).personId;
      await drain();
      assert.equal(pairIn(await queue(jkm), once, twice)?.band, 'likely', 'the model links the two');
      const newcomer = (await personWithCase(jkm, recorded('Nurul Hidayah Binti Ahmad', null))).personId;
      await drain();
      const items = await queue(jkm);
      for (const other of [once, twice]) {
        const pair = pairIn(items, newcomer, other);
        assert.equal(pair?.band, 'likely', JSON.stringify(pair));
        assert.ok(!pair?.evidence.some((e) => e.field === 'namesakes'), JSON.stringify(pair?.evidence));
      }
    });

    it("raises a dateless newcomer's weak pair with a likely person's other record through that person (decision 0169)", async () => {
      const once = (await personWithCase(jkm, recorded('Nurul Hidayah Binti Ahmad', '1992-07-14'))).personId;
      // The same woman by her given name alone: a dateless newcomer's 'close' at best (0116).
      const given = (await personWithCase(jkm, recorded('Nurul Hidayah', '1992-07-14'))).personId;
      await drain();
      const newcomer = (await personWithCase(jkm, recorded('Nurul Hidayah Binti Ahmad', null))).personId;
      await drain();
      const items = await queue(jkm);
      const [likely, raised] = [pairIn(items, newcomer, once), pairIn(items, newcomer, given)];
      assert.ok(likely && raised, JSON.stringify(items));
      assert.ok(raised.probability <= likely.probability, JSON.stringify([raised, likely]));
      assert.equal(raised.band, 'likely');
      const row = raised.evidence.find((e) => e.field === 'person');
      assert.equal(row?.level, 'another of its records');
      assert.ok((row?.weight as number) > 0, JSON.stringify(raised.evidence));
      assert.ok(weighsItsProbability(raised as CandidateView & { weight: number }), JSON.stringify(raised));
    });
  });

  describe(`a new person without any date among dateless namesakes (decision 0193) [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    /** The whole open queue: one page, said to be all. */
    const wholeQueue = async (session: TestSession) => {
      const list = await session.request('GET', '/api/linkage/candidates?status=open&limit=200');
      assert.equal(list.statusCode, 200, list.body);
      assert.equal(list.json().nextCursor, null, 'the whole queue on one page');
      return list.json().items as CandidateView[];
    };
    const pairsOf = (items: CandidateView[], person: string) =>
      items.filter((c) => c.personA.id === person || c.personB.id === person);

    it('queues none of her pairs with 24 dateless Rizal Omars: a reviewer could not tell which she is', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      for (let i = 0; i < 24; i++) await personWithCase(jkm, recorded('Rizal Omar', null));
      await drainMatches(platform().db);
      const newcomer = (await personWithCase(jkm, recorded('Rizal Omar', null))).personId;
      await drainMatches(platform().db);
      assert.deepEqual(pairsOf(await wholeQueue(jkm), newcomer), []);
    });

    it('queues her pair with the one dateless woman of a rare name, as scored', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const namesake = (await personWithCase(jkm, recorded('Zulaikha Wiryawati', null))).personId;
      await drainMatches(platform().db);
      const newcomer = (await personWithCase(jkm, recorded('Zulaikha Wiryawati', null))).personId;
      await drainMatches(platform().db);
      const [pair, ...more] = pairsOf(await wholeQueue(jkm), newcomer);
      assert.deepEqual(more, []);
      assert.ok(pair && pairIn([pair], newcomer, namesake), JSON.stringify(pair));
      assert.ok(!pair.evidence.some((e) => e.field === 'namesakes'), JSON.stringify(pair.evidence));
    });
  });

  describe(`a person without a full date in another agency (decision 0160) [${kind}]`, () => {
    const platform = useTestPlatform(kind);

    it('raises no "possible match held by another agency" for either of two namesakes born years apart', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      await personWithCase(jkm, recorded('Siti Aminah', '1990-03-02'));
      await personWithCase(jkm, recorded('Siti Aminah', '1985-11-20'));
      await drainMatches(platform().db);
      await personWithCase(molisa, recorded('Siti Aminah', null));
      await drainMatches(platform().db);
      for (const session of [jkm, molisa]) {
        const hints = await session.request('GET', '/api/linkage/hints');
        assert.equal(hints.statusCode, 200, hints.body);
        assert.deepEqual(hints.json().items, []);
      }
    });
  });
}
