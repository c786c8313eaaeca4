import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import type { Db } from '../../src/db/db.ts';
import { demoUsers } from '../../src/modules/demo/index.ts';
import { personWithCase, recordConsent, refer } from '../../src/modules/referrals/referral.factory.ts';
import { signInAs, type TestSession, useTestPlatform } from '../support/platform.ts';
import { tableDigests } from '../support/table-digests.ts';
import { type FuzzRequest, type Operation, operationsOf, requestArbitrary } from './requests.ts';
import type { JsonSchema } from './schema-arbitrary.ts';
import { type SweepRequest, unstorableSweep } from './unstorable-sweep.ts';

/*
 * Issue 11's fuzzing: requests drawn by fast-check from the OpenAPI document against every
 * endpoint, on PGlite in-process (app.inject). No answer may be a 5xx or take longer than the
 * timeout, every refusal must be problem+json, and a batch of requests in which every change was
 * refused must leave every table (but the audit trail and sessions) as it was. Seeded: the seed is
 * printed on failure, LINDUNG_FUZZ_SEED replays it; LINDUNG_FUZZ_RUNS sets the number of batches.
 * See docs/decisions/0026-reliability-suites.md.
 */

const seed = Number(process.env.LINDUNG_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const batches = Number(process.env.LINDUNG_FUZZ_RUNS ?? 420);
const batchSize = 25;
const timeoutMs = Number(process.env.LINDUNG_FUZZ_TIMEOUT_MS ?? 15_000);

/** The callers: one per role, and in several agencies. Their own accounts are kept out of the id pool. */
const actors = [
  'admin@demo.lindung.org',
  'cm.jkm@demo.lindung.org',
  'cm.kbri@demo.lindung.org',
  'officer.pdrm@demo.lindung.org',
  'investigator.pdrm@demo.lindung.org',
  'shelter.jpw@demo.lindung.org',
  'health.jkm@demo.lindung.org',
  'coordinator.mapo@demo.lindung.org',
].filter((email) => demoUsers.some((u) => u.email === email));

function withTimeout<T>(promise: Promise<T>, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms: ${label}`)), timeoutMs);
    }),
  ]);
}

/** Ids of every table (a few each), without the callers' own accounts and agencies. */
async function idPool(db: Db, keep: (id: string) => boolean): Promise<string[]> {
  const tables = await db.query<{ table_name: string }>(
    `select table_name from information_schema.columns
      where table_schema = 'public' and column_name = 'id' and data_type = 'uuid' order by table_name`,
  );
  const ids: string[] = [];
  for (const { table_name } of tables) {
    const rows = await db.query<{ id: string }>(`select id from "${table_name}" order by id limit 4`);
    ids.push(...rows.map((r) => r.id).filter(keep));
  }
  return ids;
}

/** What is wrong with an answer: a 5xx, or a refusal that is not problem+json with a code. */
function checkResponse(response: LightMyRequestResponse): string | undefined {
  if (response.statusCode >= 500) return 'server error';
  if (response.statusCode < 400) return undefined;
  if (!/application\/problem\+json/.test(String(response.headers['content-type']))) return 'not problem+json';
  try {
    return typeof response.json().code === 'string' ? undefined : 'problem without a code';
  } catch {
    return 'problem+json that does not parse';
  }
}

/** What is wrong with the answer to a request of the sweep: anything but 400 naming each of its fields as unstorable. */
function refusalProblem(request: SweepRequest, response: LightMyRequestResponse): string | undefined {
  if (response.statusCode !== 400) return `${response.statusCode} ${response.body.slice(0, 200)}`;
  const problem = response.json() as { code?: string; errors?: { field: string; code?: string }[] };
  const named = (problem.errors ?? []).filter((e) => e.code === 'character_not_storable').map((e) => e.field);
  const missing = request.fields.filter((field) => !named.includes(field));
  return problem.code === 'validation_failed' && missing.length === 0
    ? undefined
    : `${problem.code}, not naming ${missing.join(', ')}`;
}

const describeRequest = (r: FuzzRequest) =>
  `${r.method} ${r.url.slice(0, 300)} as ${r.actor ?? 'anonymous'}${r.csrf ? '' : ' (no CSRF token)'} ` +
  `headers ${JSON.stringify(r.headers).slice(0, 300)} body ${String(r.payload ?? '').slice(0, 500)}`;

describe('fuzzing every endpoint from the OpenAPI document [pglite]', () => {
  const platform = useTestPlatform('pglite');
  const sessions = new Map<string, TestSession>();
  const hits = new Map<string, number>();
  const stats = {
    requests: 0,
    verifiedRefusals: 0,
    digests: 0,
    digestMs: 0,
    byStatus: new Map<number, number>(),
  };

  /** Distinct failures (by endpoint, status and kind), each with the first request that showed it. */
  const failures = new Map<string, string>();
  function fail(key: string, request: FuzzRequest, response: LightMyRequestResponse) {
    if (!failures.has(key))
      failures.set(key, `${describeRequest(request)}\n  → ${response.body.slice(0, 400)}`);
  }

  async function send(request: FuzzRequest): Promise<LightMyRequestResponse> {
    const { app } = platform();
    const session = request.actor ? sessions.get(request.actor) : undefined;
    const headers: Record<string, string> = { ...request.headers };
    if (session) {
      headers.cookie = session.cookie;
      if (request.csrf) headers['x-csrf-token'] = session.csrfToken;
    }
    const response = await withTimeout(
      app.inject({
        method: request.method as 'GET',
        url: request.url,
        headers,
        ...(request.payload !== undefined && { payload: request.payload }),
      }),
      describeRequest(request),
    );
    // A change to the caller's own sign-in (sign-out, agency switch) ends their session: sign in again.
    if (session && /^\/api\/(auth|me)/.test(request.url) && response.statusCode < 300) {
      const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } });
      if (me.statusCode !== 200)
        sessions.set(request.actor as string, await signInAs(app, request.actor as string));
    }
    return response;
  }

  it('refuses NUL and a lone surrogate in every string field of every endpoint by field, and writes nothing', async () => {
    const { app, db } = platform();
    const admin = await signInAs(app, 'admin@demo.lindung.org');
    const document = app.swagger() as Parameters<typeof operationsOf>[0];
    const components = (document.components?.schemas ?? {}) as Record<string, JsonSchema>;
    const sweep = unstorableSweep(operationsOf(document), components);
    const started = Date.now();
    const before = await tableDigests(db);
    const wrong: string[] = [];
    for (const [i, request] of sweep.entries()) {
      const response = await withTimeout(
        app.inject({
          method: request.method as 'GET',
          url: request.url,
          // An address each, so that no rate limit answers before the check does.
          remoteAddress: `10.11.${i >> 8}.${i & 255}`,
          headers: {
            cookie: admin.cookie,
            'x-csrf-token': admin.csrfToken,
            ...(request.payload !== undefined && { 'content-type': 'application/json' }),
          },
          ...(request.payload !== undefined && { payload: request.payload }),
        }),
        `${request.method} ${request.url}`,
      );
      const problem = refusalProblem(request, response);
      if (problem) wrong.push(`${request.endpoint} (${request.url.slice(0, 120)}): ${problem}`);
    }
    const after = await tableDigests(db);
    const written = Object.keys(after).filter((table) => after[table] !== before[table]);
    console.log(
      `# unstorable text: ${sweep.length} requests, ${sweep.reduce((n, r) => n + r.fields.length, 0)} fields, ` +
        `in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    assert.deepEqual(wrong, []);
    assert.deepEqual(written, [], 'refused requests wrote these tables');
  });

  it('answers every drawn request without a 5xx or a hang, as problem+json, and writes nothing it refuses', async () => {
    const { app, db } = platform();
    for (const email of actors) sessions.set(email, await signInAs(app, email));
    // Records of every kind to aim at: the demo data, and a victim's case shared by referral.
    const jkm = sessions.get('cm.jkm@demo.lindung.org') as TestSession;
    const kbri = sessions.get('cm.kbri@demo.lindung.org') as TestSession;
    const { personId, caseId } = await personWithCase(jkm);
    const consentId = await recordConsent(jkm, personId, {
      givenOn: '2025-11-01',
      recipientAgencyIds: [kbri.agencyId],
      purposes: ['repatriation'],
      dataCategories: ['identity'],
    });
    await refer(jkm, { caseId, consentId, toAgencyId: kbri.agencyId, purpose: 'repatriation' });
    const protectedIds = new Set([...sessions.values()].flatMap((s) => [s.userId, s.agencyId]));
    const ids = await idPool(db, (id) => !protectedIds.has(id));

    const document = app.swagger() as Parameters<typeof operationsOf>[0];
    const operations: Operation[] = operationsOf(document);
    const context = { components: (document.components?.schemas ?? {}) as Record<string, JsonSchema>, ids };
    const arbitraries = new Map(
      operations.flatMap((op) =>
        [false, true].map((hostile) => [
          `${hostile}:${op.endpoint}`,
          requestArbitrary(op, context, actors, hostile),
        ]),
      ),
    );
    const batch = fc.boolean().chain((hostile) =>
      fc.array(
        fc
          .constantFrom(...operations)
          .chain((op) => arbitraries.get(`${hostile}:${op.endpoint}`) as fc.Arbitrary<FuzzRequest>),
        { minLength: batchSize, maxLength: batchSize },
      ),
    );

    const started = Date.now();
    /*
     * The digests a batch that changed nothing ended with: nothing runs between two batches, so they
     * are the next batch's "before" as well, and only a batch after one that changed something
     * takes its own (the digests were a fifth of the fuzzing's time, taken twice per such batch).
     */
    let digestsNow: Record<string, string> | undefined;
    const takeDigests = async () => {
      const digestStarted = Date.now();
      const digests = await tableDigests(db);
      stats.digests++;
      stats.digestMs += Date.now() - digestStarted;
      return digests;
    };
    try {
      await fc.assert(
        fc.asyncProperty(batch, async (requests) => {
          const before = digestsNow ?? (await takeDigests());
          digestsNow = undefined;
          let changed = false;
          for (const request of requests) {
            const response = await send(request);
            stats.requests++;
            hits.set(request.endpoint, (hits.get(request.endpoint) ?? 0) + 1);
            stats.byStatus.set(response.statusCode, (stats.byStatus.get(response.statusCode) ?? 0) + 1);
            const problem = checkResponse(response);
            if (problem) fail(`${request.endpoint} ${response.statusCode} ${problem}`, request, response);
            if (response.statusCode < 400 && request.method !== 'GET') changed = true;
          }
          // Every change in the batch was refused: nothing may have been written.
          if (!changed) {
            const after = await takeDigests();
            digestsNow = after;
            const written = Object.keys(after).filter((table) => after[table] !== before[table]);
            if (written.length > 0) {
              failures.set(
                `refused batch wrote ${written.join(', ')}`,
                requests.map(describeRequest).join('\n'),
              );
            }
            stats.verifiedRefusals += requests.filter((r) => r.method !== 'GET').length;
          }
        }),
        { seed, numRuns: batches, endOnFailure: true },
      );
    } catch (error) {
      console.error(`# fuzzing failed: replay with LINDUNG_FUZZ_SEED=${seed} LINDUNG_FUZZ_RUNS=${batches}`);
      throw error;
    }
    if (failures.size > 0) {
      console.error(`# fuzzing failed: replay with LINDUNG_FUZZ_SEED=${seed} LINDUNG_FUZZ_RUNS=${batches}`);
    }
    assert.deepEqual(
      [...failures].map(([key, example]) => `${key}\n  e.g. ${example}`),
      [],
      `fuzzing with seed ${seed} found problems (replay: LINDUNG_FUZZ_SEED=${seed} LINDUNG_FUZZ_RUNS=${batches})`,
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const statuses = [...stats.byStatus]
      .sort((a, b) => a[0] - b[0])
      .map(([s, n]) => `${s}:${n}`)
      .join(' ');
    console.log(
      `# fuzz seed ${seed}: ${stats.requests} requests to ${hits.size} endpoints in ${seconds} s (${(stats.digestMs / 1000).toFixed(1)} s of it taking ${stats.digests} digests of the tables); ` +
        `${stats.verifiedRefusals} refused changes proven to write nothing; statuses ${statuses}`,
    );
    assert.ok(stats.requests >= batches * batchSize);
    // With ten thousand draws every endpoint is reached (a shorter replay may miss one).
    if (stats.requests >= 5000)
      assert.deepEqual(
        operations.map((op) => op.endpoint).filter((e) => !hits.has(e)),
        [],
        'endpoints the fuzzer never reached',
      );
  });
});
