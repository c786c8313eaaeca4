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
