import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { personWithCase } from '../referrals/referral.factory.ts';
import { reportBody } from './public-portal.factory.ts';

/*
 * What a family types from a note: a case reference and a secret in any case, with spaces or
 * dashes, as a report's tracking code is taken; the same 404 for a wrong secret as for an unknown
 * case, and the failures counted per client whatever the spelling. A secret is issued only once a
 * summary is published, so that a right secret never gets the answer of a wrong one.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`checking a case's progress with a typed reference [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let caseId: string;
    let reference: string;
    let secret: string;

    const check = (body: object, remoteAddress: string) =>
      platform().app.inject({
        method: 'POST',
        url: '/api/public/case-progress',
        payload: body,
        remoteAddress,
      });

    it('should refuse to issue a secret before a summary is published, saying why', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      ({ caseId } = await personWithCase(jkm));
      const early = await jkm.request('POST', `/api/cases/${caseId}/progress-codes`, { validDays: 30 });
      assert.equal(early.statusCode, 422, early.body);
      assert.equal(early.json().code, 'progress_summary_missing');
      const view = await jkm.request('GET', `/api/cases/${caseId}/progress`);
      assert.deepEqual(view.json().codes, [], 'no secret was kept');
      const published = await jkm.request('PUT', `/api/cases/${caseId}/progress`, {
        stage: 'Support in a shelter',
        nextStep: 'Hearing next month',
        contactPoint: 'JKM hotline 15999',
      });
      assert.equal(published.statusCode, 200, published.body);
      const issued = await jkm.request('POST', `/api/cases/${caseId}/progress-codes`, { validDays: 30 });
      assert.equal(issued.statusCode, 201, issued.body);
      ({ caseReference: reference, secret } = issued.json());
      assert.match(reference, /^[A-Z0-9]+-\d{4}-\d+$/);
    });

    it('should take the case reference in any case, with spaces or without dashes', async () => {
      const spellings = [
        reference.toLowerCase(),
        `  ${reference}  `,
        reference.replaceAll('-', ''),
        reference.replaceAll('-', ' ').toLowerCase(),
        ` ${reference.replaceAll('-', '–')} `,
      ];
      for (const typed of spellings) {
        const seen = await check({ caseReference: typed, secret: ` ${secret.toLowerCase()} ` }, '192.0.2.10');
        assert.equal(seen.statusCode, 200, `${typed}: ${seen.body}`);
        assert.equal(seen.json().caseReference, reference, 'the answer names the reference as it is written');
      }
    });

    it('should give a wrong secret under any spelling the answer an unknown case gets', async () => {
      const wrong = await check(
        { caseReference: reference.toLowerCase(), secret: 'AAAA-BBBB-CCCC-DDDD' },
        '192.0.2.11',
      );
      const unknown = await check({ caseReference: 'nope-2026-000001', secret }, '192.0.2.11');
      assert.equal(wrong.statusCode, 404);
      assert.equal(unknown.statusCode, 404);
      assert.deepEqual(
        [wrong.json().code, wrong.json().detail, wrong.json().title],
        [unknown.json().code, unknown.json().detail, unknown.json().title],
      );
    });

    it('should count failures per client whatever the spelling, and then refuse even the right secret', async () => {
      const client = '192.0.2.12';
      for (let i = 0; i < 10; i += 1) {
        const typed = i % 2 === 0 ? reference.toLowerCase() : ` ${reference.replaceAll('-', '')} `;
        assert.equal((await check({ caseReference: typed, secret: `WRONG-${i}` }, client)).statusCode, 404);
      }
      assert.equal((await check({ caseReference: reference, secret }, client)).statusCode, 429);
    });

    it("should take a report's tracking code in any case, with spaces or without dashes", async () => {
      const made = await platform().app.inject({
        method: 'POST',
        url: '/api/public/reports',
        payload: await reportBody(platform().app),
      });
      assert.equal(made.statusCode, 201, made.body);
      const receipt = made.json() as { trackingCode: string; secret: string };
      for (const typed of [
        receipt.trackingCode.toLowerCase(),
        ` ${receipt.trackingCode.replaceAll('-', '')} `,
      ]) {
        const status = await platform().app.inject({
          method: 'POST',
          url: '/api/public/reports/status',
          payload: { trackingCode: typed, secret: receipt.secret },
          remoteAddress: '192.0.2.13',
        });
        assert.equal(status.statusCode, 200, `${typed}: ${status.body}`);
        assert.equal(status.json().trackingCode, receipt.trackingCode);
      }
    });
  });
}
