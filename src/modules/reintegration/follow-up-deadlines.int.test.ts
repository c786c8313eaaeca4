import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';
import { outcomes } from '../repatriation/repatriation.factory.ts';
import { followUpDeadlineId } from './follow-up-deadlines.ts';

const backfill = new URL('../../db/migrations/0043_reintegration_follow_up_deadlines.sql', import.meta.url);

for (const kind of await testDatabaseKinds()) {
  describe(`reintegration follow-ups as deadlines [${kind}]`, () => {
    const platform = useTestPlatform(kind);

    it('gives plans opened before the deadlines existed the same deadlines the application registers', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const person = await jkm.request('POST', '/api/persons', { names: [{ fullName: 'Nur Aisyah' }] });
      const opened = await jkm.request('POST', '/api/cases', {
        type: 'victim_case',
        personId: person.json().id,
      });
      const plan = await jkm.request('POST', '/api/reintegration-plans', {
        caseId: opened.json().id,
        returnedOn: '2024-01-31',
        province: 'Sabah',
        followUpMonths: [1, 13],
        goals: ['Work'],
      });
      assert.equal(plan.statusCode, 201, plan.body);
      const planId = plan.json().id;
      const held = await jkm.request('POST', `/api/reintegration-plans/${planId}/follow-ups`, {
        heldOn: '2024-03-01',
        outcomes: outcomes(),
      });
      assert.equal(held.statusCode, 201, held.body);
      const rows = () =>
        platform().db.query(
          `select agency_id, case_id, source_id, owner_user_id, due_at, due_on::text, status
             from deadline where source_kind = 'reintegration_follow_up' order by due_on`,
        );
      const registered = await rows();
      assert.deepEqual(
        registered.map((r) => [r.source_id, r.due_on, r.status, r.case_id]),
        [
          [followUpDeadlineId(planId, 1), '2024-02-29', 'done', opened.json().id],
          [followUpDeadlineId(planId, 2), '2025-02-28', 'open', opened.json().id],
        ],
        'month ends: a leap February, then a common one',
      );
      await platform().db.query(`delete from deadline where source_kind = 'reintegration_follow_up'`);
      const sql = await readFile(backfill, 'utf8');
      await platform().db.transaction((tx) => tx.exec(sql));
      assert.deepEqual(await rows(), registered);
      await platform().db.transaction((tx) => tx.exec(sql));
      assert.deepEqual(await rows(), registered, 'running it again changes nothing');
    });
  });
}
