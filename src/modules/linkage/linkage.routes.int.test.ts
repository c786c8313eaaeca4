import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { personWithCase, recordConsent, refer } from '../referrals/referral.factory.ts';
import { anhRecords, type CandidateView, pairOf } from './linkage.factory.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`review of possible duplicates, merge and undo [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let anh: { personId: string; caseId: string };
    let anhAgain: { personId: string; caseId: string };
    let binh: { personId: string; caseId: string };
    let pair: CandidateView;
    let mergeId: string;

    /** Everything stored about the two persons and their cases, as the database holds it. */
    const stored = async () => {
      const ids = [anh.personId, anhAgain.personId];
      const rows = async (table: string, column: string) =>
        (
          await platform().db.query<{ row: string }>(
            `select t::text as row from ${table} t where ${column} = any ($1::uuid[]) order by t::text`,
            [ids],
          )
        ).map((r) => r.row);
      return {
        person: await rows('person', 'id'),
        person_name: await rows('person_name', 'person_id'),
        identity_document: await rows('identity_document', 'person_id'),
        case_person: await rows('case_person', 'person_id'),
        case_file: (
          await platform().db.query<{ row: string }>(
            'select t::text as row from case_file t where id = any ($1::uuid[]) order by t::text',
            [[anh.caseId, anhAgain.caseId]],
          )
        ).map((r) => r.row),
      };
    };

    const search = async (name: string) => {
      const response = await jkm.request('GET', `/api/persons/matches?${new URLSearchParams({ name })}`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json().items as {
        id: string;
        mergedInto: string | null;
        foundThroughMerged: boolean;
      }[];
    };
    const searchIds = async (name: string) => (await search(name)).map((match) => match.id);
    const foundThroughMerged = async (name: string) =>
      (await search(name)).map((match) => [match.id, match.foundThroughMerged]);

    it('queues two records of one woman written differently, with the evidence per field', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      anh = await personWithCase(jkm, anhRecords.withAccents);
      anhAgain = await personWithCase(jkm, anhRecords.withoutAccents);
      binh = await personWithCase(jkm, anhRecords.other);
      const found = await pairOf(jkm, anh.personId, anhAgain.personId);
      assert.ok(found, 'the pair is queued');
      pair = found;
      assert.equal(pair.status, 'open');
      assert.equal(pair.band, 'likely');
      assert.ok(pair.probability >= 0.5);
      const name = pair.evidence.find((e) => e.field === 'name');
      assert.equal(name?.level, 'exact', 'accents and case folded');
      assert.ok((name?.weight ?? 0) > 0);
      assert.equal(pair.evidence.find((e) => e.field === 'birth')?.level, 'same year');
      assert.equal(
        await pairOf(jkm, anh.personId, binh.personId),
        undefined,
        'a different man is not queued',
      );
      const again = await jkm.request('POST', '/api/linkage/scans');
      assert.equal(again.json().added, 0, 'a second scan adds nothing new');
      const page = await jkm.request('GET', '/api/linkage/candidates?limit=1');
      assert.equal(page.statusCode, 200);
      assert.equal(page.json().items.length, 1);
    });

    it('refuses reviewers without person:link and hides the pair from another agency', async () => {
      const officer = await signInAs(platform().app, 'officer.pdrm@demo.lindung.org');
      assert.equal((await officer.request('GET', '/api/linkage/candidates')).statusCode, 403);
      assert.equal((await officer.request('GET', '/api/linkage/hints')).statusCode, 403);
      // The police review through their investigators (decision 0086), and see only their own pairs.
      const investigator = await signInAs(platform().app, 'investigator.pdrm@demo.lindung.org');
      assert.equal((await investigator.request('GET', '/api/linkage/hints')).statusCode, 200);
      assert.deepEqual((await investigator.request('GET', '/api/linkage/candidates')).json().items, []);
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      assert.equal((await kbri.request('GET', `/api/linkage/candidates/${pair.id}`)).statusCode, 404);
      assert.deepEqual((await kbri.request('GET', '/api/linkage/candidates')).json().items, []);
      const merge = await kbri.request('POST', `/api/linkage/candidates/${pair.id}/merge`, {
        survivorId: anh.personId,
        reason: 'Not ours to merge',
        version: pair.version,
      });
      assert.equal(merge.statusCode, 404);
    });

    it('refuses an unknown parameter, a garbage cursor and a huge page on the queue and the hints, naming each', async () => {
      for (const [path, field] of [
        ['/api/linkage/candidates?sort=-probability', 'query.sort'],
        ['/api/linkage/hints?sort=agency', 'query.sort'],
        ['/api/linkage/candidates?cursor=not-a-cursor', 'query.cursor'],
        ['/api/linkage/hints?limit=100000', 'query.limit'],
      ] as const) {
        const response = await jkm.request('GET', path);
        assert.equal(response.statusCode, 400, `${path}: ${response.body}`);
        assert.equal(response.json().errors[0].field, field, path);
      }
    });

    it('records a decision with its reason, and refuses one taken on an older version (409)', async () => {
      const decided = await jkm.request('POST', `/api/linkage/candidates/${pair.id}/decision`, {
        decision: 'unsure',
        reason: 'Ask the shelter for the passport',
        version: pair.version,
      });
      assert.equal(decided.statusCode, 200, decided.body);
      assert.equal(decided.json().status, 'unsure');
      assert.equal(decided.json().reason, 'Ask the shelter for the passport');
      const stale = await jkm.request('POST', `/api/linkage/candidates/${pair.id}/decision`, {
        decision: 'same',
        reason: 'Read an older page',
        version: pair.version,
      });
      assert.equal(stale.statusCode, 409);
      assert.equal(stale.json().code, 'linkage_candidate_changed');
      assert.equal(stale.json().errors[0].field, 'version');
      pair = decided.json();
      const unsure = await jkm.request('GET', '/api/linkage/candidates?status=unsure');
      assert.ok(unsure.json().items.some((c: CandidateView) => c.id === pair.id));
    });

    it('merges the pair without changing either record; both cases resolve through the survivor', async () => {
      const before = await stored();
      const wrong = await jkm.request('POST', `/api/linkage/candidates/${pair.id}/merge`, {
        survivorId: binh.personId,
        reason: 'Same passport photo',
        version: pair.version,
      });
      assert.equal(wrong.statusCode, 400);
      assert.equal(wrong.json().errors[0].field, 'survivorId');
      const merged = await jkm.request('POST', `/api/linkage/candidates/${pair.id}/merge`, {
        survivorId: anh.personId,
        reason: 'Same passport photo',
        version: pair.version,
      });
      assert.equal(merged.statusCode, 201, merged.body);
      mergeId = merged.json().id;
      assert.equal(merged.json().mergedId, anhAgain.personId);
      assert.deepEqual(await stored(), before, 'no record of either person changed');
      const links = await jkm.request('GET', `/api/linkage/persons/${anhAgain.personId}`);
      assert.equal(links.statusCode, 200, links.body);
      assert.equal(links.json().masterId, anh.personId);
      // Each member with the names it was recorded with: what the survivor's page lists (issue 8).
      assert.deepEqual(
        links
          .json()
          .members.map((m: { personId: string; names: string[] }) => `${m.personId} ${m.names.join(', ')}`)
          .sort(),
        [`${anh.personId} Nguyễn Thị Ánh`, `${anhAgain.personId} NGUYEN THI ANH`].sort(),
      );
      assert.deepEqual(
        links
          .json()
          .cases.map((c: { id: string }) => c.id)
          .sort(),
        [anh.caseId, anhAgain.caseId].sort(),
      );
      const read = await jkm.request('GET', `/api/linkage/candidates/${pair.id}`);
      assert.equal(read.json().status, 'same');
      assert.equal(read.json().mergeId, mergeId);
      assert.equal(read.json().personB.masterId, anh.personId);
      const person = await jkm.request('GET', `/api/persons/${anhAgain.personId}`);
      assert.equal(person.statusCode, 200, 'the merged record is still there, as it was');
      assert.equal(person.json().mergedInto, anh.personId, 'and says whom it was merged into');
      assert.equal((await jkm.request('GET', `/api/persons/${anh.personId}`)).json().mergedInto, null);
      // Search lists her once, by the record she was merged into.
      const found = await searchIds('Nguyen Thi Anh');
      assert.ok(found.includes(anh.personId), 'the survivor is found');
      assert.ok(!found.includes(anhAgain.personId), 'the merged record is not listed beside it');
      // The merged record's own spelling finds her, saying it was through the record merged into her.
      const through = await foundThroughMerged('NGUYEN THI ANH');
      assert.deepEqual(
        through.filter(([id]) => id === anh.personId || id === anhAgain.personId),
        [[anh.personId, true]],
      );
    });

    it('refuses to merge a person already merged (409)', async () => {
      const current = (await jkm.request('GET', `/api/linkage/candidates/${pair.id}`)).json();
      const twice = await jkm.request('POST', `/api/linkage/candidates/${pair.id}/merge`, {
        survivorId: anhAgain.personId,
        reason: 'The other way round',
        version: current.version,
      });
      assert.equal(twice.statusCode, 409);
      assert.equal(twice.json().code, 'person_already_merged');
      assert.match(twice.json().detail, new RegExp(anh.personId), 'names the record to merge with instead');
      assert.deepEqual(
        twice.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
        [['survivorId', 'person_merged_elsewhere']],
        'the survivor chosen is the one merged',
      );
    });

    it('refuses the same merge twice (409) naming no field the request does not have', async () => {
      const current = (await jkm.request('GET', `/api/linkage/candidates/${pair.id}`)).json();
      const again = await jkm.request('POST', `/api/linkage/candidates/${pair.id}/merge`, {
        survivorId: anh.personId,
        reason: 'Clicked twice',
        version: current.version,
      });
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().code, 'person_already_merged');
      assert.equal(again.json().errors, undefined, 'the survivor chosen is not at fault');
      assert.equal(
        again.json().detail,
        `The two persons are already merged: person ${anhAgain.personId} into person ${anh.personId}. Nothing is left to merge; to merge them the other way round, undo that merge first.`,
      );
    });

    it('takes no new case, screening or consent on the merged record, and lets a consent of the survivor found a referral of its case', async () => {
      const refusals = [
        await jkm.request('POST', '/api/cases', { type: 'victim_case', personId: anhAgain.personId }),
        await jkm.request('POST', `/api/persons/${anhAgain.personId}/screenings`, {
          screenedOn: '2025-11-20',
          profile: 'adult_labour',
        }),
        await jkm.request('POST', `/api/persons/${anhAgain.personId}/consents`, {
          method: 'written',
          givenOn: '2025-11-20',
          recipientAgencyIds: [platform().agencyIds.kbri],
          purposes: ['repatriation'],
          dataCategories: ['identity'],
        }),
      ];
      for (const refused of refusals) {
        assert.equal(refused.statusCode, 409, refused.body);
        assert.equal(refused.json().code, 'person_merged_into_another');
        assert.equal(refused.json().errors[0].field, 'personId');
      }
      // The same woman's consent, recorded on the survivor, covers the case opened on the merged record.
      const consentId = await recordConsent(jkm, anh.personId, {
        recipientAgencyIds: [platform().agencyIds.kbri],
        purposes: ['repatriation'],
        dataCategories: ['identity'],
      });
      await refer(jkm, {
        caseId: anhAgain.caseId,
        consentId,
        toAgencyId: platform().agencyIds.kbri,
        purpose: 'repatriation',
      });
      const stranger = await recordConsent(jkm, binh.personId, {
        recipientAgencyIds: [platform().agencyIds.kbri],
        purposes: ['repatriation'],
        dataCategories: ['identity'],
      });
      const notHers = await jkm.request('POST', '/api/referrals', {
        caseId: anhAgain.caseId,
        consentId: stranger,
        toAgencyId: platform().agencyIds.kbri,
        purpose: 'repatriation',
        services: ['repatriation'],
        urgency: 'urgent',
      });
      assert.equal(notHers.statusCode, 400, notHers.body);
      assert.equal(notHers.json().errors[0].code, 'consent_not_of_case_person');
    });

    it('undoes the merge: both persons exactly as before, each resolving to itself', async () => {
      const before = await stored();
      const undone = await jkm.request('POST', `/api/linkage/merges/${mergeId}/undo`, {
        reason: 'The passports differ',
      });
      assert.equal(undone.statusCode, 200, undone.body);
      assert.ok(undone.json().undoneAt);
      assert.deepEqual(await stored(), before);
      for (const id of [anh.personId, anhAgain.personId]) {
        const links = (await jkm.request('GET', `/api/linkage/persons/${id}`)).json();
        assert.equal(links.masterId, id);
        assert.deepEqual(
          links.members.map((m: { personId: string }) => m.personId),
          [id],
        );
      }
      const again = await jkm.request('POST', `/api/linkage/merges/${mergeId}/undo`, { reason: 'Twice' });
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().code, 'person_merge_undone');
      const back = (await jkm.request('GET', `/api/linkage/candidates/${pair.id}`)).json();
      assert.equal(back.status, 'open', 'the pair is back for review, undecided');
      assert.equal(back.mergeId, null);
      const queue = (await jkm.request('GET', '/api/linkage/candidates?limit=200')).json();
      assert.ok(
        queue.items.some((c: CandidateView) => c.id === pair.id),
        'the default queue (pairs still to review) lists it again',
      );
      const found = await searchIds('Nguyen Thi Anh');
      assert.ok(found.includes(anh.personId) && found.includes(anhAgain.personId), 'two persons again');
      assert.ok(
        (await foundThroughMerged('Nguyen Thi Anh')).every(([, through]) => through === false),
        'neither is found through a merged record any more',
      );
      const person = await jkm.request('GET', `/api/persons/${anhAgain.personId}`);
      assert.equal(person.json().mergedInto, null, 'the record no longer says it was merged');
    });

    it('keeps what became of the pair after an undo: who decided, merged and undid it, and why', async () => {
      const steps = (
        history: { step: string; status: string; reason: string; by: { id: string } | null }[],
      ) => history.map((h) => [h.step, h.status, h.reason, h.by?.id === jkm.userId]);
      const expected = [
        ['decided', 'unsure', 'Ask the shelter for the passport', true],
        // Merged while unsure: the merge decided them the same, for its reason (decision 0130).
        ['decided', 'same', 'Same passport photo', true],
        ['merged', 'same', 'Same passport photo', true],
        ['merge_undone', 'open', 'The passports differ', true],
      ];
      const read = (await jkm.request('GET', `/api/linkage/candidates/${pair.id}`)).json();
      assert.deepEqual(steps(read.history), expected);
      assert.equal(read.history[2].mergeId, mergeId);
      assert.equal(read.history[3].mergeId, mergeId);
      // The queue of pairs to review shows the same: the undo is its latest step, the merge stays before it.
      const queue = (await jkm.request('GET', '/api/linkage/candidates?status=open&limit=200')).json();
      const listed = queue.items.find((c: CandidateView) => c.id === pair.id);
      assert.deepEqual(steps(listed.history), expected);
      assert.equal(listed.reason, 'The passports differ', "the pair's reason is its latest step's");
    });

    it('refuses a decision on persons changed since they were scored (409 stale)', async () => {
      const current = (await jkm.request('GET', `/api/linkage/candidates/${pair.id}`)).json();
      await platform().db.query(
        "update person_name set full_name = 'Nguyen Thi Anh Hong' where person_id = $1",
        [anhAgain.personId],
      );
      const stale = await jkm.request('POST', `/api/linkage/candidates/${pair.id}/decision`, {
        decision: 'different',
        reason: 'Different middle names',
        version: current.version,
      });
      assert.equal(stale.statusCode, 409);
      assert.equal(stale.json().code, 'linkage_candidate_stale');
    });

    it('audits every scan, read, decision, merge and undo', async () => {
      const actions = (
        await platform().db.query<{ action: string }>(
          `select distinct action from audit_event
            where outcome = 'success' and (action like 'linkage%' or action like 'person.merge%') order by action`,
        )
      ).map((r) => r.action);
      assert.deepEqual(actions, [
        'linkage.decide',
        'linkage.scan',
        'linkage_candidate.read',
        'linkage_queue.read',
        'person.merge',
        'person.merge_undo',
      ]);
    });

    it('keeps a pair put back by an undo in the queue when a scan no longer finds it, for its reviewer to decide', async () => {
      await platform().db.query("update person_name set full_name = 'Trần Văn Bình' where person_id = $1", [
        anhAgain.personId,
      ]);
      await platform().db.query("update person set sex = 'male' where id = $1", [anhAgain.personId]);
      const scan = await jkm.request('POST', '/api/linkage/scans');
      assert.equal(scan.statusCode, 200, scan.body);
      const kept = (await jkm.request('GET', `/api/linkage/candidates/${pair.id}`)).json();
      assert.deepEqual([kept.status, kept.history.at(-1).step], ['open', 'merge_undone']);
    });
  });
}
