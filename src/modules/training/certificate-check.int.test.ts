import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { useTestPlatform } from '../../../test/support/platform.ts';

/* The public certificate check: only the printed fields, audited without the name, rate-limited. */
for (const kind of await testDatabaseKinds()) {
  describe(`the public certificate check [${kind}]`, () => {
    const platform = useTestPlatform(kind, { env: { LINDUNG_CERTIFICATE_CHECK_RATE_LIMIT: '3' } });

    it('answers a demo certificate with the printed fields only, then refuses past the limit', async () => {
      const [certificate] = await platform().db.query<{ id: string; code: string; holder_name: string }>(
        'select id, code, holder_name from training_certificate order by issued_at, id limit 1',
      );
      assert.ok(certificate, 'the demo data issues certificates');
      const check = (code = certificate.code) =>
        platform().app.inject({ method: 'GET', url: `/api/public/certificates/${encodeURIComponent(code)}` });
      const first = await check();
      assert.equal(first.statusCode, 200, first.body);
      assert.deepEqual(Object.keys(first.json()).sort(), [
        'code',
        'completedOn',
        'courseTitle',
        'holderName',
        'issuingAgency',
      ]);
      assert.equal(first.json().holderName, certificate.holder_name);
      const audits = await platform().db.query<{ detail: unknown; subject_id: string }>(
        "select detail, subject_id from audit_event where action = 'training_certificate.verify' order by id",
      );
      assert.equal(audits[0]?.subject_id, certificate.id);
      assert.ok(!JSON.stringify(audits).includes(certificate.holder_name), 'the audit keeps no name');
      // As people copy it from paper: without the dashes, in small letters, with spaces.
      const undashed = await check(certificate.code.replaceAll('-', '').toLowerCase());
      assert.equal(undashed.json().code, certificate.code, undashed.body);
      const spaced = await check(` ${certificate.code.replaceAll('-', ' ')} `);
      assert.equal(spaced.json().code, certificate.code, spaced.body);
      const limited = await check();
      assert.equal(limited.statusCode, 429);
    });
  });
}
