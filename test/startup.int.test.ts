import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import { generateKeyText } from '../src/crypto/keyring.ts';
import { lockDataDir } from '../src/db/data-dir-lock.ts';
import { openPglite } from '../src/db/pglite.ts';
import { startPlatform } from '../src/platform.ts';
import { testPglite, unpackPgliteImage } from './support/databases.ts';
import { testConfig } from './support/platform.ts';

const silent = pino({ level: 'silent' });

describe('start-up on an embedded data folder', () => {
  let dataDir: string;
  const key = generateKeyText();

  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'lindung-start-'));
  });
  after(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('creates the demo on first start, and not again on the next', async () => {
    const first = await startPlatform(testConfig({ LINDUNG_DATA_DIR: dataDir, LINDUNG_KEY: key }), silent);
    assert.equal(first.seededDemo, true);
    await first.close();
    const second = await startPlatform(testConfig({ LINDUNG_DATA_DIR: dataDir, LINDUNG_KEY: key }), silent);
    assert.equal(second.seededDemo, false);
    await second.close();
  });

  it('adds no demo user to a database the demo did not seed, started with the demo on', async () => {
    const staging = await mkdtemp(path.join(tmpdir(), 'lindung-start-'));
    try {
      // A staging database whose agencies carry the demo's names, its users real: none is a demo
      // user. Made from the suite's demo image (what a first start seeds, shown above).
      await unpackPgliteImage(staging, 'demo');
      const db = await openPglite(staging, testPglite);
      try {
        await db.query(
          `update app_user set email = replace(email, '@demo.lindung.org', '@staging.example.org')
            where email like '%@demo.lindung.org'`,
        );
      } finally {
        await db.close();
      }
      const restarted = await startPlatform(
        testConfig({ LINDUNG_DATA_DIR: staging, LINDUNG_KEY: key }),
        silent,
      );
      try {
        assert.equal(restarted.seededDemo, false);
        const [row] = await restarted.db.query<{ n: number }>(
          `select count(*)::int as n from app_user where email like '%@demo.lindung.org'`,
        );
        assert.equal(row?.n, 0, 'no demo account, the administrator least of all');
      } finally {
        await restarted.close();
      }
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  });

  it('refuses a second process on the same data folder while the first runs', async () => {
    const running = await startPlatform(testConfig({ LINDUNG_DATA_DIR: dataDir, LINDUNG_KEY: key }), silent);
    try {
      // The lock file names the running process; another live process (the test runner) stands in for it.
      await writeFile(path.join(dataDir, 'lindung.pid'), String(process.ppid));
      await assert.rejects(lockDataDir(dataDir), /in use by process/);
      await writeFile(path.join(dataDir, 'lindung.pid'), String(process.pid));
    } finally {
      await running.close();
    }
  });

  it('refuses to start with a wrong key, naming the key the data needs', async () => {
    await assert.rejects(
      startPlatform(testConfig({ LINDUNG_DATA_DIR: dataDir, LINDUNG_KEY: generateKeyText() }), silent),
      /the database holds data encrypted under key [0-9a-f]{16}, but LINDUNG_KEY does not have that key/,
    );
  });

  it('refuses to start in production while demo users exist', async () => {
    await assert.rejects(
      startPlatform(
        testConfig({ LINDUNG_DATA_DIR: dataDir, LINDUNG_KEY: key, NODE_ENV: 'production' }),
        silent,
      ),
      /demo users; production refuses to start/,
    );
  });

  it('generates a key file with a warning in development when no key is set', async () => {
    const fresh = await mkdtemp(path.join(tmpdir(), 'lindung-start-'));
    // A migrated database without a key file: the key is what is new here, not the database.
    await unpackPgliteImage(fresh, 'migrated');
    const warnings: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(line) });
    try {
      const platform = await startPlatform(
        testConfig({ LINDUNG_DATA_DIR: fresh, LINDUNG_DEMO: 'off' }),
        logger,
      );
      await platform.close();
      assert.ok(warnings.some((line) => line.includes('generated an encryption key')));
    } finally {
      await rm(fresh, { recursive: true, force: true });
    }
  });
});
