import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { inTenant } from '../../db/tenant.ts';
import { personWithCase } from '../referrals/referral.factory.ts';
import { anhRecords, type CandidateView, pairOf } from './linkage.factory.ts';
import { agencyScope } from './linkage.learnt.ts';
import { storedPairs, upsertCandidates } from './linkage.repo.ts';
import type { ScoredPair } from './person-scoring.ts';

const reviewer = ['person:read', 'person:write', 'person:link'];

/* With the application's checks switched off, what the database shows and refuses by itself. */
for (const kind of await testDatabaseKinds()) {
  describe(`possible duplicates and merges in the database [${kind}]`, () => {
    const platform = useTestPlatform(kind, { unsafeSkipPolicyChecks: true });
    const asTenant = tenantQuery(() => platform().db);
    const refused = (error: { code?: string }) => error.code === '42501';
    let jkm: TestSession;
    let kbri: TestSession;
    let officer: TestSession;
    let pair: CandidateView;
    let mergeId: string;

    it('sets up a pair in JKM and merges it', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      officer = await signInAs(platform().app, 'officer.pdrm@demo.lindung.org');
      const a = await personWithCase(jkm, anhRecords.withAccents);
      const b = await personWithCase(jkm, anhRecords.withoutAccents);
      pair = (await pairOf(jkm, a.personId, b.personId)) as CandidateView;
      assert.ok(pair);
      const merged = await jkm.request('POST', `/api/linkage/candidates/${pair.id}/merge`, {
        survivorId: a.personId,
        reason: 'Same passport',
        version: pair.version,
      });
      assert.equal(merged.statusCode, 201, merged.body);
      mergeId = merged.json().id;
    });

    it('shows pairs only to an agency that sees both persons, and only with person:link', async () => {
      assert.equal(
        (await asTenant(jkm, reviewer, 'select 1 from person_match_candidate where id = $1', [pair.id]))
          .length,
        1,
      );
      assert.deepEqual(await asTenant(kbri, reviewer, 'select 1 from person_match_candidate'), []);
      assert.deepEqual(
        await asTenant(jkm, ['person:read', 'person:write'], 'select 1 from person_match_candidate'),
        [],
        'not without person:link',
      );
      assert.deepEqual(
        await asTenant(jkm, ['person:link'], 'select 1 from person_match_candidate'),
        [],
        'not without reading both persons',
      );
      assert.equal((await kbri.request('GET', `/api/linkage/candidates/${pair.id}`)).statusCode, 404);
      assert.deepEqual((await kbri.request('GET', '/api/linkage/candidates')).json().items, []);
      assert.deepEqual((await officer.request('GET', '/api/linkage/candidates')).json().items, []);
    });

    it('shows a merge only to readers of both persons, and lets nobody else make or undo one', async () => {
      assert.equal((await asTenant(jkm, ['person:read'], 'select 1 from person_merge')).length, 1);
      assert.deepEqual(await asTenant(kbri, reviewer, 'select 1 from person_merge'), []);
      assert.equal((await kbri.request('GET', `/api/linkage/merges/${mergeId}`)).statusCode, 404);
      const undo = await kbri.request('POST', `/api/linkage/merges/${mergeId}/undo`, { reason: 'Not ours' });
      assert.equal(undo.statusCode, 404);
      assert.deepEqual(
        await asTenant(
          kbri,
          reviewer,
          "update person_merge set undone_at = now(), undone_by = $2, undo_reason = 'x' where id = $1 returning id",
          [mergeId, kbri.userId],
        ),
        [],
      );
      assert.deepEqual(
        await asTenant(
          jkm,
          ['person:read', 'person:write'],
          "update person_merge set undone_at = now(), undone_by = $2, undo_reason = 'x' where id = $1 returning id",
          [mergeId, jkm.userId],
        ),
        [],
        'not without person:link',
      );
      await assert.rejects(
        asTenant(
          kbri,
          reviewer,
          `insert into person_merge (agency_id, survivor_id, merged_id, reason, merged_by)
           values ($1, $2, $3, 'Taken over', $4)`,
          [kbri.agencyId, pair.personB.id, pair.personA.id, kbri.userId],
        ),
        refused,
      );
      await assert.rejects(
        asTenant(
          kbri,
          reviewer,
          `insert into person_match_candidate (agency_id, person_a, person_b, probability, weight, evidence, fingerprint)
           values ($1, $2, $3, 0.9, 5, '[]', 'x')`,
          [kbri.agencyId, pair.personA.id, pair.personB.id],
        ),
        refused,
      );
      assert.deepEqual(
        await asTenant(kbri, reviewer, 'select lindung_person_master($1) as id', [pair.personB.id]),
        [{ id: pair.personB.id }],
        'merges another agency may not see are not followed',
      );
      assert.deepEqual(
        await asTenant(jkm, ['person:read'], 'select lindung_person_master($1) as id', [pair.personB.id]),
        [{ id: (await jkm.request('GET', `/api/linkage/merges/${mergeId}`)).json().survivorId }],
        'the owning agency follows the merge',
      );
    });

    it("shows a pair's history only to its reviewers, and lets nobody add to another's or change a step", async () => {
      const steps =
        'select step, reason from person_match_decision where candidate_id = $1 order by decided_at, step';
      // The merge of an undecided pair decides it first (decision 0130).
      assert.deepEqual(await asTenant(jkm, reviewer, steps, [pair.id]), [
        { step: 'decided', reason: 'Same passport' },
        { step: 'merged', reason: 'Same passport' },
      ]);
      assert.deepEqual(await asTenant(kbri, reviewer, steps, [pair.id]), []);
      assert.deepEqual(await asTenant(jkm, ['person:read'], steps, [pair.id]), [], 'not without person:link');
      const add = `insert into person_match_decision (candidate_id, agency_id, step, status, reason, decided_by)
                   values ($1, $2, 'decided', 'different', 'Taken over', $3)`;
      await assert.rejects(asTenant(kbri, reviewer, add, [pair.id, kbri.agencyId, kbri.userId]), refused);
      await assert.rejects(asTenant(jkm, ['person:read'], add, [pair.id, jkm.agencyId, jkm.userId]), refused);
      await assert.rejects(
        asTenant(
          jkm,
          reviewer,
          "update person_match_decision set reason = 'Rewritten' where candidate_id = $1",
          [pair.id],
        ),
        refused,
        'a step is never changed',
      );
      await assert.rejects(
        asTenant(jkm, reviewer, 'delete from person_match_decision where candidate_id = $1', [pair.id]),
        refused,
        'nor removed',
      );
    });

    it('shows an agency only the counts of its own names, to readers of persons, and lets nobody write them', async () => {
      const own = await asTenant<{ agency_id: string }>(
        jkm,
        ['person:read'],
        `select agency_id from linkage_key_count where key = '#persons'`,
      );
      assert.deepEqual(own, [{ agency_id: jkm.agencyId }]);
      assert.deepEqual(
        await asTenant(kbri, reviewer, 'select 1 from linkage_key_count where agency_id = $1', [
          jkm.agencyId,
        ]),
        [],
        'another agency learns nothing of its names',
      );
      assert.deepEqual(
        await asTenant(jkm, ['person:link'], 'select 1 from linkage_key_count'),
        [],
        'not without person:read',
      );
      await assert.rejects(asTenant(jkm, reviewer, `update linkage_key_count set records = 0`), refused);
      await assert.rejects(
        asTenant(
          jkm,
          reviewer,
          `insert into linkage_key_count (key, agency_id, records) values ('#persons', $1, 1)`,
          [jkm.agencyId],
        ),
        refused,
      );
    });

    it('keeps the learnt parameters of an agency from other agencies, written only with person:link, those of every agency by nobody', async () => {
      const insert = `insert into linkage_learnt_parameters (agency_id, persons, parameters, learnt_at)
                      values ($1, 5000, '{}', now())`;
      await asTenant(jkm, reviewer, insert, [jkm.agencyId]);
      assert.deepEqual(
        await asTenant(kbri, reviewer, 'select 1 from linkage_learnt_parameters where agency_id = $1', [
          jkm.agencyId,
        ]),
        [],
      );
      await assert.rejects(asTenant(jkm, reviewer, insert, [kbri.agencyId]), refused);
      await assert.rejects(asTenant(jkm, reviewer, insert, [null]), refused);
      await assert.rejects(
        asTenant(jkm, ['person:read'], 'update linkage_learnt_parameters set persons = 1'),
        refused,
        'not without person:link',
      );
      assert.equal(
        (await asTenant(jkm, ['person:read'], 'select 1 from linkage_learnt_parameters')).length,
        1,
      );
    });

    it("refuses a match's pairs naming another agency's person, or written in another agency's scope (decision 0127)", async () => {
      const other = await personWithCase(kbri, anhRecords.other);
      const [personA, personB] = [pair.personA.id, other.personId].sort() as [string, string];
      const crossing = {
        personA,
        personB,
        probability: 0.9,
        weight: 3.2,
        evidence: [],
        fingerprint: 'a:b',
      };
      const upsert = (agencyId: string, pairs: ScoredPair[]) =>
        inTenant(platform().db, agencyScope(agencyId), async (tx) =>
          upsertCandidates(tx, agencyId, pairs, await storedPairs(tx)),
        );
      await assert.rejects(upsert(jkm.agencyId, [crossing]), refused, "JKM's scope, a KBRI person");
      await assert.rejects(upsert(kbri.agencyId, [crossing]), refused, "KBRI's scope, a JKM person");
      const [a, b] = [pair.personA.id, pair.personB.id].sort() as [string, string];
      const theirs = { ...crossing, personA: a, personB: b, fingerprint: 'c:d' };
      await assert.rejects(upsert(kbri.agencyId, [theirs]), refused, "JKM's own pair, from KBRI's scope");
      const written = await platform().db.query(
        'select 1 from person_match_candidate where $1 in (person_a, person_b) or fingerprint = $2',
        [other.personId, 'c:d'],
      );
      assert.deepEqual(written, [], 'nothing written');
    });

    it("gives a match's block look-up only the caller's agency's persons, and only with person:read", async () => {
      const blocks = (
        await platform().db.query<{ keys: string[] }>(
          'select array_agg(distinct k) as keys from person_name n, unnest(n.linkage_keys) k where n.person_id = $1',
          [pair.personA.id],
        )
      )[0]?.keys as string[];
      const look = (who: TestSession, permissions: string[]) =>
        asTenant<{ id: string }>(who, permissions, 'select lindung_linkage_block_persons($1) as id', [
          blocks,
        ]);
      const found = (await look(jkm, ['person:read'])).map((r) => r.id);
      assert.ok(found.includes(pair.personA.id) && found.includes(pair.personB.id), 'its own persons');
      const owned = await platform().db.query<{ n: number }>(
        `select count(*)::int as n from person where id = any ($1::uuid[]) and agency_id <> $2`,
        [found, jkm.agencyId],
      );
      assert.equal(owned[0]?.n, 0, "no other agency's person");
      assert.deepEqual(await look(kbri, ['person:read']), [], "not another agency's");
      assert.deepEqual(await look(jkm, ['person:link']), [], 'not without person:read');
    });

    it("answers, with another agency's names in the same blocks, each agency's persons in them (migration 0272)", async () => {
      // A namesake of JKM's pair in KBRI: the blocks now hold both agencies' names.
      const theirs = await personWithCase(kbri, anhRecords.withoutAccents);
      const blocks = (
        await platform().db.query<{ keys: string[] }>(
          'select array_agg(distinct k) as keys from person_name n, unnest(n.linkage_keys) k where n.person_id = $1',
          [pair.personA.id],
        )
      )[0]?.keys as string[];
      // What the names' plain index answers the database owner, agency by agency.
      const held = async (agencyId: string) =>
        (
          await platform().db.query<{ id: string }>(
            `select distinct person_id as id from person_name
              where linkage_keys && $1::text[] and agency_id = $2 order by person_id`,
            [blocks, agencyId],
          )
        ).map((r) => r.id);
      const look = async (who: TestSession) =>
        [
          ...new Set(
            (
              await asTenant<{ id: string }>(
                who,
                ['person:read'],
                'select lindung_linkage_block_persons($1) as id',
                [blocks],
              )
            ).map((r) => r.id),
          ),
        ].sort();
      assert.ok((await held(kbri.agencyId)).includes(theirs.personId), "KBRI's namesake is in the blocks");
      assert.deepEqual(await look(jkm), await held(jkm.agencyId), "JKM's persons in the blocks");
      assert.deepEqual(await look(kbri), await held(kbri.agencyId), "KBRI's persons in the blocks");
      if (kind === 'postgres') {
        // The look-up's condition is answered by the index of blocks by agency, not by the table.
        const plan = await platform().db.transaction(async (tx) => {
          await tx.query('set local enable_seqscan = off');
          return tx.query<{ 'QUERY PLAN': string }>(
            `explain select n.person_id from person_name n
              where lindung_agency_linkage_keys(n.agency_id, n.linkage_keys) && lindung_agency_linkage_keys($2, $1)
                and n.agency_id = $2`,
            [blocks, jkm.agencyId],
          );
        });
        assert.match(plan.map((r) => r['QUERY PLAN']).join('\n'), /person_name_agency_linkage_keys/);
      }
    });
  });
}
