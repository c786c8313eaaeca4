import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { assessmentBody, openCareCase, userIdOf } from './care.factory.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`needs assessments [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let caseId: string;
    let firstId: string;

    it('records an assessment with a level in every domain and notes kept encrypted', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      caseId = await openCareCase(jkm);
      const recorded = await jkm.request(
        'POST',
        `/api/cases/${caseId}/needs-assessments`,
        assessmentBody({
          shelter: { level: 'urgent', note: 'Sleeping at the bus station since she ran away.' },
          medical: { level: 'high', note: 'Untreated burn on the left hand.' },
          interpretation: { level: 'medium' },
        }),
      );
      assert.equal(recorded.statusCode, 201, recorded.body);
      const body = recorded.json();
      firstId = body.id;
      assert.deepEqual(body.needs.shelter, {
        level: 'urgent',
        note: 'Sleeping at the bus station since she ran away.',
      });
      assert.deepEqual(body.needs.interpretation, { level: 'medium', note: null });
      assert.deepEqual(body.needs.safety, { level: 'none', note: null });
      assert.equal(body.assessedByUserId, jkm.userId);
      assert.equal(body.supersedesId, null);
      const [row] = await platform().db.query<{ notes: string }>(
        'select notes from needs_assessment where id = $1',
        [firstId],
      );
      assert.match(row?.notes ?? '', /^v1\./);
      assert.doesNotMatch(row?.notes ?? '', /bus station/);
    });

    it('lets a later assessment supersede the first, keeping both, newest first', async () => {
      const second = await jkm.request(
        'POST',
        `/api/cases/${caseId}/needs-assessments`,
        assessmentBody({ shelter: { level: 'low' } }, { assessedOn: '2025-12-01' }),
      );
      assert.equal(second.statusCode, 201, second.body);
      assert.equal(second.json().supersedesId, firstId);
      const list = (await jkm.request('GET', `/api/cases/${caseId}/needs-assessments`)).json();
      assert.deepEqual(
        list.items.map((a: { id: string; supersededById: string | null }) => [a.id, a.supersededById]),
        [
          [second.json().id, null],
          [firstId, second.json().id],
        ],
      );
      assert.equal(list.items[1].needs.medical.note, 'Untreated burn on the left hand.');
      const audit = await platform().db.query(
        `select 1 from audit_event where action = 'case.read_needs_assessments' and subject_id = $1`,
        [caseId],
      );
      assert.equal(audit.length, 1);
    });

    it('records who assessed when another member of the agency did', async () => {
      const admin = await userIdOf(platform().db, 'admin.jkm@demo.lindung.org');
      const recorded = await jkm.request(
        'POST',
        `/api/cases/${caseId}/needs-assessments`,
        assessmentBody({}, { assessedByUserId: admin }),
      );
      assert.equal(recorded.statusCode, 201, recorded.body);
      assert.equal(recorded.json().assessedByUserId, admin);
      assert.equal(recorded.json().recordedByUserId, jkm.userId);
    });

    it('refuses an assessment dated in the future, by an outsider, or missing a domain, naming the field', async () => {
      const kbri = await userIdOf(platform().db, 'cm.kbri@demo.lindung.org');
      const refused = await jkm.request(
        'POST',
        `/api/cases/${caseId}/needs-assessments`,
        assessmentBody({}, { assessedOn: '2999-01-01', assessedByUserId: kbri }),
      );
      assert.equal(refused.statusCode, 400);
      assert.deepEqual(
        refused
          .json()
          .errors.map((e: { field: string }) => e.field)
          .sort(),
        ['assessedByUserId', 'assessedOn'],
      );
      const { safety: _left, ...withoutSafety } = assessmentBody().needs;
      const partial = await jkm.request('POST', `/api/cases/${caseId}/needs-assessments`, {
        assessedOn: '2025-11-20',
        needs: { ...withoutSafety, shelter: { level: 'severe' } },
      });
      assert.equal(partial.statusCode, 400);
      const fields = partial.json().errors.map((e: { field: string }) => e.field);
      assert.ok(fields.includes('needs.safety'), fields.join());
      assert.ok(fields.includes('needs.shelter.level'), fields.join());
    });

    it('returns the assessment already made when a submission is retried with the same key', async () => {
      const headers = { 'idempotency-key': 'assessment-retry-1' };
      const body = assessmentBody({ legal: { level: 'high' } });
      const first = await jkm.request('POST', `/api/cases/${caseId}/needs-assessments`, body, headers);
      const again = await jkm.request('POST', `/api/cases/${caseId}/needs-assessments`, body, headers);
      assert.equal(again.statusCode, 201);
      assert.equal(again.headers['idempotent-replayed'], 'true');
      assert.equal(again.json().id, first.json().id);
    });
  });
}
