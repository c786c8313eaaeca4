import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('runs on one machine with no settings: PGlite in ./data, demo data, port 3000', () => {
    const config = loadConfig({});
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.port, 3000);
    assert.equal(config.databaseUrl, undefined);
    assert.match(config.dataDir, /data$/);
    assert.equal(config.demo, true);
    assert.equal(config.require2fa, false);
  });

  it('asks 18 bits of proof of work for a public report by default (its cost to a browser: npm run bench:proof-of-work)', () => {
    assert.equal(loadConfig({}).publicPortal.powBits, 18);
    assert.equal(loadConfig({ LINDUNG_PUBLIC_POW_BITS: '20' }).publicPortal.powBits, 20);
  });

  it('lists every problem at once', () => {
    assert.throws(
      () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' }),
      (error: ConfigError) => {
        assert.equal(error.problems.length, 3);
        assert.match(error.message, /PORT/);
        assert.match(error.message, /DATABASE_URL/);
        assert.match(error.message, /LOG_LEVEL/);
        return true;
      },
    );
  });

  it('takes a read replica and Redis only as URLs, and a replica only beside server PostgreSQL', () => {
    const primary = 'postgres://db/lindung';
    const config = loadConfig({
      DATABASE_URL: primary,
      DATABASE_READ_URL: 'postgres://replica/lindung',
      REDIS_URL: 'redis://cache:6379',
    });
    assert.equal(config.databaseReadUrl, 'postgres://replica/lindung');
    assert.equal(config.redisUrl, 'redis://cache:6379');
    assert.throws(
      () => loadConfig({ DATABASE_READ_URL: primary }),
      /DATABASE_READ_URL: a read replica needs/,
    );
    assert.throws(() => loadConfig({ DATABASE_URL: primary, REDIS_URL: 'http://cache' }), /REDIS_URL/);
  });

  it("takes PGlite's buffer pool only as a size, and PGlite's default without one", () => {
    assert.equal(loadConfig({}).pgliteSharedBuffers, undefined);
    assert.equal(loadConfig({ LINDUNG_PGLITE_SHARED_BUFFERS: '16MB' }).pgliteSharedBuffers, '16MB');
    assert.throws(() => loadConfig({ LINDUNG_PGLITE_SHARED_BUFFERS: '16' }), /LINDUNG_PGLITE_SHARED_BUFFERS/);
  });

  it('refuses production without an encryption key, and demo data in production', () => {
    assert.throws(() => loadConfig({ NODE_ENV: 'production' }), /LINDUNG_KEY or LINDUNG_KEY_FILE/);
    assert.throws(
      () => loadConfig({ NODE_ENV: 'production', LINDUNG_KEY: 'k', LINDUNG_DEMO: 'on' }),
      /LINDUNG_DEMO/,
    );
  });

  it('requires two-factor sign-in and no demo data by default in production', () => {
    const config = loadConfig({ NODE_ENV: 'production', LINDUNG_KEY_FILE: '/etc/lindung/key' });
    assert.equal(config.require2fa, true);
    assert.equal(config.demo, false);
  });

  it('lists problems between settings together with malformed ones', () => {
    assert.throws(
      () => loadConfig({ NODE_ENV: 'production', PORT: 'abc' }),
      (error: ConfigError) => {
        assert.equal(error.problems.length, 2);
        return true;
      },
    );
  });

  it('refuses both a key and a key file', () => {
    assert.throws(() => loadConfig({ LINDUNG_KEY: 'a', LINDUNG_KEY_FILE: 'b' }), /set one of them/);
  });
});

describe('jurisdiction, reminders and mail settings', () => {
  it("uses Malaysia's pack for the demo, the generic one in production, and the one named", () => {
    assert.equal(loadConfig({}).jurisdiction, 'my');
    assert.equal(loadConfig({ NODE_ENV: 'production', LINDUNG_KEY: 'k' }).jurisdiction, 'generic');
    assert.equal(loadConfig({ LINDUNG_JURISDICTION: 'vn' }).jurisdiction, 'vn');
    assert.throws(() => loadConfig({ LINDUNG_JURISDICTION: 'th' }), /LINDUNG_JURISDICTION/);
  });

  it('reads reminder lead days, furthest first, and refuses anything else', () => {
    assert.deepEqual(loadConfig({}).deadlines.reminderDays, [7, 1, 0]);
    assert.deepEqual(
      loadConfig({ LINDUNG_DEADLINE_REMINDER_DAYS: '0,14,3,3' }).deadlines.reminderDays,
      [14, 3, 0],
    );
    assert.throws(
      () => loadConfig({ LINDUNG_DEADLINE_REMINDER_DAYS: '7 days' }),
      /LINDUNG_DEADLINE_REMINDER_DAYS/,
    );
  });

  it('scans across agencies hourly unless told another interval or 0 (off), and refuses anything else', () => {
    assert.equal(loadConfig({}).linkage.scanMinutes, 60);
    assert.equal(loadConfig({ LINDUNG_LINKAGE_SCAN_MINUTES: '0' }).linkage.scanMinutes, 0);
    assert.equal(loadConfig({ LINDUNG_LINKAGE_SCAN_MINUTES: '1440' }).linkage.scanMinutes, 1440);
    assert.throws(
      () => loadConfig({ LINDUNG_LINKAGE_SCAN_MINUTES: 'hourly' }),
      /LINDUNG_LINKAGE_SCAN_MINUTES/,
    );
    assert.throws(() => loadConfig({ LINDUNG_LINKAGE_SCAN_MINUTES: '-5' }), /LINDUNG_LINKAGE_SCAN_MINUTES/);
  });

  it('logs e-mail without an SMTP URL and refuses one that is not smtp', () => {
    assert.equal(loadConfig({}).mail.smtpUrl, undefined);
    assert.equal(
      loadConfig({ LINDUNG_SMTP_URL: 'smtps://u:p@mail.example.org' }).mail.smtpUrl,
      'smtps://u:p@mail.example.org',
    );
    assert.throws(() => loadConfig({ LINDUNG_SMTP_URL: 'http://mail' }), /LINDUNG_SMTP_URL/);
  });

  it('commits audited reads lazily unless told to wait for the disk', () => {
    assert.equal(loadConfig({}).readAuditCommit, 'lazy');
    assert.equal(loadConfig({ LINDUNG_READ_AUDIT_COMMIT: 'durable' }).readAuditCommit, 'durable');
    assert.throws(() => loadConfig({ LINDUNG_READ_AUDIT_COMMIT: 'never' }), /LINDUNG_READ_AUDIT_COMMIT/);
  });
});
