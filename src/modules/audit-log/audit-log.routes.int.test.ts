import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';

interface Entry {
  id: number;
  action: string;
  actorUserId: string | null;
  actorName: string | null;
  agencyId: string | null;
  subjectType: string | null;
  subjectId: string | null;
}

const secretName = 'Nguyễn Thị Audit';

for (const kind of await testDatabaseKinds()) {
  describe(`audit log [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let caseManager: TestSession;
    let auditor: TestSession;
    let personId: string;

    const list = async (who: TestSession, query = '') => {
      const response = await who.request('GET', `/api/audit${query}`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json() as { items: Entry[]; nextCursor: string | null };
    };

    it('shows an auditor who read which person, newest first, by ids and without the person’s data', async () => {
      caseManager = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      auditor = await signInAs(platform().app, 'auditor.jkm@demo.lindung.org');
      const created = await caseManager.request('POST', '/api/persons', {
        names: [{ fullName: secretName }],
        birth: { precision: 'year', year: 1998 },
      });
      assert.equal(created.statusCode, 201, created.body);
      personId = created.json().id;
      assert.equal((await caseManager.request('GET', `/api/persons/${personId}`)).statusCode, 200);

      const response = await auditor.request('GET', `/api/audit?subjectType=person&subjectId=${personId}`);
      assert.equal(response.statusCode, 200, response.body);
      assert.ok(!response.body.includes(secretName), 'the log names records by id only');
      const { items } = response.json() as { items: Entry[] };
      assert.deepEqual(
        items.map((entry) => entry.action),
        ['person.read', 'person.create'],
      );
      assert.equal(items[0]?.actorUserId, caseManager.userId);
      assert.ok(items[0]?.actorName, 'a colleague is named');
      assert.ok((items[0]?.id ?? 0) > (items[1]?.id ?? 0));
    });

    it('filters by user, by action or its kind of record, and pages with a cursor', async () => {
      const mine = await list(auditor, `?actorUserId=${caseManager.userId}&action=person&limit=1`);
      assert.equal(mine.items.length, 1);
      assert.equal(mine.items[0]?.action, 'person.read');
      assert.ok(mine.nextCursor);
      const next = await list(
        auditor,
        `?actorUserId=${caseManager.userId}&action=person&limit=1&cursor=${mine.nextCursor}`,
      );
      assert.equal(next.items[0]?.action, 'person.create');
      const exact = await list(auditor, `?action=person.create&subjectId=${personId}`);
      assert.deepEqual(
        exact.items.map((entry) => entry.action),
        ['person.create'],
      );
    });

    it('keeps to the period asked for, in the agency’s days, and names a period that ends before it starts', async () => {
      const today = new Date().toISOString().slice(0, 10);
      const around = await list(auditor, `?subjectId=${personId}&from=2020-01-01&to=2099-12-31`);
      assert.equal(around.items.length, 2);
      const past = await list(auditor, `?subjectId=${personId}&from=2020-01-01&to=2020-12-31`);
      assert.deepEqual(past.items, []);
      const backwards = await auditor.request('GET', `/api/audit?from=${today}&to=2020-01-01`);
      assert.equal(backwards.statusCode, 400);
      assert.equal(backwards.json().errors[0].field, 'query.to');
      // Year 0000 passes an ISO date check; PostgreSQL then refused it as a problem naming no field.
      const yearZero = await auditor.request('GET', '/api/audit?from=0000-01-01&to=2020-01-01');
      assert.equal(yearZero.statusCode, 400, yearZero.body);
      assert.deepEqual(yearZero.json().errors[0], {
        code: 'date_too_early',
        field: 'query.from',
        message: 'is before 1900-01-01',
      });
    });

    it('records who read the log', async () => {
      const { items } = await list(auditor, `?actorUserId=${auditor.userId}&action=audit.list`);
      assert.ok(items.length >= 1);
    });

    it('shows an agency administrator their agency’s log only, and refuses those who do not audit', async () => {
      const admin = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      const { items } = await list(admin, '?limit=200');
      assert.ok(items.length > 0);
      assert.ok(items.every((entry) => entry.agencyId === platform().agencyIds.jkm));
      const refused = await caseManager.request('GET', '/api/audit');
      assert.equal(refused.statusCode, 403);
    });

    it('shows the platform administrator every agency and lets only them check the chain', async () => {
      const systemAdmin = await signInAs(platform().app, 'admin@demo.lindung.org');
      const { items } = await list(
        systemAdmin,
        `?agencyId=${platform().agencyIds.jkm}&subjectId=${personId}`,
      );
      assert.equal(items.length, 2);
      const checked = await systemAdmin.request('POST', '/api/audit/verification');
      assert.equal(checked.statusCode, 200, checked.body);
      assert.equal(checked.json().intact, true);
      assert.ok(checked.json().entries > 0);
      assert.equal((await auditor.request('POST', '/api/audit/verification')).statusCode, 403);
    });
  });
}
