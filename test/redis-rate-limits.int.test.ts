import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { createTestPlatform, type TestPlatform } from './support/platform.ts';

/*
 * Issue 11: rate limits "kept in PostgreSQL, or Redis when REDIS_URL is set". Two instances on two
 * separate databases share nothing but Redis: if one address's hits count across both, the limit
 * lives in Redis. Skipped when no Redis answers at LINDUNG_TEST_REDIS_URL (default 127.0.0.1:6379).
 */
const redisUrl = process.env.LINDUNG_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisReachable(): Promise<boolean> {
  const probe = new Redis(redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  probe.on('error', () => {});
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

const reachable = await redisReachable();
if (!reachable) console.warn(`# Redis not reachable at ${redisUrl}: its tests are skipped`);

describe('rate limits counted in Redis when REDIS_URL is set', { skip: !reachable }, () => {
  const limit = 6;
  const platforms: (TestPlatform & { close(): Promise<void> })[] = [];
  // A fresh address per run, so that a run a minute earlier does not count here.
  const address = `2001:db8::${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}`;

  before(async () => {
    for (let instance = 0; instance < 2; instance += 1) {
      platforms.push(
        await createTestPlatform('pglite', {
          env: { REDIS_URL: redisUrl, LINDUNG_PUBLIC_RATE_LIMIT: String(limit) },
        }),
      );
    }
  });
  after(async () => {
    for (const platform of platforms) await platform.close();
  });

  it("counts one address's portal requests across two instances that share only Redis", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < limit + 2; attempt += 1) {
      const { app } = platforms[attempt % 2] as TestPlatform;
      const response = await app.inject({
        method: 'POST',
        url: '/api/public/challenges',
        remoteAddress: address,
      });
      statuses.push(response.statusCode);
    }
    assert.deepEqual(statuses.slice(0, limit), Array(limit).fill(201));
    assert.deepEqual(statuses.slice(limit), [429, 429]);
    const rows = await platforms[0]?.db.query('select 1 from rate_limit_counter');
    assert.equal(rows?.length, 0, 'nothing was counted in the database');
  });

  it('keeps the address out of Redis: keys hold only its hash', async () => {
    const client = new Redis(redisUrl);
    try {
      const keys = await client.keys('lindung:rate-limit:*');
      assert.ok(keys.length > 0);
      assert.ok(keys.every((key) => /^lindung:rate-limit:[0-9a-f]{64}$/.test(key)));
      assert.ok(keys.every((key) => !key.includes(address)));
    } finally {
      client.disconnect();
    }
  });
});
