import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`tasks, notes and case workers [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let caseId: string;

    it('opens a case to work on', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const person = await jkm.request('POST', '/api/persons', {
        names: [{ fullName: 'Mya Thandar' }],
        nationality: 'MM',
      });
      const opened = await jkm.request('POST', '/api/cases', {
        type: 'victim_case',
        personId: person.json().id,
      });
      assert.equal(opened.statusCode, 201);
      caseId = opened.json().id;
    });

    it('adds tasks with owners and due dates, flags the overdue ones, and marks them done', async () => {
      const overdue = await jkm.request('POST', `/api/cases/${caseId}/tasks`, {
        title: 'Book interpreter',
        dueOn: '2020-01-01',
      });
      assert.equal(overdue.statusCode, 201);
      assert.equal(overdue.json().overdue, true);
      assert.equal(overdue.json().ownerUserId, jkm.userId);
      const later = await jkm.request('POST', `/api/cases/${caseId}/tasks`, {
        title: 'Medical check',
        dueOn: '2999-01-01',
      });
      assert.equal(later.json().overdue, false);
      const done = await jkm.request('PATCH', `/api/tasks/${overdue.json().id}`, { status: 'done' });
      assert.equal(done.json().status, 'done');
      assert.equal(done.json().overdue, false);
      assert.ok(done.json().doneAt);
      const list = (await jkm.request('GET', `/api/cases/${caseId}/tasks`)).json();
      assert.deepEqual(
        list.items.map((t: { title: string }) => t.title),
        ['Medical check', 'Book interpreter'],
      );
    });

    it('refuses a task owner from another agency, naming the field', async () => {
      const [other] = await platform().db.query<{ id: string }>(
        `select id from app_user where email = 'cm.kbri@demo.lindung.org'`,
      );
      const response = await jkm.request('POST', `/api/cases/${caseId}/tasks`, {
        title: 'x',
        ownerUserId: other?.id,
      });
      assert.equal(response.statusCode, 400);
      assert.equal(response.json().errors[0].field, 'ownerUserId');
    });

    it('keeps notes encrypted, audits reading them, and puts everything on the timeline', async () => {
      const added = await jkm.request('POST', `/api/cases/${caseId}/notes`, {
        body: 'Disclosed that wages were withheld for 8 months.',
      });
      assert.equal(added.statusCode, 201);
      const [row] = await platform().db.query<{ body: string }>('select body from case_note where id = $1', [
        added.json().id,
      ]);
      assert.match(row?.body ?? '', /^v1\./);
      const notes = (await jkm.request('GET', `/api/cases/${caseId}/notes`)).json();
      assert.match(notes.items[0].body, /withheld/);
      const audit = await platform().db.query(
        `select 1 from audit_event where action = 'case.read_notes' and subject_id = $1`,
        [caseId],
      );
      assert.equal(audit.length, 1);
      const timeline = (await jkm.request('GET', `/api/cases/${caseId}/timeline`)).json();
      assert.deepEqual(
        timeline.items.map((e: { kind: string }) => e.kind),
        ['case.opened', 'case.task_added', 'case.task_added', 'case.task_done', 'case.note_added'],
      );
    });

    it('assigns and unassigns case workers of the agency, keeping at least one', async () => {
      const [shelter] = await platform().db.query<{ id: string }>(
        `select id from app_user where email = 'admin.jkm@demo.lindung.org'`,
      );
      const assigned = await jkm.request('POST', `/api/cases/${caseId}/workers`, { userId: shelter?.id });
      assert.equal(assigned.statusCode, 200);
      assert.equal(assigned.json().workers.length, 2);
      const removed = await jkm.request('DELETE', `/api/cases/${caseId}/workers/${jkm.userId}`);
      assert.equal(removed.json().workers.length, 1);
      const last = await jkm.request('DELETE', `/api/cases/${caseId}/workers/${shelter?.id}`);
      assert.equal(last.statusCode, 409);
      assert.equal(last.json().code, 'last_case_worker');
    });

    it('refuses work on a closed case, and on another agency\u2019s case', async () => {
      await jkm.request('POST', `/api/cases/${caseId}/status`, { status: 'closed', reason: 'referred on' });
      const task = await jkm.request('POST', `/api/cases/${caseId}/tasks`, { title: 'Too late' });
      assert.equal(task.statusCode, 409);
      const note = await jkm.request('POST', `/api/cases/${caseId}/notes`, { body: 'Too late' });
      assert.equal(note.statusCode, 409);
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      assert.equal((await kbri.request('GET', `/api/cases/${caseId}/notes`)).statusCode, 404);
      assert.equal((await kbri.request('GET', `/api/cases/${caseId}/tasks`)).statusCode, 404);
    });
  });
}
