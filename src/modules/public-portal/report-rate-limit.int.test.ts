import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { useTestPlatform } from '../../../test/support/platform.ts';
import { reportBody } from './public-portal.factory.ts';

/*
 * Reports land in the police's triage queues, so one address may send only a few an hour
 * (LINDUNG_PUBLIC_REPORT_RATE_LIMIT), counted apart from the portal's per-minute limit.
 */
const reportsPerHour = 3;

for (const kind of await testDatabaseKinds()) {
  describe(`reports from the public, per address and hour [${kind}]`, () => {
    const platform = useTestPlatform(kind, {
      env: { LINDUNG_PUBLIC_REPORT_RATE_LIMIT: String(reportsPerHour) },
    });

    const report = async (remoteAddress: string) =>
      platform().app.inject({
        method: 'POST',
        url: '/api/public/reports',
        payload: await reportBody(platform().app),
        remoteAddress,
      });

    it('takes the configured number of reports from one address, then answers a clear 429', async () => {
      const statuses: number[] = [];
      for (let n = 0; n < reportsPerHour; n += 1) statuses.push((await report('198.51.100.7')).statusCode);
      assert.deepEqual(statuses, Array(reportsPerHour).fill(201));

      const refused = await report('198.51.100.7');
      assert.equal(refused.statusCode, 429, refused.body);
      assert.match(refused.headers['content-type'] as string, /application\/problem\+json/);
      assert.equal(refused.json().code, 'report_rate_limited');
      const retryAfter = Number(refused.headers['retry-after']);
      assert.ok(retryAfter > 60 && retryAfter <= 3600, `retry after ${retryAfter} s: the window is an hour`);
      const [{ count } = { count: 0 }] = await platform().db.query<{ count: number }>(
        'select count(*)::int as count from public_report',
      );
      assert.equal(count, reportsPerHour, 'the refused report is not stored');

      // The address may still ask for challenges (the portal's own limit), and another may report.
      const challenge = await platform().app.inject({
        method: 'POST',
        url: '/api/public/challenges',
        remoteAddress: '198.51.100.7',
      });
      assert.equal(challenge.statusCode, 201);
      assert.equal((await report('198.51.100.8')).statusCode, 201);
    });
  });
}
