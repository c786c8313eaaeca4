import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from './support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from './support/platform.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`creates with an Idempotency-Key happen once [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    const persons = async () =>
      (await platform().db.query<{ count: number }>('select count(*)::int as count from person'))[0]?.count;
    const body = { names: [{ fullName: 'Maria Clara Santos' }], nationality: 'PH' };

    it('returns the person made the first time when the same request is sent again', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const first = await jkm.request('POST', '/api/persons', body, { 'idempotency-key': 'intake-0001' });
      const again = await jkm.request('POST', '/api/persons', body, { 'idempotency-key': 'intake-0001' });
      assert.equal(first.statusCode, 201);
      assert.equal(again.statusCode, 201);
      assert.equal(again.json().id, first.json().id);
      assert.equal(first.headers['idempotent-replayed'], 'false');
      assert.equal(again.headers['idempotent-replayed'], 'true');
      assert.equal(await persons(), 1);
    });

    it('makes one record when the same request arrives twice at once', async () => {
      const [a, b] = await Promise.all([
        jkm.request('POST', '/api/persons', body, { 'idempotency-key': 'intake-0002' }),
        jkm.request('POST', '/api/persons', body, { 'idempotency-key': 'intake-0002' }),
      ]);
      assert.equal(a.json().id, b.json().id);
      assert.equal(await persons(), 2);
    });

    it('refuses the same key for a different request', async () => {
      const other = await jkm.request(
        'POST',
        '/api/persons',
        { names: [{ fullName: 'Someone Else' }] },
        {
          'idempotency-key': 'intake-0001',
        },
      );
      assert.equal(other.statusCode, 422);
      assert.equal(other.json().code, 'idempotency_key_reused');
      assert.deepEqual(other.json().errors, [
        {
          code: 'idempotency_key_reused',
          field: 'headers.idempotency-key',
          message: 'was used for a different request: send a new key for a new record',
        },
      ]);
      const malformed = await jkm.request('POST', '/api/persons', body, { 'idempotency-key': 'has spaces' });
      assert.equal(malformed.statusCode, 400);
      assert.equal(malformed.json().errors[0].field, 'headers.idempotency-key');
    });

    it('keeps one user\u2019s keys apart from another\u2019s', async () => {
      const officer = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      const response = await officer.request('POST', '/api/persons', body, {
        'idempotency-key': 'intake-0001',
      });
      assert.equal(response.statusCode, 201);
      assert.equal(response.headers['idempotent-replayed'], 'false');
    });

    it('opens one case for a retried opening', async () => {
      const [person] = await platform().db.query<{ id: string }>(
        `select p.id from person p where p.agency_id = $1 limit 1`,
        [platform().agencyIds.jkm],
      );
      const open = { type: 'victim_case', personId: person?.id };
      const first = await jkm.request('POST', '/api/cases', open, { 'idempotency-key': 'case-0001' });
      const again = await jkm.request('POST', '/api/cases', open, { 'idempotency-key': 'case-0001' });
      assert.equal(again.json().reference, first.json().reference);
      const [row] = await platform().db.query<{ count: number }>(
        'select count(*)::int as count from case_file',
      );
      assert.equal(row?.count, 1);
    });
  });
}
