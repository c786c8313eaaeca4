import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { personWithCase } from '../referrals/referral.factory.ts';

/* Two case workers on one case: an edit or a status change made on what was read (decision 0085). */
for (const kind of await testDatabaseKinds()) {
  describe(`a case's version [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let caseId: string;

    const etagOf = async (id: string) =>
      (await jkm.request('GET', `/api/cases/${id}`)).headers.etag as string;

    it('gives the case detail an ETag naming its version', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      ({ caseId } = await personWithCase(jkm));
      const read = await jkm.request('GET', `/api/cases/${caseId}`);
      assert.equal(read.statusCode, 200);
      assert.equal(read.headers.etag, '"1"');
      assert.equal(read.json().version, 1);
    });

    it('refuses an edit without If-Match (428) and a malformed one (400 naming the header)', async () => {
      const without = await jkm.request('PATCH', `/api/cases/${caseId}`, { riskLevel: 'high' });
      assert.equal(without.statusCode, 428);
      assert.equal(without.json().code, 'if_match_required');
      const bare = await jkm.request(
        'PATCH',
        `/api/cases/${caseId}`,
        { riskLevel: 'high' },
        { 'if-match': '1' },
      );
      assert.equal(bare.statusCode, 400);
      assert.equal(bare.json().errors[0].field, 'headers.if-match');
      assert.equal(await etagOf(caseId), '"1"', 'nothing was changed');
    });

    it('saves the first of two edits made on one version and answers the second 412 case_changed', async () => {
      const version = await etagOf(caseId);
      const first = await jkm.request(
        'PATCH',
        `/api/cases/${caseId}`,
        { riskLevel: 'critical', meansOfControl: ['threats'] },
        { 'if-match': version },
      );
      assert.equal(first.statusCode, 200, first.body);
      assert.equal(first.headers.etag, '"2"');
      assert.equal(first.json().version, 2);
      const second = await jkm.request(
        'PATCH',
        `/api/cases/${caseId}`,
        { riskLevel: 'low' },
        { 'if-match': version },
      );
      assert.equal(second.statusCode, 412);
      assert.equal(second.json().code, 'case_changed');
      const now = (await jkm.request('GET', `/api/cases/${caseId}`)).json();
      assert.deepEqual(
        [now.riskLevel, now.meansOfControl],
        ['critical', ['threats']],
        'the first edit stands',
      );
      const updates = await platform().db.query<{ n: number }>(
        `select count(*)::int as n from case_event where case_id = $1 and kind = 'case.updated'`,
        [caseId],
      );
      assert.equal(updates[0]?.n, 1, 'the refused edit left no event');
    });

    it('answers a stale version before a date problem: reading again comes first', async () => {
      const stale = await jkm.request(
        'PATCH',
        `/api/cases/${caseId}`,
        { recruitedOn: '2999-01-01' },
        { 'if-match': '"1"' },
      );
      assert.equal(stale.statusCode, 412);
    });

    it('moves the version with a status change, which refuses a stale If-Match and takes none', async () => {
      const version = await etagOf(caseId);
      const active = await jkm.request(
        'POST',
        `/api/cases/${caseId}/status`,
        { status: 'active' },
        { 'if-match': version },
      );
      assert.equal(active.statusCode, 200, active.body);
      assert.equal(active.headers.etag, `"${Number(JSON.parse(version)) + 1}"`);
      const staleClose = await jkm.request(
        'POST',
        `/api/cases/${caseId}/status`,
        { status: 'closed', reason: 'returned home' },
        { 'if-match': version },
      );
      assert.equal(staleClose.statusCode, 412);
      assert.equal(staleClose.json().code, 'case_changed');
      const editOnOpen = await jkm.request(
        'PATCH',
        `/api/cases/${caseId}`,
        { riskLevel: 'low' },
        { 'if-match': version },
      );
      assert.equal(
        editOnOpen.statusCode,
        412,
        'an edit made on the case before its status changed is refused',
      );
      const closed = await jkm.request('POST', `/api/cases/${caseId}/status`, {
        status: 'closed',
        reason: 'returned home',
      });
      assert.equal(closed.statusCode, 200, 'a client naming no version still closes on the current status');
      const reopened = await jkm.request(
        'POST',
        `/api/cases/${caseId}/status`,
        { status: 'active', reason: 'new evidence' },
        { 'if-match': closed.headers.etag as string },
      );
      assert.equal(reopened.statusCode, 200, reopened.body);
      assert.equal(reopened.json().status, 'active');
    });

    it('documents in OpenAPI that an edit requires If-Match, a status change checks it when sent and assigning takes none (decision 0085)', () => {
      const document = platform().app.swagger() as {
        paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
      };
      const ifMatchOf = (path: string, method: string) =>
        JSON.stringify(
          document.paths[path]?.[method]?.parameters?.find(
            (parameter) => parameter.in === 'header' && parameter.name === 'if-match',
          ) ?? null,
        );
      assert.match(ifMatchOf('/api/cases/{id}', 'patch'), /"required":true.*Required: the ETag/);
      assert.match(ifMatchOf('/api/persons/{id}', 'put'), /"required":true/);
      assert.match(ifMatchOf('/api/cases/{id}/status', 'post'), /"required":false.*Optional: the ETag/);
      assert.equal(ifMatchOf('/api/cases/{id}/workers', 'post'), 'null');
    });

    it('has the database refuse another agency’s edit on the version it names, as the application role', async () => {
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      const [before] = await platform().db.query<{ version: number }>(
        'select version from case_file where id = $1',
        [caseId],
      );
      const written = await tenantQuery(() => platform().db)(
        kbri,
        ['case:read', 'case:write'],
        `update case_file set risk_level = 'low' where id = $1 and version = $2 returning id`,
        [caseId, before?.version],
      );
      assert.deepEqual(written, []);
      const [after] = await platform().db.query<{ version: number; risk_level: string }>(
        'select version, risk_level from case_file where id = $1',
        [caseId],
      );
      assert.deepEqual(after, { version: before?.version, risk_level: 'critical' });
    });
  });
}
