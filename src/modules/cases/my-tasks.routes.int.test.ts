import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`my open tasks for the home page [${kind}]`, () => {
    const platform = useTestPlatform(kind);

    it("should list the user's open tasks soonest first with their case, and no one else's", async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const person = await jkm.request('POST', '/api/persons', { names: [{ fullName: 'Mya Thandar' }] });
      const opened = await jkm.request('POST', '/api/cases', {
        type: 'victim_case',
        personId: person.json().id,
      });
      const caseId = opened.json().id;
      const add = (title: string, dueOn?: string) =>
        jkm.request('POST', `/api/cases/${caseId}/tasks`, { title, ...(dueOn && { dueOn }) });
      await add('Later', '2999-01-01');
      const overdue = await add('Overdue', '2020-01-01');
      await add('Whenever');
      const done = await add('Done already', '2021-01-01');
      await jkm.request('PATCH', `/api/tasks/${done.json().id}`, { status: 'done' });

      const mine = await jkm.request('GET', '/api/tasks/mine');
      assert.equal(mine.statusCode, 200);
      const items = mine.json().items as {
        id: string;
        title: string;
        overdue: boolean;
        caseReference: string;
      }[];
      assert.deepEqual(
        items.map((task) => task.title),
        ['Overdue', 'Later', 'Whenever'],
      );
      assert.equal(items[0]?.id, overdue.json().id);
      assert.equal(items[0]?.overdue, true);
      assert.equal(items[0]?.caseReference, opened.json().reference);

      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      assert.deepEqual((await kbri.request('GET', '/api/tasks/mine')).json().items, []);
    });

    it('should refuse a limit out of range, naming it', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const response = await jkm.request('GET', '/api/tasks/mine?limit=0');
      assert.equal(response.statusCode, 400);
      assert.equal(response.json().errors[0].field, 'query.limit');
    });

    it('should answer 401 without a session', async () => {
      const response = await platform().app.inject({ method: 'GET', url: '/api/tasks/mine' });
      assert.equal(response.statusCode, 401);
    });
  });
}
