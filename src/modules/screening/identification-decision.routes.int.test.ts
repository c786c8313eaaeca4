import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import {
  completedScreening,
  presumedVictimAnswers,
  recordPerson,
  startScreening,
} from '../../../test/support/screening-factory.ts';
import { tenantPrelude } from '../../db/tenant.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`identification decisions API [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let personId: string;
    let screeningId: string;
    let firstDecisionId: string;

    const decisionsUrl = () => `/api/persons/${personId}/identification-decisions`;

    it('records a decision resting on a completed screening, by the signed-in officer', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      personId = await recordPerson(jkm, 'Made Wirawan');
      screeningId = (await completedScreening(jkm, personId, presumedVictimAnswers)).id;
      const response = await jkm.request('POST', decisionsUrl(), {
        decision: 'unable_to_determine',
        basis: 'Indicators present, but he left the interview before the employer was named.',
        decidedOn: '2025-11-21',
        screeningId,
      });
      assert.equal(response.statusCode, 201, response.body);
      const decision = response.json();
      firstDecisionId = decision.id;
      assert.equal(decision.decision, 'unable_to_determine');
      assert.equal(decision.screeningId, screeningId);
      assert.equal(decision.decidedBy.id, jkm.userId);
      assert.deepEqual([decision.supersedesId, decision.supersededById], [null, null]);
      assert.match(decision.basis, /left the interview/);
    });

    it('keeps the basis encrypted in the database', async () => {
      const [row] = await platform().db.query<{ basis: string }>(
        'select basis from identification_decision where id = $1',
        [firstDecisionId],
      );
      assert.match(row?.basis ?? '', /^v1\./);
      assert.doesNotMatch(row?.basis ?? '', /interview/);
    });

    it('keeps every decision: a new one supersedes the current one, newest listed first', async () => {
      const second = await jkm.request('POST', decisionsUrl(), {
        decision: 'confirmed_victim',
        basis: 'Second interview with an interpreter; the employer and the debt were confirmed.',
        decidedOn: '2025-11-25',
      });
      assert.equal(second.statusCode, 201, second.body);
      assert.equal(second.json().supersedesId, firstDecisionId);
      const list = await jkm.request('GET', decisionsUrl());
      assert.equal(list.statusCode, 200);
      const [current, earlier] = list.json().items;
      assert.deepEqual(
        [current.id, current.decision, current.supersededById],
        [second.json().id, 'confirmed_victim', null],
      );
      assert.deepEqual([earlier.id, earlier.supersededById], [firstDecisionId, current.id]);
    });

    it('cannot change or remove a decision in the database: the application role has no such grant', async () => {
      const prelude = tenantPrelude({
        userId: jkm.userId,
        agencyId: jkm.agencyId,
        permissions: ['person:read', 'case:write'],
      });
      for (const statement of [
        `update identification_decision set decision = 'not_a_victim' where id = $1`,
        'delete from identification_decision where id = $1',
      ]) {
        const attempt = platform().db.transaction((tx) => tx.query(statement, [firstDecisionId]), {
          prelude,
        });
        await assert.rejects(attempt, (error: { code?: string }) => error.code === '42501', statement);
      }
    });

    it('refuses a draft screening, another person’s screening and impossible dates', async () => {
      const draftId = await startScreening(jkm, personId);
      const draft = await jkm.request('POST', decisionsUrl(), {
        decision: 'confirmed_victim',
        basis: 'Draft',
        decidedOn: '2025-11-25',
        screeningId: draftId,
      });
      assert.equal(draft.statusCode, 422);
      assert.equal(draft.json().code, 'screening_not_completed');

      const otherPerson = await recordPerson(jkm, 'Ketut Arsana');
      const attempts: [Record<string, unknown>, string, string, string][] = [
        [
          { personId: otherPerson, screeningId },
          'screening_not_of_person',
          'screeningId',
          'is not a screening of this person',
        ],
        [{ decidedOn: '2999-01-01' }, 'date_in_future', 'decidedOn', 'is in the future'],
        [
          { decidedOn: '2025-11-19', screeningId },
          'decision_before_screening',
          'decidedOn',
          'is before the screening it rests on',
        ],
      ];
      for (const [{ personId: forPerson = personId, ...extra }, code, field, message] of attempts) {
        const response = await jkm.request('POST', `/api/persons/${forPerson}/identification-decisions`, {
          decision: 'not_a_victim',
          basis: 'Test',
          decidedOn: '2025-11-25',
          ...extra,
        });
        assert.equal(response.statusCode, 400, response.body);
        assert.deepEqual(response.json().errors, [{ code, field, message }]);
      }

      const child = await jkm.request('POST', '/api/persons', {
        names: [{ fullName: 'Ni Luh Sari' }],
        birth: { precision: 'exact', date: '2011-08-02' },
      });
      assert.equal(child.statusCode, 201, child.body);
      const beforeBirth = await jkm.request(
        'POST',
        `/api/persons/${child.json().id}/identification-decisions`,
        {
          decision: 'not_a_victim',
          basis: 'Test',
          decidedOn: '2001-01-01',
        },
      );
      assert.equal(beforeBirth.statusCode, 400, beforeBirth.body);
      assert.deepEqual(beforeBirth.json().errors, [
        { code: 'date_before_birth', field: 'decidedOn', message: 'is before the person was born' },
      ]);
    });

    it('hides decisions from another agency and lets it record none about the person', async () => {
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      assert.equal((await kbri.request('GET', decisionsUrl())).statusCode, 404);
      const record = await kbri.request('POST', decisionsUrl(), {
        decision: 'not_a_victim',
        basis: 'Taken over',
        decidedOn: '2025-11-25',
      });
      assert.equal(record.statusCode, 404);
    });

    it('lets only roles that do casework record decisions', async () => {
      const prosecutor = await signInAs(platform().app, 'prosecutor.agc@demo.lindung.org');
      const record = await prosecutor.request('POST', decisionsUrl(), {
        decision: 'not_a_victim',
        basis: 'No',
        decidedOn: '2025-11-25',
      });
      assert.equal(record.statusCode, 403);
      const coordinator = await signInAs(platform().app, 'coordinator.mapo@demo.lindung.org');
      assert.equal((await coordinator.request('GET', decisionsUrl())).statusCode, 403);
    });

    it('audits every decision recorded and every list read', async () => {
      const entries = await platform().db.query<{ action: string; subject_id: string }>(
        `select action, subject_id from audit_event where action like 'identification_decision.%' and outcome = 'success' order by id`,
      );
      assert.deepEqual(
        entries.map((e) => e.action),
        ['identification_decision.record', 'identification_decision.record', 'identification_decision.list'],
      );
      assert.equal(entries[0]?.subject_id, firstDecisionId);
      assert.equal(entries[2]?.subject_id, personId);
    });
  });
}
