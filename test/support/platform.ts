import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import pino from 'pino';
import { buildApp } from '../../src/app.ts';
import { type Config, loadConfig } from '../../src/config.ts';
import { generateKeyText, type Keyring, parseKeys } from '../../src/crypto/keyring.ts';
import type { DatabaseKind, Db } from '../../src/db/db.ts';
import type { App } from '../../src/http/types.ts';
import { demoAgencies, demoPassword } from '../../src/modules/demo/index.ts';
import { createFreshDatabase, type FreshDatabase, testPgliteEnv } from './databases.ts';

/** A running app on a fresh database with the demo data: what API tests talk to. */
export interface TestPlatform {
  readonly app: App;
  readonly db: Db;
  readonly keyring: Keyring;
  readonly config: Config;
  /** The demo agencies' ids by short key (`jkm`, `kbri`, …). */
  readonly agencyIds: Record<keyof typeof demoAgencies, string>;
}

export interface TestPlatformOptions {
  readonly env?: Record<string, string>;
  readonly unsafeSkipPolicyChecks?: boolean;
}

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    LINDUNG_SIGN_IN_RATE_LIMIT: '100000',
    LINDUNG_PUBLIC_RATE_LIMIT: '100000',
    LINDUNG_PUBLIC_REPORT_RATE_LIMIT: '100000',
    LINDUNG_PUBLIC_POW_BITS: '4',
    ...testPgliteEnv,
    ...env,
  });
}

/** The app on a test platform's database, keyring and configuration, logging nothing. */
function testApp(
  { config, db, keyring }: Pick<TestPlatform, 'config' | 'db' | 'keyring'>,
  unsafeSkipPolicyChecks: boolean | undefined,
): Promise<App> {
  return buildApp({ config, db, keyring, logger: pino({ level: 'silent' }), unsafeSkipPolicyChecks });
}

export async function createTestPlatform(
  kind: DatabaseKind,
  options: TestPlatformOptions = {},
): Promise<TestPlatform & { close(): Promise<void> }> {
  const fresh: FreshDatabase = await createFreshDatabase(kind, { contents: 'demo' });
  const keyring = parseKeys(generateKeyText(), 'test key');
  const attachmentsDir = await mkdtemp(path.join(tmpdir(), 'lindung-attachments-'));
  const config = testConfig({ LINDUNG_ATTACHMENTS_DIR: attachmentsDir, ...options.env });
  const app = await testApp({ config, db: fresh.db, keyring }, options.unsafeSkipPolicyChecks);
  const rows = await fresh.db.query<{ id: string; name: string }>('select id, name from agency');
  const byName = new Map(rows.map((row) => [row.name, row.id]));
  const agencyIds = Object.fromEntries(
    Object.entries(demoAgencies).map(([key, agency]) => [key, byName.get(agency.name) as string]),
  ) as TestPlatform['agencyIds'];
  return {
    app,
    db: fresh.db,
    keyring,
    config,
    agencyIds,
    async close() {
      await app.close();
      await fresh.drop();
      await rm(attachmentsDir, { recursive: true, force: true });
    },
  };
}

/** In a `describe`: one platform for the file's tests, closed afterwards. */
export function useTestPlatform(kind: DatabaseKind, options: TestPlatformOptions = {}): () => TestPlatform {
  let platform: (TestPlatform & { close(): Promise<void> }) | undefined;
  before(async () => {
    platform = await createTestPlatform(kind, options);
  });
  after(async () => {
    await platform?.close();
  });
  return () => {
    if (!platform) throw new Error('the platform is not started yet');
    return platform;
  };
}

/**
 * In a `describe` nested in the one that called `useTestPlatform`: the platform with a second app
 * on its database, keyring and configuration, built without the application's permission checks
 * (`unsafeSkipPolicyChecks`), to prove that row-level security alone keeps agencies apart. A
 * platform of its own cost such a file a second database per engine (decision 0191); its tests
 * make their own rows, so what the API tests before them wrote changes nothing they check.
 */
export function useAppWithoutPolicyChecks(platform: () => TestPlatform): () => TestPlatform {
  let app: App | undefined;
  before(async () => {
    app = await testApp(platform(), true);
  });
  after(async () => {
    await app?.close();
  });
  return () => {
    if (!app) throw new Error('the app without policy checks is not built yet');
    return { ...platform(), app };
  };
}

/** A signed-in browser: sends its session cookie, and its CSRF token on changes. */
export interface TestSession {
  readonly cookie: string;
  readonly csrfToken: string;
  readonly userId: string;
  readonly agencyId: string;
  readonly stage: string;
  request(
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

export async function signInAs(
  app: App,
  email: string,
  extra: Record<string, unknown> = {},
  password = demoPassword,
): Promise<TestSession> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password, ...extra },
  });
  if (response.statusCode !== 200) {
    throw new Error(`sign-in as ${email} failed: ${response.statusCode} ${response.body}`);
  }
  const cookie = response.cookies.find((c) => c.name === 'lindung_session');
  if (!cookie) throw new Error('no session cookie');
  const body = response.json() as { csrfToken: string; userId: string; agencyId: string; stage: string };
  return sessionFrom(app, `lindung_session=${cookie.value}`, body);
}

export function sessionFrom(
  app: App,
  cookie: string,
  body: { csrfToken: string; userId: string; agencyId: string; stage: string },
): TestSession {
  return {
    cookie,
    ...body,
    request: (method, url, payload, headers = {}) =>
      app.inject({
        method: method as 'GET',
        url,
        ...(payload !== undefined && { payload: payload as Record<string, unknown> }),
        headers: { cookie, 'x-csrf-token': body.csrfToken, ...headers },
      }),
  };
}
