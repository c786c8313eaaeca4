import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createFreshDatabase, type FreshDatabase, testDatabaseKinds } from '../../test/support/databases.ts';
import { recordAudit } from '../audit/audit.ts';
import { chainAuditEntries } from '../audit/chain.ts';
import { verifyAuditChain } from '../audit/verify.ts';
import { encryptField } from '../crypto/field-cipher.ts';
import { recordCurrentKey } from '../crypto/key-check.ts';
import { generateKeyText, parseKeys } from '../crypto/keyring.ts';
import type { DatabaseKind, Db } from '../db/db.ts';
import { loadMigrations } from '../db/migrate.ts';
import {
  BackupFileError,
  BackupRefusedError,
  createBackup,
  dumpTable,
  readCatalog,
  restoreBackup,
  type TableDigest,
  useCanonicalText,
} from './index.ts';

const kinds = await testDatabaseKinds();
const keyring = parseKeys(generateKeyText(), 'the test key');

/**
 * To a database with the demo data (copied ready-made, see databases.ts), adds the awkward values
 * a backup must carry exactly: line breaks, quotes, arrays, JSON, big numbers.
 */
async function fillWithPlatformData(db: Db): Promise<void> {
  const [agency] = await db.query<{ id: string }>('select id from agency order by name limit 1');
  const [user] = await db.query<{ id: string }>('select id from app_user order by email limit 1');
  await db.transaction(async (tx) => {
    await tx.query(
      `update app_user set totp_secret = $2, totp_enabled_at = now(), totp_last_step = 9007199254740
        where id = $1`,
      [user?.id, encryptField(keyring, 'app_user.totp_secret', 'JBSWY3DPEHPK3PXP')],
    );
    await recordCurrentKey(tx, keyring);
    await tx.query(
      `insert into agency (name, short_name, type, country, parent_id, time_zone)
       values ($1, 'D7 "Sabah"', 'law_enforcement', 'MY', $2, 'Asia/Kuching')`,
      ['Unit Anti-Pemerdagangan\nOrang — Sabah ✓', agency?.id],
    );
    await tx.query(
      `insert into api_token (user_id, agency_id, name, token_hash, scopes, expires_at)
       values ($1, $2, 'reporting', 'a1b2', '{cases:read,"with space"}', '2030-01-01T00:00:00.123456Z')`,
      [user?.id, agency?.id],
    );
    await tx.query(`insert into job (kind, payload) values ('reports.export', $1)`, [
      JSON.stringify({ nested: { z: [1, 2.5, null], ü: 'é' } }),
    ]);
    await recordAudit(tx, {
      actorUserId: user?.id ?? null,
      agencyId: agency?.id ?? null,
      action: 'person.read',
      reason: 'line one\nline two',
      detail: { note: 'tab\there' },
    });
  });
}

/** Every table's row count and checksum, computed the way a backup computes them. */
async function tableDigests(db: Db): Promise<Map<string, TableDigest>> {
  return db.transaction(async (tx) => {
    await useCanonicalText(tx);
    const digests = new Map<string, TableDigest>();
    for (const table of (await readCatalog(tx)).tables) digests.set(table.name, await dumpTable(tx, table));
    return digests;
  });
}

async function tableCount(db: Db): Promise<number> {
  const [row] = await db.query<{ count: number }>(
    `select count(*)::int as count from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r'`,
  );
  return row?.count ?? -1;
}

interface Source {
  readonly file: string;
  readonly digests: Map<string, TableDigest>;
  readonly auditEntries: number;
}

describe('backup and restore', () => {
  const folder = mkdtemp(path.join(tmpdir(), 'lindung-backup-'));
  const sources = new Map<DatabaseKind, Source>();

  before(async () => {
    for (const kind of kinds) {
      const fresh = await createFreshDatabase(kind, { contents: 'demo' });
      try {
        await fillWithPlatformData(fresh.db);
        await chainAuditEntries(fresh.db);
        // One entry committed but not chained yet when the backup is made: it must survive too.
        await fresh.db.transaction((tx) =>
          recordAudit(tx, { actorUserId: null, agencyId: null, action: 'platform.backup_started' }),
        );
        const file = path.join(await folder, `${kind}.backup`);
        await createBackup({ db: fresh.db, keyring, file });
        const auditEntries = (await verifyAuditChain(fresh.db)).entries;
        sources.set(kind, { file, digests: await tableDigests(fresh.db), auditEntries });
      } finally {
        await fresh.drop();
      }
    }
  });

  after(async () => {
    await rm(await folder, { recursive: true, force: true });
  });

  const source = (kind: DatabaseKind) => sources.get(kind) as Source;

  async function assertRestoredExactly(db: Db, from: Source): Promise<void> {
    assert.deepEqual(await tableDigests(db), from.digests);
    assert.deepEqual(await verifyAuditChain(db), {
      entries: from.auditEntries,
      firstBreak: undefined,
      pending: 1,
    });
  }

  for (const kind of kinds) {
    describe(`[${kind}]`, () => {
      let target: FreshDatabase;
      before(async () => {
        target = await createFreshDatabase(kind, { contents: 'empty' });
      });
      after(async () => {
        await target.drop();
      });

      it('refuses a backup file with one byte changed, and leaves the database empty', async () => {
        const bytes = await readFile(source(kind).file);
        const position = Math.floor(bytes.length * 0.7);
        bytes[position] = (bytes[position] as number) ^ 0x01;
        const tampered = path.join(await folder, `${kind}-tampered.backup`);
        await writeFile(tampered, bytes);
        await assert.rejects(
          restoreBackup({ db: target.db, keyring, file: tampered }),
          (error) => error instanceof BackupFileError && /damaged or was altered/.test(error.message),
        );
        assert.equal(await tableCount(target.db), 0);
      });

      it('refuses a backup read with another key, naming the key it was made with', async () => {
        const otherKeyring = parseKeys(generateKeyText(), 'the other key');
        await assert.rejects(
          restoreBackup({ db: target.db, keyring: otherKeyring, file: source(kind).file }),
          (error) =>
            error instanceof BackupFileError &&
            error.code === 'backup_key_missing' &&
            error.message.includes(keyring.current.id),
        );
      });

      it('refuses a backup made by a newer version of the schema', async () => {
        const older = (await loadMigrations()).slice(0, -1);
        await assert.rejects(
          restoreBackup({ db: target.db, keyring, file: source(kind).file, migrations: older }),
          (error) => error instanceof BackupRefusedError && error.code === 'backup_newer_than_code',
        );
      });

      it('restores identical tables and an audit chain that verifies and grows', async () => {
        const report = await restoreBackup({ db: target.db, keyring, file: source(kind).file });
        assert.deepEqual(report.missingKeys, []);
        await assertRestoredExactly(target.db, source(kind));
        await target.db.transaction((tx) =>
          recordAudit(tx, { actorUserId: null, agencyId: null, action: 'platform.restore_checked' }),
        );
        assert.equal(await chainAuditEntries(target.db), 2);
        const chain = await verifyAuditChain(target.db);
        assert.deepEqual(chain, {
          entries: source(kind).auditEntries + 2,
          firstBreak: undefined,
          pending: 0,
        });
      });

      it('refuses to restore into a database that is not empty', async () => {
        await assert.rejects(
          restoreBackup({ db: target.db, keyring, file: source(kind).file }),
          (error) => error instanceof BackupRefusedError && error.code === 'restore_target_not_empty',
        );
      });
    });
  }

  if (kinds.includes('postgres')) {
    for (const [from, into] of [
      ['pglite', 'postgres'],
      ['postgres', 'pglite'],
    ] as const) {
      it(`restores a ${from} backup into ${into} exactly`, async () => {
        const target = await createFreshDatabase(into, { contents: 'empty' });
        try {
          await restoreBackup({ db: target.db, keyring, file: source(from).file });
          await assertRestoredExactly(target.db, source(from));
        } finally {
          await target.drop();
        }
      });
    }
  }
});
