import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import { buildApp } from '../src/app.ts';
import { generateKeyText, parseKeys } from '../src/crypto/keyring.ts';
import type { Db } from '../src/db/db.ts';
import { openPostgres } from '../src/db/pg.ts';
import type { App } from '../src/http/types.ts';
import { createJobRunner, enqueueJob } from '../src/jobs/queue.ts';
import { signInThrottle } from '../src/modules/auth/sign-in.commands.ts';
import { sweepReminders } from '../src/modules/deadlines/index.ts';
import { demoPassword } from '../src/modules/demo/index.ts';
import { publicScreensPerMinute } from '../src/modules/jobads/index.ts';
import { personWithCase } from '../src/modules/referrals/referral.factory.ts';
import { createFreshDatabase, type FreshDatabase, testDatabaseKinds } from './support/databases.ts';
import { signInAs, testConfig } from './support/platform.ts';

/*
 * Issue 11, "more than one machine": two API instances, each with its own connection pool, on one
 * PostgreSQL database behave as one service. Sessions, sign-in throttling and the per-address
 * rate limits (sign-in, the public portal, job-advert screening) live in the database; the job queue hands each job to one worker; a deadline's
 * reminder is sent once however many instances sweep at the same moment.
 */

const kl = 'Asia/Kuala_Lumpur';
const daysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toLocaleDateString('en-CA', { timeZone: kl });

const kinds = await testDatabaseKinds();

describe('two API instances on one PostgreSQL database [postgres]', {
  skip: !kinds.includes('postgres'),
}, () => {
  let fresh: FreshDatabase;
  let second: Db;
  let a: App;
  let b: App;
  const rateLimit = 8;

  before(async () => {
    fresh = await createFreshDatabase('postgres', { contents: 'demo' });
    second = await openPostgres(fresh.url as string);
    const keyring = parseKeys(generateKeyText(), 'the shared key');
    const config = testConfig({
      LINDUNG_SIGN_IN_RATE_LIMIT: String(rateLimit),
      LINDUNG_PUBLIC_RATE_LIMIT: String(rateLimit),
    });
    const logger = pino({ level: 'silent' });
    a = await buildApp({ config, db: fresh.db, keyring, logger });
    b = await buildApp({ config, db: second, keyring, logger });
  });
  after(async () => {
    await a?.close();
    await b?.close();
    await second?.close();
    await fresh?.drop();
  });

  const signIn = (app: App, email: string, password: string, ip = '192.0.2.10') =>
    app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password }, remoteAddress: ip });

  it('takes a session made on one instance on the other, and a sign-out on either ends it on both', async () => {
    const session = await signInAs(a, 'cm.jkm@demo.lindung.org');
    const onB = await b.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } });
    assert.equal(onB.statusCode, 200, onB.body);
    assert.equal(onB.json().user.id, session.userId);
    const out = await b.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    });
    assert.ok(out.statusCode < 300, out.body);
    const onA = await a.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } });
    assert.equal(onA.statusCode, 401);
  });

  it('counts failed sign-ins across both instances and locks the account on both', async () => {
    const target = 'trainer.mapo@demo.lindung.org';
    for (let attempt = 0; attempt < signInThrottle.maxFailures; attempt += 1) {
      const response = await signIn(attempt % 2 === 0 ? a : b, target, `guess-${attempt}`, '192.0.2.20');
      assert.equal(response.statusCode, 401, response.body);
    }
    for (const app of [a, b]) {
      const locked = await signIn(app, target, demoPassword, '192.0.2.20');
      assert.equal(locked.statusCode, 429, locked.body);
      assert.equal(locked.json().code, 'sign_in_locked');
    }
  });

  it("counts one address's sign-in requests across both instances against one rate limit", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < rateLimit + 2; attempt += 1) {
      // Unknown accounts, so that the account lock plays no part: only the address's rate limit.
      const response = await signIn(
        attempt % 2 === 0 ? a : b,
        `nobody${attempt}@example.org`,
        'x',
        '192.0.2.30',
      );
      statuses.push(response.statusCode);
    }
    assert.deepEqual(statuses.slice(0, rateLimit), Array(rateLimit).fill(401));
    assert.deepEqual(statuses.slice(rateLimit), [429, 429], 'the limit must hold across both instances');
    // Another address is not held back by the first one's hits.
    assert.equal((await signIn(b, 'nobody@example.org', 'x', '192.0.2.31')).statusCode, 401);
  });

  /** Sends `count` anonymous requests from one address, alternating between the instances. */
  async function alternate(count: number, url: string, payload: Record<string, unknown>, ip: string) {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < count; attempt += 1) {
      const app = attempt % 2 === 0 ? a : b;
      statuses.push((await app.inject({ method: 'POST', url, payload, remoteAddress: ip })).statusCode);
    }
    return statuses;
  }

  it("counts one address's public portal requests across both instances against one rate limit", async () => {
    const statuses = await alternate(rateLimit + 2, '/api/public/challenges', {}, '192.0.2.40');
    assert.deepEqual(statuses.slice(0, rateLimit), Array(rateLimit).fill(201));
    assert.deepEqual(
      statuses.slice(rateLimit),
      [429, 429],
      'the portal limit must hold across both instances',
    );
    const other = await b.inject({
      method: 'POST',
      url: '/api/public/challenges',
      remoteAddress: '192.0.2.41',
    });
    assert.equal(other.statusCode, 201);
  });

  it("counts one address's job-advert screenings across both instances against one rate limit", async () => {
    const advert = { text: 'Kerja kilang di Johor, gaji RM1800, asrama disediakan.', readerLanguage: 'ms' };
    const statuses = await alternate(publicScreensPerMinute + 2, '/api/jobads/screen', advert, '192.0.2.50');
    assert.deepEqual(statuses.slice(0, publicScreensPerMinute), Array(publicScreensPerMinute).fill(200));
    assert.deepEqual(
      statuses.slice(publicScreensPerMinute),
      [429, 429],
      'the screening limit must hold across both',
    );
  });

  it('runs each queued job exactly once when both instances drain the queue at the same time', async () => {
    const ids: string[] = [];
    for (let n = 0; n < 40; n += 1)
      ids.push(await enqueueJob(fresh.db, { kind: 'test.multi_instance', payload: { n } }));
    const runs = new Map<string, string[]>();
    const handler = (instance: string) => async (job: { id: string }) => {
      runs.set(job.id, [...(runs.get(job.id) ?? []), instance]);
      await new Promise((resolve) => setTimeout(resolve, 2));
    };
    const [ranOnA, ranOnB] = await Promise.all([
      createJobRunner(fresh.db, { handlers: { 'test.multi_instance': handler('a') } }).drain(),
      createJobRunner(second, { handlers: { 'test.multi_instance': handler('b') } }).drain(),
    ]);
    assert.equal(ranOnA + ranOnB, ids.length);
    assert.deepEqual(
      ids.filter((id) => runs.get(id)?.length !== 1),
      [],
      'jobs that ran other than once',
    );
    const [done] = await fresh.db.query<{ count: number }>(
      `select count(*)::int as count from job where kind = 'test.multi_instance' and status = 'done'`,
    );
    assert.equal(done?.count, ids.length);
  });

  it("sends a deadline's reminder once when both instances sweep at the same moment", async () => {
    const session = await signInAs(a, 'cm.jkm@demo.lindung.org');
    const { personId, caseId } = await personWithCase(session);
    // Issued 14 days ago, the interim order expires in 7 days: its 7-day reminder is due now.
    const order = await session.request('POST', `/api/cases/${caseId}/protection-orders`, {
      kind: 'interim',
      personId,
      court: 'Mahkamah Majistret Kuala Lumpur',
      magistrate: 'Tuan Majistret',
      courtReference: 'KL-IPO-MULTI',
      appliedOn: daysAgo(14),
      issuedOn: daysAgo(14),
    });
    assert.equal(order.statusCode, 201, order.body);
    const sweeps = await Promise.all(
      [fresh.db, second, fresh.db, second].map((db) =>
        db.transaction((tx) => sweepReminders(tx, { leadDays: [7] })),
      ),
    );
    assert.equal(sweeps.flat().length, 1, 'one reminder, sent by one of the sweeps');
    const [row] = await fresh.db.query<{ count: number }>(
      `select count(*)::int as count from notification where kind = 'deadline.reminder'`,
    );
    assert.equal(row?.count, 1);
  });
});
