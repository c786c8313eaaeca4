import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import { buildApp } from '../src/app.ts';
import { generateKeyText, parseKeys } from '../src/crypto/keyring.ts';
import type { App } from '../src/http/types.ts';
import { createFreshDatabase, type FreshDatabase } from './support/databases.ts';
import { signInAs, testConfig } from './support/platform.ts';

describe('logs carry no personal data or secrets', () => {
  const lines: string[] = [];
  let fresh: FreshDatabase;
  let app: App;

  before(async () => {
    fresh = await createFreshDatabase('pglite', { contents: 'demo' });
    const logger = pino({ level: 'trace' }, { write: (line: string) => void lines.push(line) });
    app = await buildApp({
      config: testConfig(),
      db: fresh.db,
      keyring: parseKeys(generateKeyText(), 'test'),
      logger,
    });
  });
  after(async () => {
    await app.close();
    await fresh.drop();
  });

  it('logs requests by method, path and id only', async () => {
    const secrets: string[] = ['lindung-demo', 'wrong-password-123', 'Pegawai Rahsia', 'rahsia@example.org'];
    await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'cm.jkm@demo.lindung.org', password: 'wrong-password-123' },
    });
    const admin = await signInAs(app, 'admin@demo.lindung.org');
    secrets.push(admin.csrfToken, admin.cookie.split('=')[1] as string);
    const [agency] = await fresh.db.query<{ id: string }>('select id from agency limit 1');
    await admin.request('POST', '/api/users', {
      email: 'rahsia@example.org',
      displayName: 'Pegawai Rahsia',
      password: 'a long enough password',
      memberships: [{ agencyId: agency?.id, role: 'case_manager' }],
    });
    await admin.request('GET', '/api/users?q=Pegawai%20Rahsia');
    await admin.request('POST', '/api/users', { email: 'not-an-email', displayName: 'Pegawai Rahsia' });

    assert.equal(
      lines.filter((line) => line.includes('"msg":"request"')).length,
      5,
      'each request is logged once',
    );
    const log = lines.join('\n');
    for (const secret of [...secrets, 'cm.jkm@demo.lindung.org', 'admin@demo.lindung.org']) {
      assert.ok(!log.includes(secret), `the log must not contain ${secret.slice(0, 12)}…`);
    }
    assert.match(log, /"path":"\/api\/users"/);
  });
});
