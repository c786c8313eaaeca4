import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';
import { chainAuditEntries } from '../../audit/chain.ts';
import { verifyAuditChain } from '../../audit/verify.ts';
import { signInThrottle } from './sign-in.commands.ts';
import { totpCode } from './totp.ts';

const email = 'cm.jkm@demo.lindung.org';

for (const kind of await testDatabaseKinds()) {
  describe(`sign-in and sessions [${kind}]`, () => {
    const platform = useTestPlatform(kind);

    it('signs in with the demo password and sets an HTTP-only, SameSite session cookie', async () => {
      const response = await platform().app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email, password: 'lindung-demo' },
      });
      assert.equal(response.statusCode, 200);
      const cookie = response.cookies.find((c) => c.name === 'lindung_session');
      assert.ok(cookie?.httpOnly);
      assert.equal(cookie?.sameSite, 'Strict');
      assert.equal(response.json().agencyId, platform().agencyIds.jkm);
    });

    it('shows the signed-in user, agency and permissions at /api/me', async () => {
      const session = await signInAs(platform().app, email);
      const response = await session.request('GET', '/api/me');
      assert.equal(response.statusCode, 200);
      const me = response.json();
      assert.equal(me.user.email, email);
      assert.equal(me.agency.shortName, 'JKM');
      assert.ok(me.permissions.includes('case:read'));
      assert.ok(!me.permissions.includes('user:manage_any'));
      assert.equal(me.csrfToken, session.csrfToken);
    });

    it('answers a wrong password and an unknown address alike, with 401', async () => {
      const wrong = await platform().app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email, password: 'not-the-password' },
      });
      const unknown = await platform().app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: 'nobody@example.org', password: 'not-the-password' },
      });
      assert.equal(wrong.statusCode, 401);
      assert.equal(unknown.statusCode, 401);
      assert.equal(wrong.json().code, 'invalid_credentials');
      assert.equal(wrong.json().detail, unknown.json().detail);
    });

    it('locks an address after repeated failures, even for the right password, and audits it', async () => {
      const target = 'trainer.mapo@demo.lindung.org';
      for (let attempt = 0; attempt < signInThrottle.maxFailures; attempt += 1) {
        const response = await platform().app.inject({
          method: 'POST',
          url: '/api/auth/sign-in',
          payload: { email: target, password: `guess-${attempt}` },
        });
        assert.equal(response.statusCode, 401);
      }
      const locked = await platform().app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: target, password: 'lindung-demo' },
      });
      assert.equal(locked.statusCode, 429);
      assert.equal(locked.json().code, 'sign_in_locked');
      assert.ok(Number(locked.headers['retry-after']) > 0);
      const [row] = await platform().db.query<{ count: number }>(
        `select count(*)::int as count from audit_event where action = 'auth.sign_in' and outcome in ('failure', 'denied')`,
      );
      assert.ok((row?.count ?? 0) >= signInThrottle.maxFailures + 1);
    });

    it('signs out: the cookie no longer works', async () => {
      const session = await signInAs(platform().app, email);
      assert.equal((await session.request('POST', '/api/auth/sign-out')).statusCode, 204);
      const after = await session.request('GET', '/api/me');
      assert.equal(after.statusCode, 401);
      assert.equal(after.json().code, 'session_invalid');
    });

    it('refuses a change without the CSRF token, and with a wrong one', async () => {
      const session = await signInAs(platform().app, email);
      for (const token of [undefined, 'forged']) {
        const response = await platform().app.inject({
          method: 'POST',
          url: '/api/auth/sign-out',
          headers: { cookie: session.cookie, ...(token && { 'x-csrf-token': token }) },
        });
        assert.equal(response.statusCode, 403);
        assert.equal(response.json().code, 'csrf_token_invalid');
      }
      assert.equal((await session.request('GET', '/api/me')).statusCode, 200);
    });

    it('ends a session that has been idle too long', async () => {
      const session = await signInAs(platform().app, email);
      await platform().db.query(`update auth_session set last_seen_at = now() - interval '2 hours'`);
      const response = await session.request('GET', '/api/me');
      assert.equal(response.statusCode, 401);
      assert.equal(response.json().code, 'session_expired');
    });

    it('refuses a forged or garbled session cookie', async () => {
      for (const cookie of [
        'lindung_session=forged',
        'lindung_session=%00%ff',
        `lindung_session=${'a'.repeat(5000)}`,
      ]) {
        const response = await platform().app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
        assert.equal(response.statusCode, 401, cookie.slice(0, 40));
      }
    });

    it('ends a deactivated user\u2019s session at once', async () => {
      const session = await signInAs(platform().app, 'prosecutor.agc@demo.lindung.org');
      await platform().db.query(
        `update app_user set active = false where email = 'prosecutor.agc@demo.lindung.org'`,
      );
      assert.equal((await session.request('GET', '/api/me')).statusCode, 401);
      const again = await platform().app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: 'prosecutor.agc@demo.lindung.org', password: 'lindung-demo' },
      });
      assert.equal(again.statusCode, 401);
    });

    describe('two-factor sign-in', () => {
      const user = 'investigator.pdrm@demo.lindung.org';
      let secret = '';
      let recoveryCodes: string[] = [];

      it('enrols with a secret and QR code, confirmed by a code from the app', async () => {
        const session = await signInAs(platform().app, user);
        const enrol = await session.request('POST', '/api/auth/two-factor/enrol');
        assert.equal(enrol.statusCode, 200);
        secret = enrol.json().secret;
        assert.match(enrol.json().otpauthUri, /^otpauth:\/\/totp\/Lindung:/);
        assert.match(enrol.json().qrCodeSvg, /^<svg/);
        const wrong = await session.request('POST', '/api/auth/two-factor/confirm', { code: '000000' });
        assert.equal(wrong.statusCode, 400);
        assert.equal(wrong.json().errors[0].field, 'code');
        // A code from the previous period: the next sign-in's current code is then still unused.
        const confirm = await session.request('POST', '/api/auth/two-factor/confirm', {
          code: totpCode(secret, Date.now() - 30_000),
        });
        assert.equal(confirm.statusCode, 200);
        recoveryCodes = confirm.json().recoveryCodes;
        assert.equal(recoveryCodes.length, 10);
        const stored = await platform().db.query<{ totp_secret: string }>(
          'select totp_secret from app_user where email = $1',
          [user],
        );
        assert.doesNotMatch(
          stored[0]?.totp_secret ?? '',
          new RegExp(secret),
          'the secret is stored encrypted',
        );
      });

      it('then asks for the code, and accepts a right one once only', async () => {
        const post = (payload: Record<string, unknown>) =>
          platform().app.inject({
            method: 'POST',
            url: '/api/auth/sign-in',
            payload: { email: user, password: 'lindung-demo', ...payload },
          });
        const missing = await post({});
        assert.equal(missing.statusCode, 401);
        assert.equal(missing.json().code, 'two_factor_required');
        assert.equal(
          (await post({ totp: '123456' === totpCode(secret) ? '654321' : '123456' })).statusCode,
          401,
        );
        const code = totpCode(secret);
        assert.equal((await post({ totp: code })).statusCode, 200);
        const replay = await post({ totp: code });
        assert.equal(replay.statusCode, 401);
        assert.equal(replay.json().code, 'two_factor_invalid');
      });

      it('accepts each recovery code once', async () => {
        const post = (recoveryCode: string) =>
          platform().app.inject({
            method: 'POST',
            url: '/api/auth/sign-in',
            payload: { email: user, password: 'lindung-demo', recoveryCode },
          });
        const code = recoveryCodes[0] as string;
        assert.equal((await post(code.toUpperCase())).statusCode, 200);
        assert.equal((await post(code)).statusCode, 401);
      });

      it('is required before anything else when the deployment requires it', async () => {
        const { createTestPlatform } = await import('../../../test/support/platform.ts');
        const strict = await createTestPlatform(kind, { env: { LINDUNG_REQUIRE_2FA: 'on' } });
        try {
          const session = await signInAs(strict.app, email);
          assert.equal(session.stage, 'enrolment_required');
          const blocked = await session.request('GET', '/api/agencies');
          assert.equal(blocked.statusCode, 403);
          assert.equal(blocked.json().code, 'two_factor_enrolment_required');
          assert.equal((await session.request('GET', '/api/me')).statusCode, 200);
          const enrol = await session.request('POST', '/api/auth/two-factor/enrol');
          const confirm = await session.request('POST', '/api/auth/two-factor/confirm', {
            code: totpCode(enrol.json().secret),
          });
          assert.equal(confirm.statusCode, 200);
          assert.equal((await session.request('GET', '/api/agencies')).statusCode, 200);
          // A coordinator sees no victim data: no enrolment is forced on them.
          assert.equal((await signInAs(strict.app, 'coordinator.mapo@demo.lindung.org')).stage, 'complete');
        } finally {
          await strict.close();
        }
      });
    });

    it('changes the password, ending the user\u2019s other sessions', async () => {
      const user = 'cm.molisa@demo.lindung.org';
      const first = await signInAs(platform().app, user);
      const second = await signInAs(platform().app, user);
      const weak = await first.request('POST', '/api/auth/password', {
        currentPassword: 'lindung-demo',
        newPassword: 'short',
      });
      assert.equal(weak.statusCode, 400);
      assert.equal(weak.json().errors[0].field, 'newPassword');
      const breached = await first.request('POST', '/api/auth/password', {
        currentPassword: 'lindung-demo',
        newPassword: 'password12345',
      });
      assert.equal(breached.statusCode, 400);
      assert.deepEqual(
        breached.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
        [['newPassword', 'password_guessable']],
      );
      const wrongCurrent = await first.request('POST', '/api/auth/password', {
        currentPassword: 'nope-nope-nope',
        newPassword: 'a much longer passphrase',
      });
      assert.equal(wrongCurrent.json().errors[0].field, 'currentPassword');
      const changed = await first.request('POST', '/api/auth/password', {
        currentPassword: 'lindung-demo',
        newPassword: 'a much longer passphrase',
      });
      assert.equal(changed.statusCode, 204);
      assert.equal((await first.request('GET', '/api/me')).statusCode, 200);
      assert.equal((await second.request('GET', '/api/me')).statusCode, 401);
      await signInAs(platform().app, user, {}, 'a much longer passphrase');
    });

    it('keeps the audit chain intact through all of the above', async () => {
      assert.ok((await chainAuditEntries(platform().db)) > 0);
      const report = await verifyAuditChain(platform().db);
      assert.equal(report.firstBreak, undefined);
      assert.equal(report.pending, 0);
    });
  });
}
